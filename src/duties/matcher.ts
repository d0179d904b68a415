import {stemmer} from 'stemmer'
import {headsRoleName, isRoleWord, noteRoleWords, startsRoleName} from './roles.ts'

/** A word of a duty unit, with the forms the vocabulary matches on. */
export interface Token {
  /** Lower case, curly apostrophes straightened, possessive dropped. */
  norm: string
  stem: string
  start: number
  end: number
  /** Clause number inside the unit: `;`, `:`, brackets, dashes and sentence ends start a new one. */
  clause: number
  /** The token follows a comma, `&` or `/` (a list of coordinated words). */
  afterComma: boolean
  /** Its derivational noun suffix, or "" (see `nounSuffix`). */
  suffix: string
  /** `stem|suffix`, what a one-word alternative is looked up by. */
  key: string
  /** The number of its stem among the stems of the compiled patterns' words (see `stemIdOf`), 0 for any other stem. */
  stemId: number
  /** The word classes (`wordClass`) its word is in, one bit each. */
  classes: number
  /** Its stem's and suffix's numbers in one (see `keyIdOf`), 0 when its stem has no number. */
  keyId: number
  /** What every token of its written word shares (see WordSlot). */
  forms: WordSlot
}

/**
 * Per distinct written word, a place where a reader of tokens keeps what it works out of the
 * word's forms (features.ts keeps its word entry there): every token of the word reaches it
 * through `Token.forms`, which the tokenizer had in hand, with no look-up of the word.
 */
