/**
 * How the duty model reads one unit (a list item, a sentence, a table row): its clauses, who
 * does the work (voice), the governing verb and its object with their classes, negation; and
 * the features the model weighs, named by stems and classes only.
 */
import {isSpaceCode, type Token} from './matcher.ts'
import {findRoleMentions, isRoleWord, type RoleMention} from './roles.ts'
import type {FamilyMatch, Role, SectionKind} from '../model.ts'
import {objectClasses, verbClasses} from './lexicon.ts'

export interface UnitInput {
  text: string
  tokens: Token[]
  kind: 'list-item' | 'sentence' | 'table-row'
  section: SectionKind
  heading: string
  experience: boolean
  hire: Role
  own: FamilyMatch[]
  negated: FamilyMatch[]
  delegated: FamilyMatch[]
  /** The roles the unit names; when `mentionsRead` is not set, empty may mean not looked for yet. */
  mentions: RoleMention[]
  /** `mentions` holds every role the unit names (the analysis looked for them), even when empty. */
  mentionsRead?: boolean
}

export type Voice = 'hire' | 'other-role' | 'company' | 'none'

export interface ClauseReading {
  /** Token range [first, last]. */
  first: number
  last: number
  /** The clause as written. */
  text: string
  verb: Token | null
  /** A verb that leads to the main one ("work with X to define"), or the first of two coordinated verbs. */
  helper: Token | null
  /** The verb was read from a noun ("prioritisation of the backlog"). */
  nominal: boolean
  /** "responsible for", "accountable for": what follows is the hire's. */
  accountable: boolean
  object: Token | null
  /** Words that modify the object ("product" in "product backlog"). */
  modifiers: readonly Token[]
  /**
   * The verb classes of verb and helper, and the object classes of object and modifiers, as bits
   * (see classBit); a reading readUnit made has them, for the flips to test a class with one look.
   */
  verbBits?: number
  objectBits?: number
}

export interface UnitReading {
  clauses: ClauseReading[]
  voice: Voice
  negated: boolean
  question: boolean
  /**
   * The flags of every word's entry (see WordEntry), and the object classes of every word as
   * bits, or'ed together: a reading readUnit made has them, for the flips to ask whether some
   * word of the unit prioritises or names backlog items with one look instead of a loop.
   */
  wordFlags?: number
  wordObjectBits?: number
}

/** Words a reader passes over to find the verb: subjects, modals, "responsible for", "experience in". */
const LEAD = new Set([
  'you', "you'll", 'youll', 'will', 'shall', 'must', 'should', 'can', 'would', 'may', 'to', 'also', 'be', 'being', 'are', 'is', 'responsible', 'accountable', 'for', 'expected',
  'able', 'actively', 'proactively', 'continuously', 'regularly', 'directly', 'closely', 'effectively', 'successfully', 'ultimately', 'then', 'and', 'or', 'where', 'needed', 'necessary',
  'experience', 'experienced', 'years', 'year', 'yrs', 'of', 'in', 'with', 'proven', 'demonstrated', 'track', 'record', 'strong', 'solid', 'hands', 'on', 'prior', 'previous', 'relevant',
  'significant', 'extensive', 'ideally', 'at', 'least', 'plus', 'background', 'your', 'job', 'role', 'this', 'the', 'main', 'key', 'task', 'tasks', 'duty', 'duties', 'primary', 'day',
  'i', 'e', 'we', 'need', 'someone', 'who', 'can', 'help', 'us', 'partly', 'fully', 'mainly', 'primarily',
])
const LEAD_BEFORE_VERB = new Set(['help', 'us', 'we', 'need', 'someone', 'who', 'the', 'this', 'your', 'role', 'job', 'main', 'key', 'task', 'tasks', 'duty', 'duties', 'primary', 'day', 'i', 'e', 'and', 'or'])
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'each', 'every', 'all', 'any', 'some', 'new', 'clear', 'overall', 'whole', 'entire', 'both'])
/** Words that end a noun phrase: prepositions, conjunctions, relatives. */
const NP_END = new Set([
  'of', 'for', 'to', 'with', 'in', 'into', 'across', 'by', 'from', 'on', 'at', 'through', 'within', 'that', 'which', 'who', 'so', 'and', 'or', 'as', 'while', 'using', 'based', 'via', 'against',
  'between', 'around', 'about', 'over', 'under', 'per', 'when', 'where', 'before', 'after', 'until', 'is', 'are', 'will', 'to', 'if', 'than', 'such', 'e', 'g', 'ie', 'eg', 'etc', 'including',
])
const NOMINAL = new Set(['tion', 'sion', 'ment', 'ance', 'ence'])
const NEGATION = new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor', "won't", "don't", "doesn't", "isn't", "aren't", "wouldn't", "shouldn't", "can't", 'without', 'instead'])
const COMPANY = new Set(['we', 'our', 'us', "we're", "we've", "we'll", 'company', 'customers', 'clients', 'it', 'they'])
const HIRE = new Set(['you', "you'll", 'your', "you're", "you've", 'yourself'])
const COORD = new Set(['and', 'or'])
const PARTICLES = new Set(['down', 'up', 'out', 'off'])

