// findPhrase looks for any phrase at all in one pass and asks whether a phrase occurs in the
// whole text only once it matched a sentence. Whatever a posting says, it must find what looking
// for every phrase in every sentence of the texts that hold it finds: the same words, or none.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {BULLET_GLYPHS, findPhrase, negated, present, SENTENCE_END, sentencesOf, topAlternatives, type Phrase} from '../src/duties/phrases.ts'

/** Every phrase tried on all the text first, then sentence by sentence: the plain reading of the contract. */
function slowFind(texts: readonly string[], phrases: readonly Phrase[]): string | null {
  const all = texts.join('\0')
  const candidates = phrases.filter((p) => p.pattern.source.startsWith('^') || p.pattern.test(all))
  for (const text of texts) {
    for (const raw of text.split(SENTENCE_END)) {
      const sentence = raw.trim().replace(new RegExp(`^[${BULLET_GLYPHS}]\\s*`), '')
      for (const phrase of candidates) {
        const m = phrase.pattern.exec(sentence)
        if (m && !negated(sentence, m.index)) return m[0].trim()
      }
    }
  }
  return null
}

// Phrases with what makes the shortcut delicate: anchors, lookbehind and lookahead, a phrase
// without the i flag, one with a back-reference, words shared between phrases.
const PHRASES: Phrase[] = [
  {pattern: /\baccountable\s+for\b/i, note: 'plain'},
  {pattern: /^own(?:ing)?\b/i, note: 'anchored at the start of a sentence'},
  {pattern: /\b(?<!product\s)owner\s+of\b/i, note: 'lookbehind'},
  {pattern: /\binterview(?:s|ing)?\b(?!\s+process)/i, note: 'lookahead'},
  {pattern: /\bVoC\b/, note: 'case-sensitive'},
  {pattern: /\b(\w+)\s+\1\s+roadmap\b/i, note: 'back-reference'},
  {pattern: /^success\s*:\s*\S/i, note: 'anchored label'},
  {pattern: /\b(?<verb>drive)\s+adoption\b/i, note: 'a named group'},
  {pattern: /\b(?<verb>lead)\s+discovery\b/i, note: 'a group of the same name'},
  {pattern: /\bNPS\b/, note: 'case-sensitive, with the flags of another'},
  {pattern: /\bKPIs?\s+of\s+the\s+role\b|\byour\s+OKRs\b/i, note: 'alternatives of its own, each at a word edge'},
  {pattern: /(?<!define\s)success\s+looks\s+like\b/i, note: 'opens with no word edge'},
  {pattern: /\bsquads?\b|[a-z]owner\b|[|(]owner\)/i, note: 'an alternative at a word edge, others not, a | and ( in a class'},
]

const WORDS = ['•', '\n•', '\n ✓', '·', 'own', 'Own', 'owning', 'the', 'roadmap', 'roadmap roadmap', 'product', 'Product', 'owner', 'of', 'accountable', 'for', 'interview', 'interviews', 'process', 'VoC', 'voc', 'not', 'never', 'Success:', 'churn', 'drive', 'adoption', 'lead', 'discovery', 'NPS', 'nps', 'KPI', 'kpis', 'your', 'OKRs', 'role', 'define', 'success', 'looks', 'like', 'squad', 'productowner', '(owner)', '|owner)', 'we', 'You', 'and', ',', '.', '. ', '! ', '? ', ';', '\n', ' - ']
const text = fc.array(fc.constantFrom(...WORDS), {maxLength: 14}).map((ws) => ws.join(' '))