export interface WordSlot {
  reader: unknown
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
/**
 * Text whose only characters outside ASCII are ones that are never a letter or a digit (Latin-1
 * punctuation and signs, general punctuation such as ’ “ – —, currency signs): WORD finds only
 * ASCII words in it, which `scanLatin` reads character by character. Most postings are such text,
 * and V8 compiles WORD's Unicode letter classes in a millisecond or two, a noticeable part of a
 * run on one posting.
 */
export const LATIN_TEXT = /^[\0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf]*$/
const CLAUSE_BREAK = /[;:()[\]{}—–]|[.!?](?:\s|$)|\s-\s/
const LIST_BREAK = /[,&/+]/
/** Conjunctions that start a clause of their own: "you won't run sprints, but you will own the roadmap". */
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however'])

/**
 * British and American spellings meet before stemming (prioritise/prioritize, organisation/
 * organization). The rewrite only has to be the same for the vocabulary and the text, so words
 * it catches by accident (enterprise) do no harm.
 */
function americanise(word: string): string {
  return word.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
}

const stemCache = new Map<string, string>()
let prebuilt: Record<string, string> = {}
/** Stems worked out at build time (scripts/gen-stems.mjs); anything else is stemmed here. */
export function usePrebuiltStems(table: Record<string, string>): void {
  prebuilt = table
}
/**
 * Longer than any English word: kept as it is, not stemmed. The stemmer's patterns backtrack once
 * per character, and on a "word" of megabytes with no blank (a pasted blob) they overflow the stack.
 */
const LONGEST_STEMMED = 64
export function stemOf(norm: string): string {
  if (norm.length > LONGEST_STEMMED) return norm
  let stem = stemCache.get(norm) ?? (Object.hasOwn(prebuilt, norm) ? prebuilt[norm] : undefined)
  if (stem === undefined) {
    stem = stemmer(americanise(norm))
    if (stemCache.size > 50000) stemCache.clear()
    stemCache.set(norm, stem)
  }
  return stem
}

export function normalise(word: string): string {
  const lower = word.toLowerCase()
  // Most words have no apostrophe: skip the two rewrites for them.
  return lower.includes("'") || lower.includes('’') ? lower.replace(/’/g, "'").replace(/'s$/, '') : lower
}

interface WordForms extends WordSlot {
  norm: string
  stem: string
  suffix: string
  key: string
  stemId: number
  classes: number
  keyId: number
  /** The word is one of CLAUSE_WORDS. */
  opensClause: boolean
  /** The word may start or end a role mention (see `isRoleWord`). */
  roleWord: boolean
  /** The written word and its hash (see `mix`), for `WordTable`. */
  word: string
  hash: number
}
function makeForms(word: string, hash = 0): WordForms {
  const norm = normalise(word)
  const stem = stemOf(norm)
  const suffix = nounSuffix(norm)
  let classes = classesOfNorm.get(norm) ?? 0
  for (let k = 0; k < classTests.length; k++) if ((classTests[k] as ClassTest).test(norm, stem)) classes |= (classTests[k] as ClassTest).bit
  const stemId = stemIds.get(stem) ?? 0
  return {norm, stem, suffix, key: `${stem}|${suffix}`, stemId, classes, keyId: keyIdOf(stemId, suffix), opensClause: CLAUSE_WORDS.has(norm), roleWord: isRoleWord(norm), word, hash, reader: null}
}

/*
 * Word classes: sets of words that the matching code asks about at many tokens (negators,
 * coordinators, words a gap never crosses). Each is a bit of a token's `classes`, worked out once
 * per distinct word, so that the question is a bit test rather than a look-up of the word's
 * string in a set (which hashes and compares the characters of a string that is new with every
 * posting). A class of listed words costs a new word one look-up of its norm for all of them.
 */
let classCount = 0
/** Per norm, the bits of the listed classes (`wordsClass`) it is in. */
const classesOfNorm = new Map<string, number>()
/** The classes that a test of the word decides (`wordClass`). */
interface ClassTest {
  bit: number
  test: (norm: string, stem: string) => boolean
}
const classTests: ClassTest[] = []
/** A new class's bit; the forms worked out so far did not know it. */
function newClass(): number {
  if (classCount === 31) throw new Error('too many word classes')
  forgetForms()
  return 1 << classCount++
}
/** A class of the words that pass a test of their norm and stem. */
export function wordClass(test: ClassTest['test']): number {
  const bit = newClass()
  classTests.push({bit, test})
  return bit
}
/** A class of the words whose norm is one of these. */
export function wordsClass(words: Iterable<string>): number {
  const bit = newClass()
  for (const word of words) classesOfNorm.set(word, (classesOfNorm.get(word) ?? 0) | bit)
  return bit
}
/** Whether a token's word is in a class of `wordClass`. */
export const inClass = (t: Token, wordClassBit: number): boolean => (t.classes & wordClassBit) !== 0

/** Drops the forms worked out so far, when what they hold would be worked out differently now. */
function forgetForms(): void {
  if (formsCache.size) formsCache.clear()
  if (!wordTable.empty) wordTable.clear()
}

const formsCache = new Map<string, WordForms>()
/** The forms of a written word, worked out once per distinct word. */
function formsOf(word: string): WordForms {
  let forms = formsCache.get(word)
  if (!forms) {
    forms = makeForms(word)
    if (formsCache.size > 50000) formsCache.clear()
    formsCache.set(word, forms)
  }
  return forms
}

/** How many places `WordTable.get` looks at before it gives up on the table for that word. */
const MAX_PROBES = 64

/**
 * The forms of the words `scanLatin` reads, by the written word: a table with open addressing
 * that finds a word by a hash of its characters, which the scan works out as it reads them, and
 * by the characters themselves in the text, so that no string is made for a word seen before.
 * One array of the forms, which hold their word and hash: a look-up touches the array, the forms
 * and the word's characters, and nothing else (the parse between two postings pushes all of it
 * out of the near caches, so each place it touches costs a trip to memory).
 */
class WordTable {
  private size = 0
  private places = new Array<WordForms | undefined>(1024).fill(undefined)

  /** The forms of `text.slice(start, end)`, whose characters hash (`mix`ed) to `hash`. */
  get(text: string, start: number, end: number, hash: number): WordForms {
    const places = this.places
    const mask = places.length - 1
    const length = end - start
    let slot = hash & mask
    let probes = 0
    for (let forms = places[slot]; forms !== undefined; forms = places[slot]) {
      // startsWith compares the characters in one go, which V8 does faster than a loop of charCodeAt on both.
      if (forms.hash === hash && forms.word.length === length && text.startsWith(forms.word, start)) return forms
      // Words made to share a hash would make every look-up walk one long run of places: past a
      // few dozen, the word goes by the ordinary map instead, so a look-up stays bounded.
      if (++probes > MAX_PROBES) return formsOf(text.slice(start, end))
      slot = (slot + 1) & mask
    }
    const forms = makeForms(text.slice(start, end), hash)
    places[slot] = forms
    if (++this.size * 2 > places.length) this.grow()
    return forms
  }

  /** Doubles the table, up to 2^17 places; a full one starts again empty. */
  private grow(): void {
    const old = this.places
    const capacity = old.length < 1 << 17 ? old.length * 2 : old.length
    this.clear(capacity)
    if (capacity === old.length) return
    const mask = capacity - 1
    for (const forms of old) {
      if (forms === undefined) continue
      let slot = forms.hash & mask
      while (this.places[slot] !== undefined) slot = (slot + 1) & mask
      this.places[slot] = forms
      this.size++
    }
  }

  get empty(): boolean {
    return this.size === 0
  }

  clear(capacity = this.places.length): void {
    this.size = 0
    this.places = new Array<WordForms | undefined>(capacity).fill(undefined)
  }
}
const wordTable = new WordTable()

/** The words that may start or end a role mention (roles.ts `isRoleWord`), for findRoleMentions to tell by a bit. */
export const ROLE_WORD = wordClass((norm) => isRoleWord(norm))
/** Words that start a multi-word role name, and words that head one or are one (roles.ts). */
export const ROLE_START = wordClass((norm) => startsRoleName(norm))
export const ROLE_HEAD = wordClass((norm) => headsRoleName(norm))
/** The prefixes that some vocabulary's first slots hold (see `registerStartPrefix`). */
const startPrefixes: string[] = []
/**
 * The words that start with a prefix some vocabulary's first slot holds ("positioning*"): most
 * words start with none, which this class says without comparing the word with each prefix.
 */
export const STARTS_PREFIX = wordClass((norm) => startPrefixes.some((prefix) => norm.startsWith(prefix)))
/** Tells the matcher a prefix that a vocabulary's first slot holds (see STARTS_PREFIX). */
export function registerStartPrefix(prefix: string): void {
  if (startPrefixes.includes(prefix)) return
  startPrefixes.push(prefix)
  forgetForms()
}

/** Spreads the bits of a hash of characters (`Math.imul(h, 31) + c`) over the low ones the table uses. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
  return h ^ (h >>> 16)
}

/**
 * A unit's words. Also notes which slot-starting stems they hold, for `holdsNeeds`: the scan
 * does it as it meets each word's forms, which a second pass over the tokens would fetch again.
 */
export function tokenize(text: string): Token[] {
  clearPresent()
  const tokens = scanLatin(text)
  if (tokens) return tokens
  const unicode = tokenizeUnicode(text)
  notePresent(unicode)
  return unicode
}

/** Tokenizes any text with the Unicode word pattern. */
function tokenizeUnicode(text: string): Token[] {
  const tokens: Token[] = []
  let clause = 0
  let last = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const forms = formsOf(m[0])
    const {norm, stem, suffix, key, stemId, classes, keyId} = forms
    // What lies between two words is mostly one space: only look closer when it is not.
    const plainGap = start - last === 1 && text.charCodeAt(last) === 32
    const between = plainGap ? ' ' : text.slice(last, start)
    if (tokens.length && ((!plainGap && CLAUSE_BREAK.test(between)) || CLAUSE_WORDS.has(norm))) clause++
    tokens.push({norm, stem, start, end: start + m[0].length, clause, afterComma: !plainGap && LIST_BREAK.test(between), suffix, key, stemId, classes, keyId, forms})
    last = start + m[0].length
  }
  return tokens
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
/** Per ASCII code, 1 for a letter or digit: one look-up per character of a word, where three ranges were compared. */
const WORD_CHAR = Uint8Array.from({length: 128}, (_, c) => (isLetter(c) || (c >= 48 && c <= 57) ? 1 : 0))
const isLetterOrDigit = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1
/** The characters beyond ASCII that `LATIN_TEXT` allows. */
const isLatinSign = (c: number): boolean =>
  c <= 0xa9 || (c >= 0xab && c <= 0xb1) || c === 0xb4 || (c >= 0xb6 && c <= 0xb8) || c === 0xbb || c === 0xbf || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)
/** The code unit is one that `\s` matches in a regular expression (a test, not a pattern: it runs per character). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
/** CLAUSE_BREAK's single characters: `;` `:` brackets and the two dashes. */
const isClauseSign = (c: number): boolean => c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 0x2014 || c === 0x2013

/**
 * `tokenize` for `LATIN_TEXT` in one pass over the characters: the words of ASCII_WORD, and
 * between them what CLAUSE_BREAK and LIST_BREAK look for. Null when the text is not LATIN_TEXT.
 */
function scanLatin(text: string): Token[] | null {
  const tokens: Token[] = []
  const stemsHeld = present
  let firstRole = -1
  const n = text.length
  let clause = 0
  let clauseBreak = false
  let listBreak = false
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (!isLetterOrDigit(c)) {
      // A space, most of what lies between words, is none of the signs looked for below.
      if (c === 32) {
        i++
        continue
      }
      if (c > 0x7f && !isLatinSign(c)) return null
      if (isClauseSign(c)) clauseBreak = true
      else if (c === 46 || c === 33 || c === 63) {
        // `.` `!` `?` before a space or the next word
        if (i + 1 === n || isSpaceCode(text.charCodeAt(i + 1)) || isLetterOrDigit(text.charCodeAt(i + 1))) clauseBreak = true
      } else if (c === 45) {
        // a dash written ` - `
        if (i > 0 && i + 1 < n && isSpaceCode(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i + 1))) clauseBreak = true
      } else if (c === 44 || c === 38 || c === 47 || c === 43) listBreak = true
      i++
      continue
    }
    const start = i
    let hash = c
    for (let d = 0; ++i < n && isLetterOrDigit((d = text.charCodeAt(i))); ) hash = (Math.imul(hash, 31) + d) | 0
    // An apostrophe and letters: "team's", "won't".
    if (i + 1 < n && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && isLetter(text.charCodeAt(i + 1))) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
      for (let d = 0; ++i < n && isLetter((d = text.charCodeAt(i))); ) hash = (Math.imul(hash, 31) + d) | 0
    }
    const forms = wordTable.get(text, start, i, mix(hash))
    const {norm, stem, suffix, key, stemId, classes, keyId, opensClause, roleWord} = forms
    if (tokens.length && (clauseBreak || opensClause)) clause++
    if (roleWord && firstRole < 0) firstRole = tokens.length
    stemsHeld[stemId >> 5] = (stemsHeld[stemId >> 5] as number) | (1 << (stemId & 31))
    tokens.push({norm, stem, start, end: i, clause, afterComma: listBreak, suffix, key, stemId, classes, keyId, forms})
    clauseBreak = false
    listBreak = false
  }
  noteRoleWords(tokens, firstRole < 0 ? tokens.length : firstRole)
  return tokens
}