/**
 * The lists above a word is in, as bits: reading a unit asks of each word whether it negates,
 * addresses the hire, coordinates, ends a noun phrase, leads to the verb..., and one look-up per
 * word answers them all (readUnit keeps the answers per token while it reads the unit).
 */
const IS_NEGATION = 1
const IS_HIRE = 2
const IS_COORD = 4
const IS_NP_END = 8
const IS_DETERMINER = 16
const IS_LEAD = 32
const IS_LEAD_BEFORE_VERB = 64
const IS_PARTICLE = 128
/** The word starts with a digit (a test, not a list: see digitFirst). */
const IS_DIGIT_FIRST = 256
/** Set in a word's entry only (see WordEntry): its stem has a verb class; it is `verbLike`; its stem is one of HELPERS. */
const IS_VERB_CLASS = 512
const IS_VERB_LIKE = 1024
const IS_HELPER = 2048
/** The word may start or end a role mention (isRoleWord). */
const IS_ROLE_WORD = 4096
/** Set in a word's entry only: the word prioritises (`prioritises`). */
export const IS_PRIORITY = 8192
const LISTS: [ReadonlySet<string>, number][] = [
  [NEGATION, IS_NEGATION],
  [HIRE, IS_HIRE],
  [COORD, IS_COORD],
  [NP_END, IS_NP_END],
  [DETERMINERS, IS_DETERMINER],
  [LEAD, IS_LEAD],
  [LEAD_BEFORE_VERB, IS_LEAD_BEFORE_VERB],
  [PARTICLES, IS_PARTICLE],
]
const LISTED = new Map<string, number>()
for (const [list, bit] of LISTS) for (const word of list) LISTED.set(word, (LISTED.get(word) ?? 0) | bit)
/** The word starts with a digit (as /^\d/ tests). */
const digitFirst = (word: string) => {
  const c = word.charCodeAt(0)
  return c >= 48 && c <= 57
}
const flagsOf = (norm: string) => (LISTED.get(norm) ?? 0) | (digitFirst(norm) ? IS_DIGIT_FIRST : 0)
/** The flags of the unit being read, by token: reused from unit to unit (read in full before the next unit is). */
let unitFlags = new Int32Array(64)

/**
 * What reading and scoring want of a word, kept per distinct word (its norm): its flags, and the
 * feature ids the model's scorer found for it. Reading a unit looks each word up here once, and
 * the scorer then takes the ids from the word's entry instead of looking the word up again.
 */
export interface WordEntry {
  readonly norm: string
  /** The lists the word is in (flagsOf), and what its stem and suffix make it: IS_VERB_CLASS, IS_VERB_LIKE, IS_HELPER. */
  readonly flags: number
  /** Its stem's verb classes and object classes, as bits (see classBit). */
  readonly verbBits: number
  readonly objectBits: number
  /** Whose ids `ids` are (a scorer of one model), and the ids; null until a scorer sets them. */
  owner: object | null
  ids: unknown
}
const entries = new Map<string, WordEntry>()
/**
 * A token's entry: the one kept in its word's slot (Token.forms), which every token of the
 * written word reaches without a look-up; else, for a word seen first or a token whose norm is
 * not its word's, by its norm.
 */
function entryOf(t: Token): WordEntry {
  const slot = t.forms
  const kept = slot.reader as WordEntry | null
  if (kept !== null && kept.norm === t.norm) return kept
  const entry = entryByNorm(t)
  if (kept === null) slot.reader = entry
  return entry
}
/** A token's entry by its norm. The stem and suffix are the norm's (the tokenizer makes them from it), so one entry serves every token of a norm. */
function entryByNorm(t: Token): WordEntry {
  const norm = t.norm
  let entry = entries.get(norm)
  if (entry === undefined) {
    if (entries.size > 50000) entries.clear()
    const vcs = verbClasses(t.stem)
    let flags = flagsOf(norm)
    if (vcs.length) flags |= IS_VERB_CLASS
    if (verbLike(t)) flags |= IS_VERB_LIKE
    if (HELPERS.has(t.stem)) flags |= IS_HELPER
    if (isRoleWord(norm)) flags |= IS_ROLE_WORD
    if (prioritises(t)) flags |= IS_PRIORITY
    entry = {norm, flags, verbBits: classBits('verb', vcs), objectBits: classBits('object', objectClasses(t.stem)), owner: null, ids: null}
    entries.set(norm, entry)
  }
  return entry
}

