/**
 * Phrase lists for the document-level rules (accountability, success criteria, engineering
 * partnership, customer voice, validation): data with a note on every entry, matched sentence by
 * sentence on the posting's plain text or its duty units.
 */

import {NEGATION} from './words.ts'

/** One phrase a rule looks for, and why it counts. */
export interface Phrase {
  /** `^` anchors at the start of a sentence (an imperative: "Own the roadmap"). */
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
  for (const raw of text.split(SENTENCE_END)) {
    const sentence = raw.trim()
    for (const phrase of phrases) {
      const m = phrase.pattern.exec(sentence)
      if (m && !negated(sentence, m.index)) return {words: m[0].trim()}
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
  return phrases.filter((p) => p.pattern.source.startsWith('^') || p.pattern.test(all))
}

/** The first match in any of the texts. */
export function findPhrase(texts: readonly string[], phrases: readonly Phrase[]): PhraseMatch | null {
  const candidates = present(texts, phrases)
  if (!candidates.length) return null
  for (const text of texts) {
    const m = matchPhrase(text, candidates)
    if (m) return m
  }
  return null
}