export interface Word {
  prefix: boolean
  value: string
  /** The derivational noun suffix of the written word (manager: "er", execution: "tion"), or "". */
  noun: string
  /**
   * Its stem's and suffix's numbers in one (see `keyIdOf`), given when its pattern is finished
   * (`finishPattern`); 0 for a prefix, compared by its string.
   */
  keyId: number
}

/**
 * Derived nouns share a stem with their verb (manager/manage, execution/execute,
 * development/develop): a word only matches a token that is derived the same way, so
 * "Product Manager, you will..." is not "manage". An adjective in -able says what a thing can
 * be, not what the hire does to it: "measurable value" is not "measure the value" (after four
 * letters at least: "enable", "disable" and "unable" are words of their own).
 */
const NOUN_SUFFIX = /(?:[^e](er)s?|(ment)s?|(tion)s?|(sion)s?|(ance)s?|(ence)s?|[a-z]{4}(able)s?)$/
/** The derivational suffix ("er", "ment", "tion", "sion", "ance", "ence", "able"), or "" for other words. */
const nounSuffix = (word: string): string => {
  if (word.length <= 4) return ''
  const m = NOUN_SUFFIX.exec(word)
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? '') : ''
}

const COORDINATING = wordsClass(['and', 'or'])
/** Stems of the verbs the vocabulary's verb groups use; set by `registerVerbs`. */
const verbStems = new Set<string>()
/** Tells the matcher which words are verbs, so a gap can stop where a new verb phrase starts. */
export function registerVerbs(words: string[]): void {
  for (const w of words) verbStems.add(stemOf(normalise(w)))
}

