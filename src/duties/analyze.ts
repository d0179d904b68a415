import prebuiltPatterns from '../generated/patterns.json' with {type: 'json'}
import prebuiltStems from '../generated/stems.json' with {type: 'json'}
import {compilePattern, holdsNeeds, idBits, inClass, matchAt, PatternReader, registerStartPrefix, registerVerbs, registerVerbStems, STARTS_PREFIX, stemIdOf, tokenize, usePrebuiltStems, useStemNumbering, wordClass, wordsClass, type Alternative, type CompiledPattern, type PatternTable, type Slot, type Token} from './matcher.ts'
import {findRoleMentions, firstRoleWord, type RoleMention} from './roles.ts'
import type {Family, FamilyMatch, Role} from '../model.ts'
import {EXECUTION_FAMILIES, MACROS, SUPPORT_VERBS, VOCABULARY, type VocabularyEntry} from './vocabulary.ts'
import {NEAR_NEGATORS, NEGATORS} from './words.ts'

interface CompiledEntry {
  entry: VocabularyEntry
  pattern: CompiledPattern
  unless: CompiledPattern | null
  slots: number
  /** Its place in Vocabulary.compiled. */
  index: number
  /** The place of the first entry with its id (its own, unless an id is used twice): one match per id and unit. */
  idIndex: number
}

/** The vocabulary compiled once, indexed by the stems that can start a match. */
export class Vocabulary {
  /** The entries in vocabulary order; the flat tables below name them by their index here. */
  readonly compiled: CompiledEntry[] = []
  /** By the number (`stemIdOf`) of a stem, the entries whose first slot it starts: startList[startAt[id]..startAt[id + 1]). */
  readonly startAt: Int32Array
  readonly startList: Int32Array
  /** By entry, its pattern's needs (CompiledPattern.needs): needs[needsAt[e]..needsAt[e + 1]). */
  readonly needsAt: Int32Array
  readonly needs: Int32Array
  /**
   * By place in startList, what a unit must hold for that entry to start at a word of that stem
   * when its first slot has the stem only as the first of several words ("product analytics",
   * "to production"): one of their second words (`multiWordStarts`), in the form of `needs`;
   * startNeeds[startNeedAt[k]..startNeedAt[k + 1]), empty for none.
   */
  readonly startNeedAt: Int32Array
  readonly startNeeds: Int32Array
  /** The entries whose first slot has a prefix word, and what starts them: a stem (by number) or a prefix. */
  private readonly anyStart: CompiledEntry[] = []
  private readonly anyStartStems: boolean[] = []
  private readonly anyStartPrefixes: string[] = []
  readonly entries: VocabularyEntry[]