/** A bit per word class (verb and object classes apart: "research" is both), given in the order asked for. */
const CLASS_BITS = new Map<string, number>()
export function classBit(kind: 'verb' | 'object', name: string): number {
  const key = `${kind}:${name}`
  let bit = CLASS_BITS.get(key)
  if (bit === undefined) {
    // lexicon.ts has fifteen verb classes and thirteen object classes; a number holds 31 bits.
    if (CLASS_BITS.size >= 31) throw new Error('more word classes than bits in a number')
    bit = 1 << CLASS_BITS.size
    CLASS_BITS.set(key, bit)
  }
  return bit
}
function classBits(kind: 'verb' | 'object', classes: readonly string[]): number {
  let bits = 0
  for (const c of classes) bits |= classBit(kind, c)
  return bits
}
const ENSURE = classBit('verb', 'ensure')
/** The entries of the tokens read last, by token (reused like unitFlags), and those tokens. */
let unitEntries: WordEntry[] = []
let entriesOf: Token[] | null = null

/**
 * The word entries of tokens, by token: those the reading of these tokens kept (the model scores
 * a unit right after reading it), else looked up. A caller checks each entry's norm against its
 * token's, so tokens changed since they were read are looked up again too.
 */
export function wordEntries(tokens: Token[]): readonly WordEntry[] {
  if (tokens === entriesOf) return unitEntries
  return tokens.map(entryOf)
}
/** The flags an entry adds to flagsOf's, and the helper verbs, for tests that compare entries with the words. */
export const ENTRY_FLAGS = {IS_VERB_CLASS, IS_VERB_LIKE, IS_HELPER, helpers: () => HELPERS as ReadonlySet<string>}
/** A token's entry, looked up (for a token whose kept entry is not its own). */
export const wordEntry = (t: Token): WordEntry => entryOf(t)
/** A token's entry by its norm alone, the way a token reaches it without its word's slot (for tests). */
export const wordEntryByNorm = (t: Token): WordEntry => entryByNorm(t)

/** What one pass over a unit's words found: a word that negates, a word that addresses the hire, where the first role word stands (their length for none). */
interface WordsFound {
  negated: boolean
  hire: boolean
  firstRole: number
  /** Every word's flags, and object class bits, or'ed (UnitReading.wordFlags, wordObjectBits). */
  flags: number
  objectBits: number
}
/** What clauseStarts found in the unit being read, and where its clauses start: reused from unit to unit, as unitFlags. */
const unitFound: WordsFound = {negated: false, hire: false, firstRole: 0, flags: 0, objectBits: 0}
let unitStarts = new Int32Array(64)
/** The unit's flags, for findRoleMentions to tell role words by. */
const roleWordFlags = {flags: unitFlags, bit: IS_ROLE_WORD}

/**
 * Splits the tokens into clauses: at `;`, `:`, brackets, dashes and sentence ends, and before a
 * coordinated verb ("own the roadmap and run sprints"). Sets `negated` when a word negates and
 * `hire` when one addresses the hire (some word's norm is in NEGATION, in HIRE), and each word's
 * flags in `flags`: one pass over the tokens for all of them. The clauses' first tokens go into
 * `unitStarts[0..count)`, and it returns `count` (readUnit has sized unitStarts to the tokens).
 */
function clauseStarts(tokens: Token[], found: WordsFound, flags: Int32Array): number {
  // tokens.length starts at most: readUnit sizes unitStarts as it does unitFlags.
  const starts = unitStarts
  let count = 0
  // Each start is past the one before (a coordinated verb is at least two words on), so they are in order, each once.
  let last = 0
  let any = 0
  // One look-up per word gives its flags, and its entry for the scorer that comes next.
  const kept = unitEntries
  let firstRole = tokens.length
  let objectBits = 0
  for (let i = 0; i < tokens.length; i++) {
    const entry = entryOf(tokens[i] as Token)
    kept[i] = entry
    flags[i] = entry.flags
    objectBits |= entry.objectBits
    if (entry.flags & IS_ROLE_WORD && firstRole === tokens.length) firstRole = i
  }
  found.firstRole = firstRole
  found.objectBits = objectBits
  entriesOf = tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    any |= flags[i] as number
    const prev = i > 0 ? (tokens[i - 1] as Token) : undefined
    if (!prev || prev.clause !== t.clause) {
      starts[count++] = last = i
      continue
    }
    // A coordinated predicate: "and"/"," then a verb that takes a determiner or a noun.
    const coordinated = ((flags[i - 1] as number) & IS_COORD) !== 0
    if (!(coordinated || t.afterComma) || t.suffix || i - last < 2 || i + 1 >= tokens.length) continue
    const next = tokens[i + 1] as Token
    if ((flags[i] as number) & IS_VERB_CLASS && next.clause === t.clause && ((flags[i + 1] as number) & (IS_COORD | IS_NP_END)) === 0) starts[count++] = last = coordinated ? i - 1 : i
  }
  found.negated = (any & IS_NEGATION) !== 0
  found.hire = (any & IS_HIRE) !== 0
  found.flags = any
  return count
}

