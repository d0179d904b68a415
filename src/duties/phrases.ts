/**
 * Phrase lists for the document-level rules (accountability, success criteria, engineering
 * partnership, customer voice, validation): data with a note on every entry, matched sentence by
 * sentence on the posting's plain text or its duty units.
 */

import {NEGATION} from './words.ts'

/** One phrase a rule looks for, and why it counts. */
export interface Phrase {
  /** `^` anchors at the start of a sentence (an imperative: "Own the roadmap"). Never global or sticky: matching keeps no state. */
  pattern: RegExp
  note: string
}

/** Where a phrase matched. */
export interface PhraseMatch {
  /** The words of the text that matched, as written. */
  words: string
}

/**
 * Glyphs that lead a line as a bullet in text pasted without Markdown list markers ("• Own the
 * roadmap"): such a line starts a sentence, and the glyph is no word of it.
 */
export const BULLET_GLYPHS = '•·▪◦●■►➢➤▸▶◆✓✔'
const LEADING_GLYPH = new RegExp(`^[${BULLET_GLYPHS}]\\s*`)
/** A line break before a line a bullet glyph leads: where a sentence ends (the break alone). */
const BREAK_BEFORE_BULLET = `\\n(?=[ \\t]*[${BULLET_GLYPHS}])`

/** A sentence's end: a mark and blanks before a capital, or a line break before a line a bullet glyph leads. */
export const SENTENCE_END = new RegExp(`(?<=[.!?])\\s+(?=["“(]?[A-Z])|${BREAK_BEFORE_BULLET}`)
/** SENTENCE_END with its mark: a pattern that opens with a character is looked for quickly. */
const MARK_AND_BLANKS = new RegExp(`[.!?](\\s+)(?=["“(]?[A-Z])|${BREAK_BEFORE_BULLET}`, 'g')

/**
 * `text.split(SENTENCE_END)`, found by the end mark rather than by looking behind every blank: the
 * blanks after a mark are all taken, as what follows them is no blank.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = []
  let from = 0
  MARK_AND_BLANKS.lastIndex = 0
  for (let m = MARK_AND_BLANKS.exec(text); m; m = MARK_AND_BLANKS.exec(text)) {
    // A line break before a bullet: the break alone is taken.
    const blanks = m[1]
    out.push(text.slice(from, blanks === undefined ? m.index : m.index + 1))
    from = blanks === undefined ? m.index + 1 : m.index + 1 + blanks.length
  }
  out.push(text.slice(from))
  return out
}

/** A sentence as the phrases are matched against it: without blanks at either end or a bullet glyph before its words. */
export function sentenceWords(raw: string): string {
  const sentence = raw.trim()
  const glyph = LEADING_GLYPH.exec(sentence)
  return glyph ? sentence.slice(glyph[0].length) : sentence
}
// A negator beyond the start of the phrase's clause does not reach it.
const CLAUSE_BREAK = /[.;:,()—–]|\s-\s|\bbut\b/gi
const NEGATION_WINDOW = 8

/** A negator in the few words of the same clause before `index` denies what stands there. */
export function negated(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index)
  const clause = before.split(CLAUSE_BREAK).pop() ?? ''
  const words = clause.trim().split(/\s+/).slice(-NEGATION_WINDOW).join(' ')
  return NEGATION.test(words)
}

/**
 * The first phrase that occurs, not negated, in one of the sentences of `text` ("you will
 * never talk to engineers" is no engineering partnership).
 */
export function matchPhrase(text: string, phrases: readonly Phrase[]): PhraseMatch | null {
  return firstIn(text, phrases, () => true)
}

/**
 * `matchPhrase`, counting only a phrase that `counts` (asked only of one that matched). With a
 * `sieve` (the phrases as alternations, see `sievesOf`), a sentence none of them matches is
 * passed over in one look instead of one per phrase.
 */
function firstIn(text: string, phrases: readonly Phrase[], counts: (phrase: Phrase) => boolean, sieve?: readonly RegExp[]): PhraseMatch | null {
  for (const raw of sentencesOf(text)) {
    const sentence = sentenceWords(raw)
    if (sieve && !sieve.some((re) => re.test(sentence))) continue
    for (const phrase of phrases) {
      const m = phrase.pattern.exec(sentence)
      if (m && counts(phrase) && !negated(sentence, m.index)) return {words: m[0].trim()}
    }
  }
  return null
}