  constructor(entries: VocabularyEntry[]) {
    this.entries = entries
    const prebuilt = prebuiltFor(MACROS)
    if (prebuilt) registerVerbStems(prebuilt.verbs)
    else registerVerbs(Object.values(MACROS).flatMap((group) => group.split('|')))
    const compile = (source: string): CompiledPattern => {
      const at = prebuilt && Object.hasOwn(prebuilt.patterns, source) ? prebuilt.patterns[source] : undefined
      return at !== undefined ? prebuiltReader().read(at) : compilePattern(source, MACROS)
    }
    const byStem: number[][] = []
    const firstWithId = new Map<string, number>()
    for (const entry of entries) {
      const pattern = compile(entry.pattern)
      const index = this.compiled.length
      if (!firstWithId.has(entry.id)) firstWithId.set(entry.id, index)
      const compiled = {entry, pattern, unless: entry.unless ? compile(entry.unless) : null, slots: pattern.slots.length, index, idIndex: firstWithId.get(entry.id) as number}
      this.compiled.push(compiled)
      if (!pattern.firstStems) {
        this.anyStart.push(compiled)
        for (const [word] of (pattern.slots[0] as Slot).alternatives as [Alternative[number]][]) {
          if (word.prefix) {
            this.anyStartPrefixes.push(word.value)
            registerStartPrefix(word.value)
          } else this.anyStartStems[stemIdOf(word.value)] = true
        }
        continue
      }
      for (const stem of new Set(pattern.firstStems)) (byStem[stemIdOf(stem)] ??= []).push(compiled.index)
    }
    this.startAt = new Int32Array(byStem.length + 1)
    for (let id = 0; id < byStem.length; id++) this.startAt[id + 1] = (this.startAt[id] as number) + (byStem[id]?.length ?? 0)
    this.startList = Int32Array.from(byStem.flatMap((list) => list ?? []))
    const startNeeds: number[] = []
    this.startNeedAt = new Int32Array(this.startList.length + 1)
    for (let id = 0; id < byStem.length; id++) {
      for (let k = this.startAt[id] as number; k < (this.startAt[id + 1] as number); k++) {
        const seconds = multiWordStarts(this.compiled[this.startList[k] as number] as CompiledEntry, id)
        if (seconds) startNeeds.push(...idBits(seconds))
        this.startNeedAt[k + 1] = startNeeds.length
      }
    }
    this.startNeeds = Int32Array.from(startNeeds)
    this.needsAt = Int32Array.from([0, ...this.compiled.map(({pattern}) => pattern.needs.length)])
    for (let e = 0; e < this.compiled.length; e++) this.needsAt[e + 1] = (this.needsAt[e] as number) + (this.needsAt[e + 1] as number)
    this.needs = Int32Array.from(this.compiled.flatMap(({pattern}) => [...pattern.needs]))
  }

  /** Adds phrases from config: each becomes a pattern of its words in a row, execution as its family's built-in ones are. */
  extend(extra: Partial<Record<Family, string[]>>): Vocabulary {
    const added: VocabularyEntry[] = []
    for (const [family, phrases] of Object.entries(extra) as [Family, string[]][]) {
      for (const [i, phrase] of phrases.entries()) {
        const words = phrase.match(/[\p{L}\p{N}]+/gu)
        if (words?.length) added.push({id: `config-${family}-${i}`, family, pattern: words.join(' '), note: 'added in the config', execution: EXECUTION_FAMILIES.has(family)})
      }
    }
    return added.length ? new Vocabulary([...this.entries, ...added]) : this
  }

  /** Whether the token may start an entry whose first slot has a prefix word (then see `prefixCandidates`). */
  startsPrefixed(token: Token): boolean {
    if (this.anyStartStems[token.stemId]) return true
    if (!inClass(token, STARTS_PREFIX)) return false
    // A loop, not `some` with a closure: this runs for every token of every unit.
    for (let k = 0; k < this.anyStartPrefixes.length; k++) if (token.norm.startsWith(this.anyStartPrefixes[k] as string)) return true
    return false
  }

  /** Candidates per written word (its norm), for the words `startsPrefixed`. */
  private readonly byNorm = new Map<string, Int32Array>()

  /**
   * The indexes of the entries whose match can start at a token that `startsPrefixed`, in
   * vocabulary order: those its stem starts, then those whose first slot has a prefix word,
   * when the token can start them.
   */
  prefixCandidates(token: Token): Int32Array {
    let list = this.byNorm.get(token.norm)
    if (!list) {
      const id = token.stemId
      const byStem = id + 1 < this.startAt.length ? [...this.startList.subarray(this.startAt[id], this.startAt[id + 1])] : []
      list = Int32Array.from([...byStem, ...this.anyStart.filter((c) => canStart(c.pattern, token)).map((c) => c.index)])
      if (this.byNorm.size > 50000) this.byNorm.clear()
      this.byNorm.set(token.norm, list)
    }
    return list
  }
}

