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

export const SENTENCE_END = /(?<=[.!?])\s+(?=["“(]?[A-Z])/
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

/** `matchPhrase`, counting only a phrase that `counts` (asked only of one that matched). */
function firstIn(text: string, phrases: readonly Phrase[], counts: (phrase: Phrase) => boolean): PhraseMatch | null {
  for (const raw of text.split(SENTENCE_END)) {
    const sentence = raw.trim()
    for (const phrase of phrases) {
      const m = phrase.pattern.exec(sentence)
      if (m && counts(phrase) && !negated(sentence, m.index)) return {words: m[0].trim()}
    }
  }
  return null
}

/**
 * The phrases that may occur in `texts`: one look at all the text per phrase, so a phrase found
 * nowhere is not looked for sentence by sentence. A phrase anchored at the start of a sentence
 * (^) stays in: the texts joined have no sentence starts. The texts are joined with NUL, which no
 * \s, word or letter of a pattern takes: a lookaround such as "not after 'support '" cannot see
 * the end of the text before ("customer support" + "Engineering is your partner").
 */
export function present(texts: readonly string[], phrases: readonly Phrase[]): Phrase[] {
  const all = texts.join('\0')
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
  const all = texts.join('\0')
  const candidates = anyIn(all, phrases) ? phrases : phrases.filter(anchored)
  if (!candidates.length) return null
  const found = new Map<Phrase, boolean>()
  const counts = (p: Phrase) => {
    if (anchored(p)) return true
    let occurs = found.get(p)
    if (occurs === undefined) found.set(p, (occurs = p.pattern.test(all)))
    return occurs
  }
  for (const text of texts) {
    const m = firstIn(text, candidates, counts)
    if (m) return m
  }
  return null
}

const anchored = (phrase: Phrase) => phrase.pattern.source.startsWith('^')

/** Whether one of the unanchored phrases occurs in `all`. */
function anyIn(all: string, phrases: readonly Phrase[]): boolean {
  return alternationsOf(phrases).some((re) => re.test(all))
}

const alternations = new WeakMap<readonly Phrase[], RegExp[]>()
/**
 * The unanchored phrases as alternations, one per set of flags: one matches somewhere exactly
 * when one of its phrases does, in one pass over the text instead of one per phrase. A pattern
 * that refers back to a group (the numbering would change) stands alone.
 */
function alternationsOf(phrases: readonly Phrase[]): RegExp[] {
  let out = alternations.get(phrases)
  if (out) return out
  const byFlags = new Map<string, string[]>()
  out = []
  for (const phrase of phrases) {
    const {source, flags} = phrase.pattern
    if (anchored(phrase)) continue
    if (/\\(?:[1-9]|k<)/.test(source)) out.push(phrase.pattern)
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${source})`])
  }
  for (const [flags, sources] of byFlags) out.push(new RegExp(sources.join('|'), flags))
  alternations.set(phrases, out)
  return out
}