/**
 * The texts joined with NUL, kept per frozen array (a posting's paragraphs, which several rules
 * look at so): an array that can still change is joined again each time.
 */
const joinedTexts = new WeakMap<readonly string[], string>()
export function joinedWithNul(texts: readonly string[]): string {
  if (!Object.isFrozen(texts)) return texts.join('\0')
  let all = joinedTexts.get(texts)
  if (all === undefined) joinedTexts.set(texts, (all = texts.join('\0')))
  return all
}

/**
 * The phrases that may occur in `texts`: one look at all the text per phrase, so a phrase found
 * nowhere is not looked for sentence by sentence. A phrase anchored at the start of a sentence
 * (^) stays in: the texts joined have no sentence starts. The texts are joined with NUL, which no
 * \s, word or letter of a pattern takes: a lookaround such as "not after 'support '" cannot see
 * the end of the text before ("customer support" + "Engineering is your partner").
 */
export function present(texts: readonly string[], phrases: readonly Phrase[]): Phrase[] {
  const all = joinedWithNul(texts)
  if (!anyIn(all, phrases)) return phrases.filter(anchored)
  return phrases.filter((p) => anchored(p) || p.pattern.test(all))
}

/**
 * The first match in any of the texts, of a phrase `present` keeps. Whether a phrase occurs in
 * all the text is only asked once it matched in a sentence (patterns keep no state, so asking
 * later changes nothing), and most postings hold none of the unanchored phrases: one look for
 * any of them says so.
 */
export function findPhrase(texts: readonly string[], phrases: readonly Phrase[]): PhraseMatch | null {
  const all = joinedWithNul(texts)
  const sieves = sievesOf(phrases)
  const anywhere = anyIn(all, phrases)
  const candidates = anywhere ? phrases : sieves.anchoredPhrases
  if (!candidates.length) return null
  // With only the anchored phrases to look for, no text before the first place where a sentence
  // may start with one holds a match (most postings have none).
  const first = anywhere ? 0 : firstTextWithStart(texts, all, sieves.starts)
  if (first < 0) return null
  const found = new Map<Phrase, boolean>()
  const counts = (p: Phrase) => {
    if (anchored(p)) return true
    let occurs = found.get(p)
    if (occurs === undefined) found.set(p, (occurs = p.pattern.test(all)))
    return occurs
  }
  const sieve = anywhere ? sieves.every : sieves.anchored
  for (let i = first; i < texts.length; i++) {
    const m = firstIn(texts[i] as string, candidates, counts, sieve)
    if (m) return m
  }
  return null
}

/**
 * The index of the first of `texts` (joined with NUL in `all`) in which `starts` (see
 * `sentenceStarts`) find a place, -1 for none; 0 without `starts` (every text may hold a match).
 */
function firstTextWithStart(texts: readonly string[], all: string, starts: RegExp[] | null): number {
  if (!starts) return 0
  let at = -1
  for (const re of starts) {
    const m = re.exec(all)
    if (m && (at < 0 || m.index < at)) at = m.index
  }
  if (at < 0) return -1
  // The text the place is in (a NUL counts with the text before it, which is then read first).
  let end = -1
  for (let i = 0; i < texts.length; i++) {
    end += (texts[i] as string).length + 1
    if (at <= end) return i
  }
  // Not reached: a place in the joined texts is in one of them.
  return 0
}

/**
 * The anchored phrases as patterns that find, in texts joined with NUL, each place where a
 * sentence (as `firstIn` cuts one and reads its words, `sentenceWords`) may start with one of
 * them: at the start of a text, after an end mark and a blank, or at a line break before a bullet
 * glyph, past any blanks and a glyph. Each phrase's alternatives lose their ^ and
 * a closing $: what is left matches the sentence's words in all the text as it does in the
 * sentence alone (a \b at its edges sees a blank, a NUL or an end either way), and a pattern
 * without the $ matches wherever it does with it. So a text before the first place found holds no
 * sentence that starts with a phrase. Null (read every text) when a phrase could see past its
 * sentence's words (a look around, a ^ or $ elsewhere, the m flag) or has an alternative without ^.
 */