/** Verbs that lead to the real work later in the clause: "collaborate with X to gather needs", "assist in prioritising stories". */
const HELPERS = new Set(['collabor', 'work', 'partner', 'assist', 'particip', 'help', 'support', 'contribut', 'engag', 'ensur', 'act', 'be', 'take', 'play', 'get', 'involv', 'join', 'liais', 'team'])

const PRIORITY = /^(?:priorit|prioriti[sz]|sequenc|rank)\w*$/
/**
 * The word prioritises: PRIORITY holds for it. Only a word that starts as one of its alternatives
 * is worth the pattern: most words that start with p, r or s ("product", "requirements",
 * "stakeholders") do not.
 */
export const prioritises = (t: Token) => {
  const n = t.norm
  const c = n.charCodeAt(0)
  if (c === 112) return n.startsWith('priorit') && PRIORITY.test(n)
  return ((c === 114 && n.startsWith('rank')) || (c === 115 && n.startsWith('sequenc'))) && PRIORITY.test(n)
}

export const verbLike = (t: Token | undefined) => !!t && !DETERMINERS.has(t.norm) && ((verbClasses(t.stem).length > 0 && (!t.suffix || t.suffix === 'er')) || (!t.suffix && t.norm.endsWith('ing') && t.norm.length > 5))

/** A role as the clause's subject: a mention among mentions[from, to) within its first three words, after determiners only. */
function subjectOf(tokens: Token[], flags: Int32Array, first: number, last: number, mentions: readonly RoleMention[], from: number, to: number): RoleMention | undefined {
  for (let k = from; k < to; k++) {
    const m = mentions[k] as RoleMention
    if (m.first < first || m.first > first + 2 || m.last >= last) continue
    for (let t = first; t < m.first; t++) if (!((flags[t] as number) & IS_DETERMINER) && (tokens[t] as Token).norm !== 'as') return undefined
    return m
  }
  return undefined
}

/**
 * The noun phrase readClause gathers, reused from clause to clause (a clause is read in full
 * before the next): a clause keeps only a copy of its modifiers, at their number.
 */
const nounPhrase: Token[] = []
const NO_MODIFIERS: readonly Token[] = Object.freeze([])