describe('findPhrase', () => {
  it('finds what trying every phrase in every sentence finds', () => {
    fc.assert(
      fc.property(fc.array(text, {maxLength: 5}), (texts) => {
        expect(findPhrase(texts, PHRASES)?.words ?? null).toBe(slowFind(texts, PHRASES))
      }),
      {numRuns: 3000},
    )
  })

  it('finds what trying every sentence finds when only phrases at the start of a sentence may match', () => {
    // Texts read from the first that may hold a sentence starting with an anchored phrase: one
    // with a closing $, one with a class and a lazy run, the rest rarely present.
    const anchoredFirst: Phrase[] = [
      {pattern: /^(?:own|owning|decide|deciding)\b/i, note: 'an imperative'},
      {pattern: /^(?:success|measures\s+of\s+success)\s*:?\s*$/i, note: 'a heading, to its end'},
      {pattern: /^success(?:\s+(?:in|by)\s+[\w\s-]{1,30}?)?\s*(?:[:=]|[-–—]\s)\s*\S/i, note: 'a run-in label'},
      {pattern: /\baccountable\s+for\b/i, note: 'unanchored'},
      {pattern: /^Ship\b/, note: 'case-sensitive'},
    ]
    const words = ['Own', 'own', 'owning', '"Own', '(Decide', 'Success', 'success:', 'Success in', 'the first year', '-', '—', ':', '=', 'Measures of success', 'Ship', 'ship', 'it', 'accountable', 'for', 'not', 'We', 'you', '.', '. ', '! ', '? ', '.  ', ' ', '\n', '\t', '\u00a0', 'x', '•', '\n• ', '\n  ▪']
    const piece = fc.array(fc.constantFrom(...words), {maxLength: 10}).map((ws) => ws.join(''))
    const spaced = fc.array(fc.constantFrom(...words), {maxLength: 10}).map((ws) => ws.join(' '))
    let found = 0
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, spaced), {maxLength: 6}), (texts) => {
        const expected = slowFind(texts, anchoredFirst)
        expect(findPhrase(texts, anchoredFirst)?.words ?? null).toBe(expected)
        if (expected !== null && !/accountable/i.test(texts.join(' '))) found++
      }),
      {numRuns: 5000},
    )
    expect(found).toBeGreaterThan(500)
    // A phrase that could see past its sentence is looked for in every text.
    const lookAhead: Phrase[] = [{pattern: /^own\b(?!\s+nothing)/i, note: 'a look ahead'}]
    expect(findPhrase(['We ship', 'Own nothing. Own it'], lookAhead)).toEqual({words: 'Own'})
  })

  it('keeps an anchored phrase when no unanchored one occurs, and nothing else', () => {
    expect(present(['Own the roadmap', 'Ship it'], PHRASES).map((p) => p.note)).toEqual(['anchored at the start of a sentence', 'anchored label'])
    expect(findPhrase(['Ship it. Own the roadmap'], PHRASES)).toEqual({words: 'Own'})
    expect(findPhrase(['the product owner of payments'], PHRASES)).toBeNull()
    expect(findPhrase(['you are never accountable for it', 'the owner of payments'], PHRASES)).toEqual({words: 'owner of'})
  })

  it('tells VoC from voc and a repeated word from a single one', () => {
    expect(findPhrase(['be the voc'], PHRASES)).toBeNull()
    expect(findPhrase(['be the VoC'], PHRASES)).toEqual({words: 'VoC'})
    expect(findPhrase(['the roadmap'], PHRASES)).toBeNull()
    expect(findPhrase(['shape the the roadmap'], PHRASES)).toEqual({words: 'the the roadmap'})
    expect(findPhrase(['set your OKRs'], PHRASES)).toEqual({words: 'your OKRs'})
    expect(findPhrase(['we define success looks like'], PHRASES)).toBeNull()
    expect(findPhrase(['what success looks like'], PHRASES)).toEqual({words: 'success looks like'})
    expect(findPhrase(['ask the productowner'], PHRASES)).toEqual({words: 'towner'})
    expect(findPhrase(['ask the (owner)'], PHRASES)).toEqual({words: '(owner)'})
  })
})

describe('findPhrase on texts that change', () => {
  const phrases: Phrase[] = [{pattern: /\bsuccess looks like\b/i, note: 'test'}]
  it('sees an array changed in place between two looks', () => {
    const texts = ['Own the roadmap.', 'Ship often.']
    expect(findPhrase(texts, phrases)).toBeNull()
    texts[1] = 'Here is what success looks like.'
    expect(findPhrase(texts, phrases)?.words).toBe('success looks like')
  })
  it('gives a frozen array, whose joined text is kept, the same answer each time', () => {
    const texts = Object.freeze(['Here is what success looks like.'])
    expect(findPhrase(texts, phrases)?.words).toBe('success looks like')
    expect(findPhrase(texts, phrases)?.words).toBe('success looks like')
  })
})

describe('topAlternatives', () => {
  it('splits a pattern at the | outside groups, classes and escapes only', () => {
    expect(topAlternatives(String.raw`\bKPIs?\b|\byour\s+(?:OKRs|goals)\b|[|(]x\||\(y`)).toEqual([String.raw`\bKPIs?\b`, String.raw`\byour\s+(?:OKRs|goals)\b`, String.raw`[|(]x\|`, String.raw`\(y`])
    expect(topAlternatives('plain')).toEqual(['plain'])
  })
})

describe('sentencesOf', () => {
  // Marks, blanks of every kind, quotes and capitals: where sentences may or may not end.
  const PIECES = ['.', '!', '?', '?.', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '"', '“', '(', 'A', 'Z', 'a', 'own', 'We', 'e.g.', '...', ')', '•', '▪']
  it('splits as text.split(SENTENCE_END) does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 20}), (pieces) => {
        const t = pieces.join('')
        expect(sentencesOf(t)).toEqual(t.split(SENTENCE_END))
      }),
      {numRuns: 5000},
    )
    expect(sentencesOf('Own it.  "We ship." (And) then? Yes')).toEqual(['Own it.', '"We ship." (And) then?', 'Yes'])
  })
})