function sentenceStarts(anchoredPhrases: readonly Phrase[]): RegExp[] | null {
  const byFlags = new Map<string, string[]>()
  for (const {pattern} of anchoredPhrases) {
    if (pattern.flags.includes('m')) return null
    for (const alternative of topAlternatives(pattern.source)) {
      if (!alternative.startsWith('^')) return null
      let words = alternative.slice(1)
      if (/(?:^|[^\\])(?:\\\\)*\$$/.test(words)) words = words.slice(0, -1)
      // A back-reference, or (escapes and classes aside) a ^ or $ left, a look around or a named
      // group: none is in the lists today.
      if (/\\(?:[1-9]|k<)/.test(words) || /[\^$]|\(\?<?[=!]|\(\?<[^=!]/.test(words.replace(/\\./g, '').replace(/\[(?:[^\]\\]|\\.)*\]/g, ''))) return null
      byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${words})`])
    }
  }
  return [...byFlags].map(([flags, alternatives]) => new RegExp(`(?:^|\\0|[.!?]\\s|${BREAK_BEFORE_BULLET})\\s*(?:[${BULLET_GLYPHS}]\\s*)?(?:${alternatives.join('|')})`, flags.replace(/[gy]/g, '')))
}

const anchored = (phrase: Phrase) => phrase.pattern.source.startsWith('^')

/** Whether one of the unanchored phrases occurs in `all`. */
function anyIn(all: string, phrases: readonly Phrase[]): boolean {
  return sievesOf(phrases).unanchored.some((re) => re.test(all))
}

/** A phrase list as alternations: its unanchored phrases, all of them, and its anchored ones. */
interface Sieves {
  unanchored: RegExp[]
  every: RegExp[]
  anchored: RegExp[]
  anchoredPhrases: Phrase[]
  /** Where a sentence may start with an anchored phrase (see `sentenceStarts`). */
  starts: RegExp[] | null
}

const sieves = new WeakMap<readonly Phrase[], Sieves>()
function sievesOf(phrases: readonly Phrase[]): Sieves {
  let out = sieves.get(phrases)
  if (out) return out
  const anchoredPhrases = phrases.filter(anchored)
  out = {unanchored: alternationsOf(phrases.filter((p) => !anchored(p))), every: alternationsOf(phrases), anchored: alternationsOf(anchoredPhrases), anchoredPhrases, starts: sentenceStarts(anchoredPhrases)}
  sieves.set(phrases, out)
  return out
}

/**
 * Phrases as alternations, one per set of flags (see `anyOf`): one matches a text exactly when
 * one of its phrases does, in one pass over the text instead of one per phrase (a ^ still means
 * the start of the text); they are only ever asked whether they match, never where. A pattern
 * that refers back to a group or names one (numbers and names would clash) stands alone.
 */
function alternationsOf(phrases: readonly Phrase[]): RegExp[] {
  const byFlags = new Map<string, string[]>()
  const out: RegExp[] = []
  for (const {pattern} of phrases) {
    const {source, flags} = pattern
    if (/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(source)) out.push(pattern)
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), source])
  }
  for (const [flags, sources] of byFlags) out.push(anyOf(sources, flags))
  return out
}

/**
 * One pattern that matches where one of `sources` would (with no back-reference or named group),
 * and first at the same place. The alternatives that open with \b (a source's own alternatives
 * each counted) share it: `\b(?:A|B)` matches where `\bA` or `\bB` does, and the engine then tries
 * them only at the edge of a word, not at every character (in a micro benchmark over the bench's
 * postings, 40% fewer instructions for one rule's phrases).
 */
export function anyOf(sources: readonly string[], flags: string): RegExp {
  const atEdge: string[] = []
  const rest: string[] = []
  for (const source of sources) {
    for (const alternative of topAlternatives(source)) {
      if (alternative.startsWith('\\b')) atEdge.push(`(?:${alternative.slice(2)})`)
      else rest.push(`(?:${alternative})`)
    }
  }
  return new RegExp((atEdge.length ? [`\\b(?:${atEdge.join('|')})`, ...rest] : rest).join('|'), flags)
}

/** A pattern's alternatives at the top: split at each | outside groups, classes and escapes. */
export function topAlternatives(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i))
      from = i + 1
    }
  }
  out.push(source.slice(from))
  return out
}