const DETERMINER_AFTER_VERB = wordsClass(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'each', 'every', 'all'])
/** "and agree the goal": a coordinator, a vocabulary verb, then a determiner. */
function startsVerbPhrase(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token
  const next = tokens[j + 1]
  return inClass(tokens[j - 1] as Token, COORDINATING) && verbStems.has(t.stem) && !t.suffix && !!next && inClass(next, DETERMINER_AFTER_VERB)
}

/** Words a gap never crosses: a new predicate or a negation starts there. */
const GAP_STOP = wordsClass(['may', 'might', 'must', 'should', 'will', 'would', 'can', 'could', 'shall', 'is', 'are', 'was', 'were', 'without', 'not', 'never', 'no'])
/** One alternative of a slot: one word, or several in a row (`stand+up`). */
export type Alternative = Word[]
export interface Slot {
  alternatives: Alternative[]
  /** Words allowed between the previous slot and this one. */
  gap: number
  /**
   * The one-word, non-prefix alternatives, looked up at once: those without a noun suffix by their
   * stems' numbers, as a bit set whose first 32-bit word is the `singleFrom`th (see `holdsIdFrom`),
   * and those with one (rarer) by their key numbers (`keyIdOf`), listed. Null for none.
   */
  singleIds: Int32Array | null
  singleFrom: number
  suffixedSingles: Int32Array | null
  /** The other alternatives (several words, or a prefix), tried one by one. */
  rest: Alternative[]
  /**
   * The stem ids (`stemIdOf`) of its alternatives' first words as a bit set from its
   * `firstFrom`th 32-bit word on (see `holdsIdFrom`), when none is a prefix; null when one is. A
   * token whose stem id is not in it starts no alternative, which one look-up in it says without
   * the look-ups of `slotAt`.
   */
  firstIds: Int32Array | null
  firstFrom: number
}

export interface CompiledPattern {
  slots: Slot[]
  /** The first slot is a verb: it cannot follow an article or possessive ("the lead", "our plan"). */
  verbFirst: boolean
  /** Stems that can start a match; null when the first slot has a prefix word. */
  firstStems: string[] | null
  /**
   * What `holdsNeeds` looks for: per slot after the first that has no prefix word, the stem ids
   * (`stemIdOf`) of its alternatives' first words as a sparse bit set, that is the number of
   * 32-bit words, then each word's index and bits; and where one of them has several words, their
   * last words' as another such set.
   */
  needs: Int32Array
}

const GAP_LONG = 8
const GAP_SHORT = 3

/**
 * Compiles a pattern: slots separated by spaces, `...` allowing up to eight words between two
 * slots and `..` up to three (never across a clause), `a|b` alternatives, `a+b` words in a row,
 * `strateg*` a prefix of the written word, a leading `@` a verb first. Words are stemmed like
 * the text.
 */