/** Reads one clause, tokens[first..last]; `flags` and `entries` hold each token's flags and word entry (see WordEntry). */
function readClause(tokens: Token[], flags: Int32Array, entries: readonly WordEntry[], first: number, last: number, text: string, mentions: readonly RoleMention[], from: number, to: number): ClauseReading {
  let i = first
  // A role as the subject: "The Product Owner maximises ...", "Our PM will own ...".
  const subject = subjectOf(tokens, flags, first, last, mentions, from, to)
  if (subject) i = subject.last + 1
  let accountable = false
  while (i <= last && (flags[i] as number) & (IS_LEAD | IS_DIGIT_FIRST)) {
    const f = flags[i] as number
    // "the" or "your" only leads into a verb in "your job is to", "the role will": not into a noun phrase.
    if (f & IS_DETERMINER && !(f & IS_LEAD_BEFORE_VERB && i + 1 < tokens.length && (flags[i + 1] as number) & IS_LEAD)) break
    const n = (tokens[i] as Token).norm
    if (n === 'responsible' || n === 'accountable') accountable = true
    i++
  }
  let verb: Token | null = null
  let helper: Token | null = null
  // Where verb and helper stand.
  let verbAt = -1
  let helperAt = -1
  let nominal = false
  let j = i
  // "make sure" is one verb: "make sure milestones are met".
  if (tokens[i]?.norm === 'make' && tokens[i + 1]?.norm === 'sure' && i + 1 <= last) i++
  const cand = tokens[i]
  if (cand && i <= last && !((flags[i] as number) & IS_DETERMINER)) {
    const next = tokens[i + 1]
    if (NOMINAL.has(cand.suffix) && next && next.norm === 'of' && i + 1 <= last) {
      verb = cand
      verbAt = i
      nominal = true
      j = i + 2
    } else if ((flags[i] as number) & IS_VERB_CLASS || cand.norm.endsWith('ing') || !cand.suffix) {
      verb = cand
      verbAt = i
      j = i + 1
      // Coordinated verbs share the object: "develop and adapt the vision".
      // ... and a list of them: "identify, understand and manage risks".
      for (;;) {
        const t = tokens[j]
        // (verbLike as the word's flag: every index read here is a token's.)
        if (j + 1 <= last && t && (flags[j] as number) & IS_COORD && (flags[j + 1] as number) & IS_VERB_LIKE) {
          helper = verb
          helperAt = verbAt
          verb = tokens[j + 1] as Token
          verbAt = j + 1
          j += 2
        } else if (j <= last && t && t.afterComma && (flags[j] as number) & IS_VERB_LIKE && !t.norm.endsWith('s')) {
          helper = verb
          helperAt = verbAt
          verb = t
          verbAt = j
          j += 1
        } else break
      }
      // "ensure that the milestones are met": the object follows "that".
      if ((entries[verbAt] as WordEntry).verbBits & ENSURE && tokens[j]?.norm === 'that' && j < last) j++
      // Phrasal particles: "break down", "follow up", "set up".
      if (j <= last && (flags[j] as number) & IS_PARTICLE) j++
      // A helper verb leads to the real one: "work with X to define ...", "assist in prioritising ...".
      if ((flags[verbAt] as number) & IS_HELPER) {
        for (let k = j; k < last; k++) {
          const t = tokens[k] as Token
          const n = tokens[k + 1] as Token
          if ((t.norm === 'to' && (flags[k + 1] as number) & IS_VERB_LIKE) || ((t.norm === 'in' || t.norm === 'on' || t.norm === 'by') && n.norm.endsWith('ing'))) {
            helper = verb
            helperAt = verbAt
            verb = n
            verbAt = k + 1
            j = k + 2
            break
          }
          // "participate in backlog refinement": the object follows the preposition.
          if (k === j && (t.norm === 'in' || t.norm === 'on')) {
            j = k + 1
            break
          }
        }
      }
    }
  }
  // The noun phrase's words, np[0..n): in scratch kept from clause to clause (see nounPhrase).
  const np = nounPhrase
  let n = 0
  // The object classes of the noun phrase's words (object and modifiers) as bits.
  let objectBits = 0
  while (j <= last) {
    const t = tokens[j] as Token
    const f = flags[j] as number
    if (n && (t.afterComma || f & IS_NP_END)) break
    if (!n && f & IS_NP_END && t.norm !== 'on') break
    if (!(f & (IS_DETERMINER | IS_DIGIT_FIRST))) {
      np[n++] = t
      objectBits |= (entries[j] as WordEntry).objectBits
    }
    j++
    if (n >= 5) break
  }
  // Without a verb, the unit is a noun phrase: its head is the object ("Sprint planning").
  if (!verb && cand && n === 0) {
    for (let k = i; k <= last; k++) {
      const t = tokens[k] as Token
      if (k > i && (t.afterComma || (flags[k] as number) & IS_NP_END)) break
      if (!((flags[k] as number) & IS_DETERMINER)) {
        np[n++] = t
        objectBits |= (entries[k] as WordEntry).objectBits
      }
    }
  }
  const verbBits = (verbAt >= 0 ? (entries[verbAt] as WordEntry).verbBits : 0) | (helperAt >= 0 ? (entries[helperAt] as WordEntry).verbBits : 0)
  // The head is the last word; the words before it modify it (a list of their own size, or one shared empty list).
  const object = n ? (np[n - 1] as Token) : null
  const modifiers = n > 1 ? np.slice(0, n - 1) : NO_MODIFIERS
  return new Clause(first, last, text, (tokens[first] as Token).start, (tokens[last] as Token).end, verb, helper, nominal, accountable, object, modifiers, verbBits, objectBits)
}

/**
 * A clause as read. Its text is cut from the unit's only when asked for (`jdlint why`): linting
 * never reads it. The fields are declared, not initialised as class fields (nor as parameter
 * properties, which compile to class fields): each new clause then runs no field initialiser
 * before its constructor sets them.
 */
class Clause implements ClauseReading {
  declare readonly first: number
  declare readonly last: number
  private declare readonly unitText: string
  private declare readonly start: number
  private declare readonly end: number
  declare readonly verb: Token | null
  declare readonly helper: Token | null
  declare readonly nominal: boolean
  declare readonly accountable: boolean
  declare readonly object: Token | null
  declare readonly modifiers: readonly Token[]
  declare readonly verbBits: number
  declare readonly objectBits: number
  constructor(first: number, last: number, unitText: string, start: number, end: number, verb: Token | null, helper: Token | null, nominal: boolean, accountable: boolean, object: Token | null, modifiers: readonly Token[], verbBits: number, objectBits: number) {
    this.first = first
    this.last = last
    this.unitText = unitText
    this.start = start
    this.end = end
    this.verb = verb
    this.helper = helper
    this.nominal = nominal
    this.accountable = accountable
    this.object = object
    this.modifiers = modifiers
    this.verbBits = verbBits
    this.objectBits = objectBits
  }