/**
 * When the entry's first slot has the stem numbered `id` only as the first word of alternatives of
 * several words, the stem numbers of their second words: a match can start at a word of that stem
 * only where the next word is one of them, so a unit that holds none of them has no such match.
 * Null when the slot has the stem as a word by itself, or a second word is a prefix; and for a
 * pattern whose first slot is a verb, whose first word may stand as a noun of the act on its own
 * ("prioritisation of", see `matchAt`) whatever the slot's words.
 */
function multiWordStarts(compiled: CompiledEntry, id: number): number[] | null {
  if (compiled.pattern.verbFirst) return null
  const seconds: number[] = []
  for (const alt of (compiled.pattern.slots[0] as Slot).alternatives) {
    const first = alt[0] as Alternative[number]
    if (first.prefix || stemIdOf(first.value) !== id) continue
    const second = alt[1]
    if (!second || second.prefix) return null
    seconds.push(stemIdOf(second.value))
  }
  return seconds.length ? seconds : null
}

/**
 * Whether a match of the pattern can start at a word: the word is one of its first slot's first
 * words (by stem, whatever the suffix, as a noun of the act may stand for its verb) or starts
 * with one of its prefixes. The norm decides both, so the answer holds for every token of a word.
 */
function canStart(pattern: CompiledPattern, token: Token): boolean {
  return (pattern.slots[0] as Slot).alternatives.some((alt) => {
    const word = alt[0] as Alternative[number]
    return word.prefix ? token.norm.startsWith(word.value) : token.stem === word.value
  })
}

/**
 * What scripts/gen-stems.mjs worked out at build time: the verbs' stems, every pattern compiled,
 * and the numbers of the stems its tables use (`stemNumbering`).
 */
interface PrebuiltPatterns extends PatternTable {
  macros: string
  verbs: string[]
  stems: string[]
  /** Per pattern's text, where it starts in the table's numbers. */
  patterns: Record<string, number>
}
/**
 * The build-time patterns, if they were made with these macros and their stem numbers hold in
 * this run (see `useStemNumbering`). A pattern whose text is not in the table (edited since the
 * build, or from a user's config) is compiled at run time.
 */
function prebuiltFor(macros: Record<string, string>): PrebuiltPatterns | null {
  const table = prebuiltPatterns as unknown as PrebuiltPatterns
  return table.macros === JSON.stringify(macros) && useStemNumbering(table.stems) ? table : null
}
let reader: PatternReader | undefined
const prebuiltReader = (): PatternReader => (reader ??= new PatternReader(prebuiltPatterns as unknown as PrebuiltPatterns))

let builtIn: Vocabulary | undefined
/** The built-in vocabulary, compiled on first use and then shared. */
export function builtInVocabulary(): Vocabulary {
  if (!builtIn) {
    usePrebuiltStems(prebuiltStems)
    builtIn = new Vocabulary(VOCABULARY)
  }
  return builtIn
}

interface RawMatch {
  compiled: CompiledEntry
  first: number
  last: number
  slotTokens: number[]
}