export function compilePattern(pattern: string, macros: Record<string, string> = {}): CompiledPattern {
  const slots: {alternatives: Alternative[]; gap: number}[] = []
  let gap = 0
  const verbFirst = pattern.trimStart().startsWith('@')
  for (const raw of pattern.trim().replace(/^@/, '').split(/\s+/)) {
    if (raw === '...') {
      gap = GAP_LONG
      continue
    }
    if (raw === '..') {
      gap = GAP_SHORT
      continue
    }
    const expanded = raw.replace(/\$([A-Z_]+)/g, (_, name: string) => {
      const macro = macros[name]
      if (macro === undefined) throw new Error(`unknown macro $${name} in pattern "${pattern}"`)
      return macro
    })
    const alternatives = expanded.split('|').filter(Boolean).map((alt) =>
      alt.split('+').map((w): Word => {
        const word = normalise(w)
        return word.endsWith('*') ? {prefix: true, value: word.slice(0, -1), noun: '', keyId: 0} : {prefix: false, value: stemOf(word), noun: nounSuffix(word), keyId: 0}
      }),
    )
    if (!alternatives.length) throw new Error(`empty slot in pattern "${pattern}"`)
    slots.push({alternatives, gap})
    gap = 0
  }
  if (!slots.length) throw new Error('empty pattern')
  return finishPattern({slots, verbFirst})
}

/** Builds a pattern's lookup tables from its slots (build-time data is read with them made: PatternReader). */
function finishPattern(data: {slots: {alternatives: Alternative[]; gap: number}[]; verbFirst: boolean}): CompiledPattern {
  const needs: number[] = []
  const slots: Slot[] = data.slots.map(({alternatives, gap}, s) => {
    // Every slot's first words get their stems' numbers, in slot order, the first's for Vocabulary's index.
    const ids = alternatives.map((alt) => ((alt[0] as Word).prefix ? 0 : stemIdOf((alt[0] as Word).value)))
    const singles: number[] = []
    const suffixed: number[] = []
    const rest: Alternative[] = []
    for (let a = 0; a < alternatives.length; a++) {
      const alt = alternatives[a] as Alternative
      // A later word of an alternative gets its stem numbered here, after the slot's first words.
      for (let k = 0; k < alt.length; k++) {
        const word = alt[k] as Word
        if (!word.prefix) word.keyId = keyIdOf(k === 0 ? (ids[a] as number) : stemIdOf(word.value), word.noun)
      }
      const word = alt[0] as Word
      if (alt.length > 1 || word.prefix) rest.push(alt)
      else if (word.noun) suffixed.push(word.keyId)
      else singles.push(ids[a] as number)
    }
    let firstIds: Int32Array | null = null
    const firstFrom = Math.min(...ids) >> 5
    if (!ids.includes(0)) {
      firstIds = bitSet(ids, firstFrom)
      if (s > 0) needs.push(...idBits(ids))
      // A match holds every word of the alternative it takes, its last too: where an alternative
      // has several words ("the why"), one of the slot's last words is needed as well, which is
      // often the rarer ("why" where "the" is in every unit).
      if (s > 0 && alternatives.some((alt) => alt.length > 1) && alternatives.every((alt) => !alt.some((w) => w.prefix))) {
        needs.push(...idBits(alternatives.map((alt) => stemIdOf((alt[alt.length - 1] as Word).value))))
      }
    }
    const singleFrom = singles.length ? Math.min(...singles) >> 5 : 0
    const singleIds = singles.length ? bitSet(singles, singleFrom) : null
    return {alternatives, gap, singleIds, singleFrom, suffixedSingles: suffixed.length ? Int32Array.from(suffixed) : null, rest, firstIds, firstFrom}
  })
  return {slots, firstStems: firstStemsOf(slots[0] as Slot), verbFirst: data.verbFirst, needs: Int32Array.from(needs)}
}

/** The stems that can start a match of a pattern whose first slot this is (CompiledPattern.firstStems). */
const firstStemsOf = (first: Slot): string[] | null => (first.alternatives.some((a) => (a[0] as Word).prefix) ? null : first.alternatives.map((a) => (a[0] as Word).value))

/** Numbers as a bit set whose first 32-bit word is the `from`th (see `holdsIdFrom`). */
function bitSet(ids: number[], from: number): Int32Array {
  const bits = new Int32Array((Math.max(...ids) >> 5) + 1 - from)
  for (const id of ids) bits[(id >> 5) - from] = (bits[(id >> 5) - from] as number) | (1 << (id & 31))
  return bits
}

/** Numbers of the stems of the compiled patterns' words, from 1 (see `stemIdOf`). */
const stemIds = new Map<string, number>()
/**
 * The number of a stem of a pattern's word (those that start a slot are what `firstIds`, `needs`
 * and Vocabulary's index look for; the others give their words a `keyId`). A new one clears the
 * word forms worked out so far, whose `stemId` did not know it.
 */
export function stemIdOf(stem: string): number {
  let id = stemIds.get(stem)
  if (id === undefined) {
    id = stemIds.size + 1
    stemIds.set(stem, id)
    // Only forms read before this stem had a number are stale (the built-in patterns number
    // theirs before any text is read: clearing then would make a fresh table per stem).
    forgetForms()
  }
  return id
}