  get text(): string {
    return this.unitText.slice(this.start, this.end)
  }
}

function voiceOf(input: UnitInput, addressesHire: boolean): Voice {
  const {tokens, mentions, hire} = input
  if (input.delegated.length && !input.own.length) return 'other-role'
  const first = tokens[0]
  if (!first) return 'none'
  // Loops rather than find/some with a callback per element: this runs for every unit, much of it before the code is optimised.
  let lead: RoleMention | undefined
  for (const m of mentions) {
    if (m.first <= 2 && !m.generic) {
      lead = m
      break
    }
  }
  if (lead && lead.role !== hire && !(hire === 'combined' && lead.role !== 'other')) return 'other-role'
  if (lead) return 'hire'
  if (addressesHire) return 'hire'
  if (COMPANY.has(first.norm)) return 'company'
  if (input.kind === 'list-item' || input.kind === 'table-row') return 'hire'
  return 'none'
}

/**
 * Reads a unit: its clauses with verb and object, who does it, whether it is negated or a
 * question. With `findMentions`, the roles the unit names are looked for first when the analysis
 * did not (see UnitInput.mentionsRead), by the flags of its words.
 */
export function readUnit(input: UnitInput, findMentions = false): UnitReading {
  const {tokens} = input
  // clauseStarts sets every field of `found`.
  const found = unitFound
  if (unitFlags.length < tokens.length) {
    unitFlags = new Int32Array(tokens.length * 2)
    unitStarts = new Int32Array(tokens.length * 2)
  }
  const flags = unitFlags
  const count = clauseStarts(tokens, found, flags)
  const starts = unitStarts
  // A unit without a role word names no role: its mentions stay the empty list they are.
  if (findMentions && !input.mentionsRead && !input.mentions.length && found.firstRole < tokens.length) {
    roleWordFlags.flags = flags
    input.mentions = findRoleMentions(tokens, input.text, found.firstRole, roleWordFlags)
  }
  // Clauses come in token order: each gets only the mentions that start within it, found with
  // one pointer over the mentions in order, so a unit of thousands of clauses stays linear.
  const mentions = inOrder(input.mentions)
  // Each start is past the one before, so every clause holds a word. Most units are one clause:
  // its list is made at its size (a list pushed to grows room for more).
  const clauses: ClauseReading[] = count === 1 ? [readClause(tokens, flags, unitEntries, 0, tokens.length - 1, input.text, mentions, 0, mentionsFrom(mentions, 0, 0))] : []
  let m = 0
  for (let c = 0; count > 1 && c < count; c++) {
    const first = starts[c] as number
    const last = (c + 1 < count ? (starts[c + 1] as number) : tokens.length) - 1
    while (m < mentions.length && (mentions[m] as RoleMention).first < first) m++
    clauses.push(readClause(tokens, flags, unitEntries, first, last, input.text, mentions, m, mentionsFrom(mentions, m, first)))
  }
  return {
    clauses,
    voice: voiceOf(input, found.hire),
    negated: found.negated,
    question: endsWithQuestionMark(input.text),
    wordFlags: found.flags,
    wordObjectBits: found.objectBits,
  }
}

/** Where the mentions that start within a clause's first three words end: from `m`, the first that starts at `first` or later. */
function mentionsFrom(mentions: readonly RoleMention[], m: number, first: number): number {
  let end = m
  while (end < mentions.length && (mentions[end] as RoleMention).first <= first + 2) end++
  return end
}

/** The mentions by first word (a stable sort), copied only when they are not in that order already. */
function inOrder(mentions: RoleMention[]): readonly RoleMention[] {
  for (let k = 1; k < mentions.length; k++) {
    if ((mentions[k] as RoleMention).first < (mentions[k - 1] as RoleMention).first) return [...mentions].sort((a, b) => a.first - b.first)
  }
  return mentions
}

/** The text's last character other than white space is "?" (as /\?\s*$/ tests, without scanning the text). */
function endsWithQuestionMark(text: string): boolean {
  let k = text.length - 1
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--
  return text.charCodeAt(k) === 63
}