const COORDINATOR = wordsClass(['and', 'or', 'as', 'well'])
const DETERMINERS = new Set(['the', 'our', 'a', 'an', 'your', 'their', 'each', 'every', 'this', 'that', 'dedicated', 'existing', 'senior', 'lead', 'partner', 'separate', 'other', 'team', 'teams', 'product', 'and', 'all', 'technical', 'respective'])
const COLLAB = new Set(['by', 'from', 'supporting', 'support', 'supports', 'behind'])
const RELATIVE = new Set(['who', 'which', 'that', 'whose'])
const SECOND_PERSON = new Set(['you', 'your', "you'll", "you're", 'yourself', "you've", "you'd", 'we', "we'll", 'us'])
/** Verbs right after a role that make it the subject: "the Product Owner will own the backlog". */
const SUBJECT_VERBS = new Set(['will', 'runs', 'owns', 'sets', 'manages', 'leads', 'handles', 'is', 'are', 'decides', 'defines', 'drives', 'takes', 'facilitates', 'writes'])
/** Participles between an object and its owner: "the roadmap set by the PM". */
const OWNED_BY = new Set(['set', 'owned', 'defined', 'decided', 'created', 'provided', 'given', 'led', 'driven'])
/** Verbs after a role that make the object before it theirs: "the roadmap the PM sets". */
const OWNER_VERBS = new Set(['sets', 'owns', 'defines', 'decides', 'creates', 'drives', 'provides', 'gives', 'leads'])
const AFTER_BY = new Set(['by', 'from', 'of'])
/** Words that hand a duty to the role named after "by" or "to" in the same clause. */
const HANDED = new Set(['leave', 'leaves', 'delegate', 'delegates', 'delegated', 'hand', 'hands', 'handed', 'pass', 'passes', 'passed', 'belongs', 'belong', 'sits', 'sit', 'rests', 'rest', 'lies', 'lie', 'owned', 'set', 'decided', 'defined', 'made', 'handled', 'covered', 'run', 'done', 'led', 'driven', 'written', 'managed', 'taken', 'facilitated', 'owns'])
const PRONOUNS = new Set(['they', 'he', 'she'])

export interface UnitAnalysis {
  tokens: Token[]
  own: FamilyMatch[]
  negated: FamilyMatch[]
  delegated: FamilyMatch[]
  /** The roles the unit names, when a match made them worth finding (the model reads them again). */
  mentions?: RoleMention[]
}

/** "by the client's PM", "to our Head of Product", "lie with the PM": a preposition a few words before a mention. */
function ownerPreposition(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const n = (tokens[k] as Token).norm
    if (n === 'by' || n === 'to' || n === 'with') return true
  }
  return false
}

/**
 * "supporting our PM", "behind the Product Owner", "by the PM": that role does the work. Working
 * with or alongside a role ("with the PM, set the roadmap") leaves the duty the hire's.
 */
function collaborator(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const n = (tokens[k] as Token).norm
    if (COLLAB.has(n)) return true
    if (!DETERMINERS.has(n)) return false
  }
  return false
}

/** "...two product owners; they run the sprints": a clause whose subject points back at another role. */
function pronounForOther(match: RawMatch, tokens: Token[], mentions: RoleMention[], isOther: (m: RoleMention) => boolean): boolean {
  const clause = (tokens[match.first] as Token).clause
  let k = match.first - 1
  while (k >= 0 && (tokens[k] as Token).clause === clause) k--
  const subject = tokens[k + 1]
  if (!subject || !PRONOUNS.has(subject.norm)) return false
  return mentions.some((m) => m.last <= k && isOther(m))
}

function isSecondPerson(t: Token): boolean {
  return SECOND_PERSON.has(t.norm)
}

/**
 * Whether a duty belongs to somebody other than the hire: a role other than the posting's is
 * its subject ("our Product Owner runs the backlog"), the hire works behind that role on it
 * ("supporting the PO, refine the backlog"), or the object is that role's ("the roadmap set by
 * the PM"). Working with a role is no delegation: "with the PM, set the roadmap" is the hire's.
 */