/** The stems numbered so far, in the order of their numbers: for the build-time table. */
export function stemNumbering(): string[] {
  return [...stemIds.keys()]
}

/**
 * Takes over the build's stem numbering (`stemNumbering`), so that the numbers in its patterns
 * hold. False when stems were numbered otherwise first (a pattern compiled before, as a test
 * may): the build's patterns are then compiled again. Stems numbered after the build's (a phrase
 * from a config) leave it in force.
 */
export function useStemNumbering(stems: readonly string[]): boolean {
  let id = 0
  for (const stem of stemIds.keys()) {
    if (id === stems.length) return true
    if (stems[id++] !== stem) return false
  }
  if (id === stems.length) return true
  for (; id < stems.length; id++) stemIds.set(stems[id] as string, id + 1)
  forgetForms()
  return true
}

/** The noun suffixes (`nounSuffix`) by number, "" first. */
const SUFFIXES = ['', 'er', 'ment', 'tion', 'sion', 'ance', 'ence', 'able']
/**
 * A word's stem and suffix as one number, for a one-word alternative's look-up (`Slot.singleIds`)
 * and a comparison of two numbers where there were two of strings. It needs no table of its own
 * (whose numbering at start-up would cost a cold run more than it saves): the stem's number and
 * the suffix's. 0 when the stem has none, as most words' stems: such a word is in no slot's
 * singles and equals no pattern's word (a pattern's prefix word, 0, is compared by its string).
 */
function keyIdOf(stemId: number, suffix: string): number {
  return stemId === 0 ? 0 : stemId * 8 + SUFFIXES.indexOf(suffix)
}

/** Stem ids as a sparse bit set: the number of 32-bit words, then each word's index and bits (one group of `needs`: see holdsNeeds). */
export function idBits(ids: number[]): number[] {
  const words = new Map<number, number>()
  for (const id of ids) words.set(id >> 5, (words.get(id >> 5) ?? 0) | (1 << (id & 31)))
  return [words.size, ...[...words].flat()]
}

/** The stem ids that the tokens last read by `tokenize` hold, as a bit set. */
let present = new Int32Array(0)
function clearPresent(): void {
  if (present.length <= stemIds.size >> 5) present = new Int32Array((stemIds.size >> 5) + 2)
  else present.fill(0)
}
/** Notes which numbered stems the tokens of a unit hold, for `holdsNeeds` (the scan notes them as it reads; `tokenize` clears them first). */
function notePresent(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const id = (tokens[i] as Token).stemId
    present[id >> 5] = (present[id >> 5] as number) | (1 << (id & 31))
  }
}

/**
 * Whether the tokens `tokenize` read last hold a first word for every slot after a
 * pattern's first, its `needs` being `needs[from..to)`: without one, no match of it can end in them.
 */
export function holdsNeeds(needs: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const end = k + 1 + 2 * (needs[k] as number)
    let found = false
    for (k++; k < end && !found; k += 2) found = ((present[needs[k] as number] as number) & (needs[k + 1] as number)) !== 0
    if (!found) return false
    k = end
  }
  return true
}

/**
 * Compiled patterns as build-time data (scripts/gen-stems.mjs), their tables worked out, so that a
 * cold run only reads them (working them out was most of the cost of building the vocabulary).
 * The stem numbers in them are those of the numbering the build wrote beside them
 * (`stemNumbering`), which a run takes over before it numbers a stem itself (`useStemNumbering`).
 * `numbers` holds each pattern from its offset on: verbFirst (0 or 1), the number of slots, then per
 * slot its gap, its alternatives (how many; per alternative its length and its words' indexes in
 * `words`), `firstIds`, `singleFrom`, `singleIds` and `suffixedSingles` (each Int32Array as its
 * length, 0 for null, then its numbers), and last the pattern's `needs` (length, numbers).
 */
export interface PatternTable {
  /** The distinct words: a stem, with `^suffix` for a derived noun, or a prefix with `*`. */
  words: string[]
  /** Each word's `keyId`. */
  keys: number[]
  numbers: number[]
}

/** Writes compiled patterns into a PatternTable. */
export class PatternWriter {
  private readonly wordIndex = new Map<string, number>()
  readonly table: PatternTable = {words: [], keys: [], numbers: []}

  /** Adds a pattern; its offset in the table's numbers. */
  add(pattern: CompiledPattern): number {
    const out = this.table.numbers
    const at = out.length
    const list = (bits: Int32Array | null) => out.push(bits ? bits.length : 0, ...(bits ?? []))
    out.push(pattern.verbFirst ? 1 : 0, pattern.slots.length)
    for (const slot of pattern.slots) {
      out.push(slot.gap, slot.alternatives.length)
      for (const alt of slot.alternatives) out.push(alt.length, ...alt.map((w) => this.wordAt(w)))
      out.push(slot.firstFrom)
      list(slot.firstIds)
      out.push(slot.singleFrom)
      list(slot.singleIds)
      list(slot.suffixedSingles)
    }
    list(pattern.needs)
    return at
  }