const wordOf = (t: Token) => (t.suffix ? `${t.stem}~${t.suffix}` : t.stem)
/** `w:` features by token key, made once per distinct word (bounded like the matcher's caches). */
const wordFeatureCache = new Map<string, string>()
export function wordFeature(t: Token): string {
  let feature = wordFeatureCache.get(t.key)
  if (feature === undefined) {
    feature = `w:${wordOf(t)}`
    if (wordFeatureCache.size > 50000) wordFeatureCache.clear()
    wordFeatureCache.set(t.key, feature)
  }
  return feature
}
export const firstFeature = (t: Token) => `f:${wordOf(t)}`
export const pairFeature = (a: Token, b: Token) => `b:${a.stem} ${b.stem}`

/** A kind of feature: the prefix of its name, and its place in a scorer's caches. */
export interface Prefix {
  readonly name: string
  readonly id: number
}
/** Every prefix, by id. */
export const PREFIXES: Prefix[] = []
const prefix = (name: string): Prefix => {
  const p = {name, id: PREFIXES.length}
  PREFIXES.push(p)
  return p
}
export const VERB = prefix('v:')
export const HELPER = prefix('vh:')
export const HELPER_CLASS = prefix('vhc:')
export const FLAG = prefix('')
export const VERB_CLASS = prefix('vc:')
export const OBJECT = prefix('o:')
export const OBJECT_CLASS = prefix('oc:')
export const MODIFIER_CLASS = prefix('mc:')
export const VERB_OBJECT = prefix('vo:')
export const VERB_OBJECT_CLASS = prefix('voc:')
export const CLASS_PAIR = prefix('vcoc:')
export const NOUN_PHRASE = prefix('np:')
const SECTION = prefix('sec:')
const KIND = prefix('kind:')
const VOICE = prefix('voice:')
const ENTRY = prefix('e:')
const ENTRY_FAMILY = prefix('ef:')
const SUPPORTING = prefix('es:')
const NEGATED = prefix('en:')
const DELEGATED = prefix('ed:')

/** Where contextFeatures puts what it names: the heading's words, and single features. */
export interface ContextSink {
  /** `h:` the heading's words. */
  heading(heading: string): void
  /** `prefix.name + value`; a flag (`nominal`, `neg`) has the empty prefix. */
  add(prefix: Prefix, value: string): void
}

/**
 * Where the features of a unit go, in the order they are found: into a set of their names
 * (training, `jdlint why`), or straight into the model's scores (linting), which needs no names.
 */
export interface FeatureSink {
  /**
   * Tokens first..last in order: `w:` each word (its stem, and its noun suffix if any), `b:` each
   * word with the next in the same clause (their stems), and last `f:` the first word.
   */
  words(tokens: Token[], first: number, last: number): void
  /** What contextFeatures names for the unit, in its order. */
  context(input: UnitInput, reading: UnitReading): void
  /** The features of one clause's reading, in the order `clauseFeatures` finds them. */
  clause(clause: ClauseReading): void
  /** `prefix.name + value`; a flag (`nominal`, `neg`) has the empty prefix. */
  add(prefix: Prefix, value: string): void
  /** `prefix.name + a + " " + b`. */
  add2(prefix: Prefix, a: string, b: string): void
}

/** The features by name, each once, in the order found. */
class FeatureNames implements FeatureSink, ContextSink {
  readonly out = new Set<string>()
  words(tokens: Token[], first: number, last: number): void {
    for (let i = first; i <= last; i++) {
      const t = tokens[i] as Token
      this.out.add(wordFeature(t))
      const next = tokens[i + 1]
      if (next && i + 1 <= last && next.clause === t.clause) this.out.add(pairFeature(t, next))
    }
    if (tokens[first]) this.out.add(firstFeature(tokens[first] as Token))
  }
  heading(heading: string): void {
    for (const feature of headingFeatures(heading)) this.out.add(feature)
  }
  context(input: UnitInput, reading: UnitReading): void {
    contextFeatures(input, reading, this)
  }
  clause(clause: ClauseReading): void {
    clauseFeatures(clause, this)
  }
  add(prefix: Prefix, value: string): void {
    this.out.add(prefix.name + value)
  }
  add2(prefix: Prefix, a: string, b: string): void {
    this.out.add(`${prefix.name}${a} ${b}`)
  }
}