function delegatedTo(match: RawMatch, tokens: Token[], mentions: RoleMention[], hire: Role): boolean {
  const firstTok = tokens[match.first] as Token
  const lastTok = tokens[match.last] as Token
  const isOther = (m: RoleMention) => m.role !== hire && !(hire === 'combined' && (m.role === 'pm' || m.role === 'po'))
  if (pronounForOther(match, tokens, mentions, isOther)) return true
  // A role named as the owner of an object ("the roadmap set by the PM") takes that role's side of
  // the work only: the hire still does "deliver against the roadmap the PM sets".
  const sameSide = (m: RoleMention) => m.role === 'other' || match.compiled.entry.family.startsWith(`${m.role}.`)
  for (const m of mentions) {
    if (!isOther(m)) continue
    const mFirst = tokens[m.first] as Token
    if (m.last < match.first && mFirst.clause === firstTok.clause) {
      let you = false
      for (let k = m.last + 1; k < match.first; k++) if (isSecondPerson(tokens[k] as Token)) you = true
      if (you) continue
      let atStart = true
      for (let k = m.first - 1; k >= 0 && (tokens[k] as Token).clause === mFirst.clause; k--) {
        if (!DETERMINERS.has((tokens[k] as Token).norm)) {
          atStart = false
          break
        }
      }
      const after = tokens[m.last + 1]
      // "... and our product owner runs the sprints": a new subject after a coordinator.
      let afterAnd = false
      for (let k = m.first - 1; k >= 0 && (tokens[k] as Token).clause === mFirst.clause; k--) {
        const t = tokens[k] as Token
        if (inClass(t, COORDINATOR)) afterAnd = true
        if (!DETERMINERS.has(t.norm) || afterAnd) break
      }
      if (atStart || afterAnd || (!m.generic && collaborator(tokens, m.first)) || (after && RELATIVE.has(after.norm))) return true
      // "the Product Owner will own the backlog": a role subject part way into the sentence.
      if (after && SUBJECT_VERBS.has(after.norm)) return true
    }
    // "Leave market research to the Head of Product", "the goal, the roadmap and the priorities are set by the PM"
    if (mFirst.clause === firstTok.clause && !m.generic && sameSide(m) && ownerPreposition(tokens, m.first)) {
      for (let k = 0; k < m.first; k++) {
        const t = tokens[k] as Token
        if (t.clause === mFirst.clause && HANDED.has(t.norm) && (k < match.first || m.first > match.last)) return true
      }
    }
    if (m.first > match.last && mFirst.clause === lastTok.clause && m.first - match.last <= 4 && sameSide(m)) {
      let blocked = false
      let by = false
      for (let k = match.last + 1; k < m.first; k++) {
        const t = tokens[k] as Token
        if (inClass(t, COORDINATOR) || isSecondPerson(t)) blocked = true
        if (AFTER_BY.has(t.norm) || OWNED_BY.has(t.norm)) by = true
      }
      const afterMention = tokens[m.last + 1]
      const verbAfter = afterMention && OWNER_VERBS.has(afterMention.norm)
      if (!blocked && (by || verbAfter)) return true
    }
  }
  return false
}

const CLAUSE_NEGATOR = wordsClass(NEGATORS)
/** Any negator within three words before a duty denies it ("no sprint planning"). */
const NEAR_NEGATOR = wordsClass([...NEGATORS, ...NEAR_NEGATORS])
const THAN = wordsClass(['than'])

function negatedMatch(match: RawMatch, tokens: Token[]): boolean {
  const clause = (tokens[match.first] as Token).clause
  for (let k = match.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token
    if (t.clause !== clause) break
    // "not only X but also Y" asks for X.
    if (inClass(t, CLAUSE_NEGATOR) && (tokens[k + 1] as Token).norm !== 'only') return true
    if (inClass(t, NEAR_NEGATOR) && match.first - k <= 3) return true
    // "rather send a memo than a 40-slide deck", "instead of running sprints"
    if (inClass(t, THAN) && match.first - k <= 3) return true
  }
  // "sprint planning and user stories are not part of this role"
  for (let k = match.last + 1; k < tokens.length && k <= match.last + 8; k++) {
    const t = tokens[k] as Token
    if (t.clause !== clause) break
    if (inClass(t, CLAUSE_NEGATOR) && tokens.slice(k + 1, k + 4).some((n) => NOT_OURS.has(n.norm))) return true
  }
  // Looked at only from the third token: an index below 0 is a property name to V8, a slow look-up.
  if (match.first < 2) return false
  const a = tokens[match.first - 2] as Token
  const b = tokens[match.first - 1] as Token
  return a.clause === clause && a.norm === 'instead' && b.norm === 'of'
}