  private wordAt(word: Word): number {
    const text = word.prefix ? `${word.value}*` : word.noun ? `${word.value}^${word.noun}` : word.value
    let index = this.wordIndex.get(text)
    if (index === undefined) {
      index = this.table.words.length
      this.wordIndex.set(text, index)
      this.table.words.push(text)
      this.table.keys.push(word.keyId)
    }
    return index
  }
}

/** Reads the patterns of a PatternTable, under the numbering it was made with (see `useStemNumbering`). */
export class PatternReader {
  private readonly table: PatternTable
  private readonly numbers: Int32Array
  /** The words, made on first use and shared by every pattern (nothing changes them). */
  private readonly words: (Word | undefined)[] = []

  constructor(table: PatternTable) {
    this.table = table
    this.numbers = Int32Array.from(table.numbers)
  }

  /** The pattern written at an offset. Its bit sets are views of the table's numbers, not copies. */
  read(at: number): CompiledPattern {
    const n = this.numbers
    let k = at
    const verbFirst = n[k++] === 1
    const slots: Slot[] = []
    for (let s = n[k++] as number; s > 0; s--) {
      const gap = n[k++] as number
      const alternatives: Alternative[] = []
      const rest: Alternative[] = []
      for (let a = n[k++] as number; a > 0; a--) {
        const alt: Alternative = []
        for (let w = n[k++] as number; w > 0; w--) alt.push(this.word(n[k++] as number))
        alternatives.push(alt)
        if (alt.length > 1 || (alt[0] as Word).prefix) rest.push(alt)
      }
      const firstFrom = n[k++] as number
      let length = n[k++] as number
      const firstIds = length ? n.subarray(k, (k += length)) : null
      const singleFrom = n[k++] as number
      length = n[k++] as number
      const singleIds = length ? n.subarray(k, (k += length)) : null
      length = n[k++] as number
      const suffixedSingles = length ? n.subarray(k, (k += length)) : null
      // In the shape finishPattern makes, so that the matcher's reads of a slot see one shape.
      slots.push({alternatives, gap, singleIds, singleFrom, suffixedSingles, rest, firstIds, firstFrom})
    }
    const length = n[k++] as number
    return {slots, firstStems: firstStemsOf(slots[0] as Slot), verbFirst, needs: n.subarray(k, k + length)}
  }

  private word(index: number): Word {
    let word = this.words[index]
    if (!word) {
      const text = this.table.words[index] as string
      const hat = text.indexOf('^')
      if (text.endsWith('*')) word = {prefix: true, value: text.slice(0, -1), noun: '', keyId: 0}
      else word = hat < 0 ? {prefix: false, value: text, noun: '', keyId: this.table.keys[index] as number} : {prefix: false, value: text.slice(0, hat), noun: text.slice(hat + 1), keyId: this.table.keys[index] as number}
      this.words[index] = word
    }
    return word
  }
}

/** The stems registerVerbs has seen, for the build-time table. */
export function registeredVerbs(): string[] {
  return [...verbStems]
}

/** Registers stems worked out at build time (see registerVerbs). */
export function registerVerbStems(stems: readonly string[]): void {
  for (const stem of stems) verbStems.add(stem)
}

/** Words before which a verb-looking word is a noun: "the lead", "engineering lead", "our plan". */
const NOUN_MAKERS = wordsClass(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'this', 'that', 'each', 'every', 'engineering', 'tech', 'technical', 'team', 'design', 'delivery', 'project', 'squad'])
const OF = wordsClass(['of'])
const BY = wordsClass(['by'])

function wordMatches(word: Word, token: Token): boolean {
  if (word.prefix) return token.norm.startsWith(word.value)
  // The key's number, when the pattern gave the word one: one comparison of numbers for two of strings.
  return word.keyId !== 0 ? token.keyId === word.keyId : token.stem === word.value && token.suffix === word.noun
}

/** Whether a bit set whose first 32-bit word is the `from`th (`bitSet`) holds `id`. */
const holdsIdFrom = (bits: Int32Array, from: number, id: number): boolean => {
  const w = (id >> 5) - from
  return w >= 0 && w < bits.length && ((bits[w] as number) & (1 << (id & 31))) !== 0
}

/** Length of the alternative that matches at `i`, or 0. */
function slotAt(slot: Slot, tokens: Token[], i: number, clause: number): number {
  const first = tokens[i]
  if (!first || first.clause !== clause) return 0
  if (slot.firstIds !== null && !holdsIdFrom(slot.firstIds, slot.firstFrom, first.stemId)) return 0
  // The key number's low bits are the noun suffix's (0 for none, or for a stem without a number).
  if ((first.keyId & 7) === 0 ? slot.singleIds !== null && holdsIdFrom(slot.singleIds, slot.singleFrom, first.stemId) : slot.suffixedSingles !== null && slot.suffixedSingles.includes(first.keyId)) return 1
  for (const alt of slot.rest) {
    let ok = true
    for (let k = 0; k < alt.length; k++) {
      const t = tokens[i + k]
      if (!t || t.clause !== clause || !wordMatches(alt[k] as Word, t)) {
        ok = false
        break
      }
    }
    if (ok) return alt.length
  }
  return 0
}