/** Features of one clause (its verb, object and their classes), by name. */
function clauseFeatures(clause: ClauseReading, out: FeatureSink): void {
  const v = clause.verb
  const o = clause.object
  const vcs = v ? verbClasses(v.stem) : NONE
  const ocs = o ? objectClasses(o.stem) : NONE
  if (v) out.add(VERB, v.stem)
  if (clause.helper) {
    out.add(HELPER, clause.helper.stem)
    for (const hc of verbClasses(clause.helper.stem)) out.add(HELPER_CLASS, hc)
  }
  if (clause.nominal) out.add(FLAG, 'nominal')
  if (clause.accountable) out.add(FLAG, 'accountable')
  for (const vc of vcs) out.add(VERB_CLASS, vc)
  if (o) out.add(OBJECT, o.stem)
  for (const oc of ocs) out.add(OBJECT_CLASS, oc)
  for (const m of clause.modifiers) for (const mc of objectClasses(m.stem)) out.add(MODIFIER_CLASS, mc)
  if (v && o) out.add2(VERB_OBJECT, v.stem, o.stem)
  for (const oc of ocs) {
    if (v) out.add2(VERB_OBJECT_CLASS, v.stem, oc)
    for (const vc of vcs) out.add2(CLASS_PAIR, vc, oc)
    if (!v) out.add(NOUN_PHRASE, oc)
  }
}
const NONE: readonly string[] = []

/** The heading's features, kept for the last heading read: the units under one heading come in a row. */
let lastHeading: string | undefined
let lastHeadingFeatures: string[] = []
export function headingFeatures(heading: string): string[] {
  if (heading !== lastHeading) {
    lastHeading = heading
    lastHeadingFeatures = asciiHeadingFeatures(heading) ?? (heading.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2).map((w) => `h:${w.slice(0, 6)}`)
  }
  return lastHeadingFeatures
}

/**
 * The features of a heading of ASCII characters, as the pattern above finds them (its only
 * letters are A-Z and a-z); null for any other heading. Most headings are ASCII, and the
 * pattern's Unicode letter class costs V8 a compile of its own in every run.
 */
function asciiHeadingFeatures(heading: string): string[] | null {
  const out: string[] = []
  let start = -1
  for (let i = 0; i <= heading.length; i++) {
    const c = i < heading.length ? heading.charCodeAt(i) : 32
    if (c > 127) return null
    const lower = c | 32
    if (lower >= 97 && lower <= 122) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && i - start > 2) out.push(`h:${heading.slice(start, Math.min(i, start + 6)).toLowerCase()}`)
    start = -1
  }
  return out
}

/**
 * Where the unit stands and who it speaks of: heading words, section, kind, voice, negation.
 * These six values are all it reads (the model's scorer keeps its ids for the last six seen).
 */
export function contextFeatures(input: UnitInput, reading: UnitReading, out: ContextSink): void {
  out.heading(input.heading)
  out.add(SECTION, input.section)
  out.add(KIND, input.kind)
  if (input.experience) out.add(FLAG, 'exp')
  out.add(VOICE, reading.voice)
  if (reading.negated) out.add(FLAG, 'neg')
}

/** Every feature of a unit, in order: words, word pairs, the first word, the heading, the reading, the vocabulary's matches. */
export function walkUnitFeatures(input: UnitInput, reading: UnitReading, out: FeatureSink): void {
  const {tokens} = input
  out.words(tokens, 0, tokens.length - 1)
  out.context(input, reading)
  if (reading.question) out.add(FLAG, 'question')
  if (tokens.length > 30) out.add(FLAG, 'long')
  for (const clause of reading.clauses) out.clause(clause)
  for (const m of input.own) {
    out.add(ENTRY, m.entry)
    out.add(ENTRY_FAMILY, m.family)
    if (m.supporting) out.add(SUPPORTING, m.family)
  }
  for (const m of input.negated) out.add(NEGATED, m.family)
  for (const m of input.delegated) out.add(DELEGATED, m.family)
}

/** The features of one clause read as a unit of its own, in order: its words and reading, the unit's section and voice. */
export function walkClauseFeatures(input: UnitInput, reading: UnitReading, clause: ClauseReading, out: FeatureSink): void {
  const {tokens} = input
  out.words(tokens, clause.first, clause.last)
  out.context(input, reading)
  out.clause(clause)
  const from = (tokens[clause.first] as Token).start
  const to = (tokens[clause.last] as Token).end
  for (const m of input.own) {
    if (m.start < from || m.start >= to) continue
    out.add(ENTRY, m.entry)
    out.add(ENTRY_FAMILY, m.family)
  }
}

/** Every feature of a unit by name (training, `jdlint why`). */
export function unitFeatures(input: UnitInput, reading: UnitReading = readUnit(input)): string[] {
  const names = new FeatureNames()
  walkUnitFeatures(input, reading, names)
  return [...names.out]
}

/** The features of one clause read as a unit of its own, by name. */
export function clauseUnitFeatures(input: UnitInput, reading: UnitReading, clause: ClauseReading): string[] {
  const names = new FeatureNames()
  walkClauseFeatures(input, reading, clause, names)
  return [...names.out]
}