const NOT_OURS = new Set(['part', 'responsibility', 'responsibilities', 'job', 'expected', 'required', 'role', 'scope', 'remit', 'yours', 'your', 'duty', 'duties'])

const SUPPORT_VERB = wordClass((norm, stem) => SUPPORT_VERBS.has(stem) || SUPPORT_VERBS.has(norm))
/** "Contribute to the development of the product vision": the hire gives input to somebody's decision. */
function supportingMatch(match: RawMatch, tokens: Token[]): boolean {
  const clause = (tokens[match.first] as Token).clause
  for (let k = match.first; k >= 0 && k >= match.first - 10; k--) {
    const t = tokens[k] as Token
    if (t.clause !== clause || (k < match.first && inClass(t, COORDINATOR))) break
    if (inClass(t, SUPPORT_VERB)) return true
  }
  return false
}

/**
 * Drops a match that sits inside the span of a match from the other side without starting it:
 * in "translate the product vision into a development schedule" the vision is what the hire
 * translates, not what they own.
 */
function dropEmbedded(matches: RawMatch[]): RawMatch[] {
  // The side is a family's first two letters ("pm", "po"): compared where they stand, without slicing.
  const otherSide = (a: RawMatch, b: RawMatch) => {
    const x = a.compiled.entry.family
    const y = b.compiled.entry.family
    return x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(1) !== y.charCodeAt(1)
  }
  return matches.filter((a) => {
    // "set the day-to-day priorities": the noun phrase that ends the match says what the object is.
    if (matches.some((b) => b !== a && otherSide(a, b) && b.first > a.first && b.last === a.last)) return false
    return !matches.some((b) => b !== a && otherSide(a, b) && b.first < a.first && a.last < b.last)
  })
}

/**
 * Drops a match whose object is only a modifier of another match's object: in "prioritise the
 * product backlog" the backlog is the object, not the product. Coordinated objects ("the
 * strategy and the execution") both stay.
 */
function dropModifiers(matches: RawMatch[], tokens: Token[]): RawMatch[] {
  return matches.filter((a) => {
    for (const b of matches) {
      if (a === b || b.compiled.entry.family === a.compiled.entry.family) continue
      if (b.first > a.last || b.last <= a.last) continue
      if (b.first > a.first) continue
      let coordinated = false
      for (let k = a.last + 1; k <= b.last; k++) {
        const t = tokens[k] as Token
        if (inClass(t, COORDINATOR) || t.afterComma || t.clause !== (tokens[a.last] as Token).clause) coordinated = true
      }
      if (!coordinated && b.last - a.last <= 3) return false
    }
    return true
  })
}

function followedBy(pattern: CompiledPattern, tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) if (matchAt(pattern, tokens, k)) return true
  return false
}

const TEMPORAL = wordsClass(['once', 'when', 'whenever', 'after', 'before', 'until', 'while'])
const BECAUSE = wordsClass(['because'])
/**
 * Token ranges that say when or why a duty happens and are no duty themselves: a temporal clause
 * that opens a clause ("once you grasp the problem, ...", "after the interviews are done, ..."),
 * up to the comma that closes it; and an explanation from "because" to the end of its clause.
 */
function whenAndWhy(tokens: Token[]): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const opens = i === 0 || (tokens[i - 1] as Token).clause !== t.clause
    if (!opens || !inClass(t, TEMPORAL)) continue
    let k = i + 1
    while (k < tokens.length && (tokens[k] as Token).clause === t.clause && !(tokens[k] as Token).afterComma) k++
    // Without a closing comma nothing is dropped: the duty may run on from the temporal words ("when needed run the stand-ups").
    if (k < tokens.length && (tokens[k] as Token).clause === t.clause) out.push([i, k - 1])
  }
  // "..., because the squad relies on the strategy": an explanation, to the end of its clause.
  for (let i = 0; i < tokens.length; i++) {
    if (!inClass(tokens[i] as Token, BECAUSE)) continue
    let k = i + 1
    while (k < tokens.length && (tokens[k] as Token).clause === (tokens[i] as Token).clause) k++
    out.push([i, k - 1])
    // A later "because" of the same clause is inside this range already: go on after it (linear on "because because ...").
    i = k - 1
  }
  return out
}