/** The token indexes a match used: each slot's first token, and the end (exclusive). */
export interface PatternMatch {
  first: number
  last: number
  slotTokens: number[]
}

/** Suffixes of a noun made from a verb that names the act ("prioritisation", "management"). */
const ACT_SUFFIXES = new Set(['tion', 'sion', 'ment', 'ance', 'ence'])
/**
 * "prioritisation of the backlog", "management of the release plan": a noun naming an act, then
 * "of", reads as its verb (issue 11, nominalisations). Returns the verb's stem, or null. A noun
 * of the doer ("manager of the team") is a person, not the act; nouns whose stem is not their
 * verb's ("ownership") are the vocabulary's own entries.
 */
function actNoun(tokens: Token[], i: number): string | null {
  const t = tokens[i] as Token
  const next = tokens[i + 1]
  if (!next || !inClass(next, OF) || next.clause !== t.clause) return null
  return ACT_SUFFIXES.has(t.suffix) ? t.stem : null
}

/**
 * The first slot of a verb pattern holds this stem as a one-word alternative, whatever suffix the
 * pattern's word has ("document" reads as a noun in "ment", "deliver" in "er").
 */
const firstSlotHasVerb = (pattern: CompiledPattern, stem: string): boolean =>
  (pattern.slots[0] as Slot).alternatives.some((alt) => alt.length === 1 && !(alt[0] as Word).prefix && (alt[0] as Word).value === stem)

/**
 * Matches slots s.. of a pattern from token `pos` inside one clause, recording each slot's first
 * token; the end (exclusive) of the match, or -1.
 */
function walk(pattern: CompiledPattern, tokens: Token[], clause: number, nominal: boolean, slotTokens: number[], s: number, pos: number): number {
  if (s === pattern.slots.length) return pos
  const slot = pattern.slots[s] as Slot
  const limit = s === 0 ? pos : pos + slot.gap
  // Most tries fail for want of the slot's word within reach: the stem numbers say so at once,
  // without the word look-ups of the loop below, which can only stop it sooner.
  const ids = slot.firstIds
  if (s > 0 && ids !== null) {
    let reachable = false
    const from = slot.firstFrom
    for (let j = pos; j <= limit && j < tokens.length && !reachable; j++) reachable = holdsIdFrom(ids, from, (tokens[j] as Token).stemId)
    if (!reachable) return -1
  }
  for (let j = pos; j <= limit && j < tokens.length; j++) {
    const t = tokens[j] as Token
    if (t.clause !== clause) break
    if (j > pos && inClass(tokens[j - 1] as Token, GAP_STOP)) break
    // "...planning and agree the goal": after "and", a verb of the vocabulary starts another phrase.
    if (j > pos && slot.gap > 0 && j - 1 > pos && startsVerbPhrase(tokens, j) && !slotAt(slot, tokens, j, clause)) break
    const len = s === 0 && nominal ? 1 : slotAt(slot, tokens, j, clause)
    if (len) {
      slotTokens[s] = j
      const end = walk(pattern, tokens, clause, nominal, slotTokens, s + 1, j + len)
      if (end >= 0) return end
    }
  }
  return -1
}

/** Where `walk` notes each slot's first token: one array for every try, copied only for a match (most tries fail). */
const SLOT_TOKENS: number[] = []

/**
 * Finds the first match of a pattern starting at token `i`. Each slot tries each position its
 * gap allows, so the work per start is bounded by the pattern, never by the text.
 */
export function matchAt(pattern: CompiledPattern, tokens: Token[], i: number): PatternMatch | null {
  const start = tokens[i]
  if (!start) return null
  const clause = start.clause
  const act = pattern.verbFirst ? actNoun(tokens, i) : null
  const nominal = act !== null && firstSlotHasVerb(pattern, act)
  // i > 0 first: tokens[-1] is a property look-up, not an element's.
  const before = i > 0 ? tokens[i - 1] : undefined
  if (pattern.verbFirst && !nominal && before && before.clause === clause && inClass(before, NOUN_MAKERS)) return null
  // "needs defined by the client": a participle before "by" is somebody else's act.
  const after = tokens[i + 1]
  if (pattern.verbFirst && after && inClass(after, BY)) return null
  const slotTokens = SLOT_TOKENS
  const end = walk(pattern, tokens, clause, nominal, slotTokens, 0, i)
  if (end < 0) return null
  // "Own the roadmap and run sprint planning": a later verb of the same slot starts the real match.
  if (pattern.verbFirst && pattern.slots.length > 1) {
    const first = pattern.slots[0] as Slot
    for (let k = i + 1; k < (slotTokens[1] as number); k++) {
      if (slotAt(first, tokens, k, clause) && !inClass(tokens[k - 1] as Token, NOUN_MAKERS)) return null
    }
  }
  return {first: i, last: end - 1, slotTokens: slotTokens.slice(0, pattern.slots.length)}
}