/** Whether an entry of this one's id has matched already: one match per id and unit (compared by idIndex, a number, not by the id's characters). */
function matched(raw: RawMatch[], compiled: CompiledEntry): boolean {
  for (let k = 0; k < raw.length; k++) if ((raw[k] as RawMatch).compiled.idIndex === compiled.idIndex) return true
  return false
}

/** Matches the vocabulary in one unit of text and sorts each match into own, negated or delegated. */
export function analyzeUnit(text: string, vocabulary: Vocabulary, hire: Role, negatedContext: boolean): UnitAnalysis {
  const tokens = tokenize(text)
  const raw: RawMatch[] = []
  const {startAt, needs, needsAt, startNeeds, startNeedAt} = vocabulary
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // The entries this token can start: a range of startList, or its own list for the rare word that may start a prefixed one.
    let list = vocabulary.startList
    let from = 0
    let to = 0
    // Only places in startList have start needs (startNeedAt): a prefixed word's own list does not.
    let inStartList = false
    if (vocabulary.startsPrefixed(t)) {
      list = vocabulary.prefixCandidates(t)
      to = list.length
    } else if (t.stemId + 1 < startAt.length) {
      from = startAt[t.stemId] as number
      to = startAt[t.stemId + 1] as number
      inStartList = true
    }
    for (let k = from; k < to; k++) {
      const e = list[k] as number
      if (!holdsNeeds(needs, needsAt[e] as number, needsAt[e + 1] as number)) continue
      if (inStartList && !holdsNeeds(startNeeds, startNeedAt[k] as number, startNeedAt[k + 1] as number)) continue
      const compiled = vocabulary.compiled[e] as CompiledEntry
      if (matched(raw, compiled)) continue
      const m = matchAt(compiled.pattern, tokens, i)
      if (m && compiled.unless && followedBy(compiled.unless, tokens, m.last)) continue
      if (m) raw.push({compiled, first: m.first, last: m.last, slotTokens: m.slotTokens})
    }
  }
  const roleFrom = firstRoleWord(tokens)
  // Without a match the mentions are the model's business, but a unit with no role word names none: say so, and it does not look.
  if (!raw.length) return {tokens, own: [], negated: [], delegated: [], mentions: roleFrom === tokens.length ? [] : undefined}
  const mentions = findRoleMentions(tokens, text, roleFrom)
  const result: UnitAnalysis = {tokens, own: [], negated: [], delegated: [], mentions}
  // A role's name is no work: "the Technology Lead" does not "lead", "our Delivery Manager" is no delivery.
  const inName = (m: RawMatch) => mentions.some((r) => !r.generic && r.first <= m.first && m.first <= r.last)
  const asides = whenAndWhy(tokens)
  const conditional = (m: RawMatch) => asides.some(([a, b]) => a <= m.first && m.last <= b)
  for (const m of dropEmbedded(dropModifiers(raw.filter((m) => !inName(m) && !conditional(m)), tokens))) {
    const start = (tokens[m.first] as Token).start
    const end = (tokens[m.last] as Token).end
    const entry = m.compiled.entry
    const fm: FamilyMatch = {family: entry.family, entry: entry.id, words: text.slice(start, end), start, end, execution: entry.execution ?? false, supporting: false}
    if (negatedContext || negatedMatch(m, tokens)) result.negated.push(fm)
    else if (delegatedTo(m, tokens, mentions, hire)) result.delegated.push(fm)
    else {
      if (supportingMatch(m, tokens)) fm.supporting = true
      result.own.push(fm)
    }
  }
  return result
}
