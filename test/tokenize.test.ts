// The tokenizer reads text without letters beyond ASCII in a pass of its own, and any other text
// with Unicode word patterns. Both must give the same tokens: a letter beyond ASCII at the end of
// a text sends all of it down the Unicode way, and leaves the tokens before that letter as they were.
// The matcher skips a pattern when a unit lacks a word for one of its slots, by numbers that each
// word read keeps: a phrase from a config adds new words, which words read before must know.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyzeUnit, builtInVocabulary} from '../src/duties/analyze.ts'
import {LATIN_TEXT, tokenize, type Token} from '../src/duties/matcher.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 500)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

/** Words, and every character the clause and list rules look at, with the spaces that count as `\s`. */
const PIECES = [
  'own', 'Own', 'the', 'roadmap', 'but', 'However', 'while', 'team', "team's", 'team’s', "won't", 'x', 'A1', '42', 'rock', "'n'", '’s',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u202f', '\u2028', '\u205f',
  '.', '!', '?', ';', ':', '(', ')', '[', ']', '{', '}', '—', '–', '-', ' - ', ',', '&', '/', '+', "'", '’', '"', '“', '”', '…',
  '€', '£', '×', '©', '«', '»', '¿', '•', '\u0000', '\u007f', '\u0085', '*', '_', '#', '%', '<', '>', '=',
]
const latinText = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((parts) => parts.join(''))

const shape = (tokens: Token[]) => tokens.map((t) => `${t.norm}|${t.stem}|${t.suffix}|${t.key}@${t.start}-${t.end}/${t.clause}${t.afterComma ? ',' : ''}`)

describe('tokenize', () => {
  it('reads a text without letters beyond ASCII as the Unicode word patterns do', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(LATIN_TEXT.test(text)).toBe(true)
        const unicode = tokenize(`${text} ж`)
        expect(unicode.at(-1)?.norm).toBe('ж')
        expect(shape(tokenize(text))).toEqual(shape(unicode.slice(0, -1)))
      }),
      params,
    )
  })

  it('starts a clause at sentence ends, semicolons, brackets and dashes, and marks listed words', () => {
    const read = (text: string) => tokenize(text).map((t) => `${t.norm}/${t.clause}${t.afterComma ? ',' : ''}`)
    expect(read('Own the roadmap. Run sprints; groom (the) backlog — ship – test - done')).toEqual([
      'own/0', 'the/0', 'roadmap/0', 'run/1', 'sprints/1', 'groom/2', 'the/3', 'backlog/4', 'ship/5', 'test/6', 'done/7',
    ])
    expect(read('roadmap, vision & goals/OKRs+KPIs well-known')).toEqual(['roadmap/0', 'vision/0,', 'goals/0,', 'okrs/0,', 'kpis/0,', 'well/0', 'known/0'])
    expect(read('Lead discovery, but never the sprints')).toEqual(['lead/0', 'discovery/0', 'but/1,', 'never/1', 'the/1', 'sprints/1'])
  })
})

describe('vocabulary phrases added after words were read', () => {
  it('match words the tokenizer had read before the phrase was added', () => {
    const line = 'You will zorbify flurbles with the team'
    // Read first, with the built-in vocabulary, which knows neither word.
    expect(analyzeUnit(line, builtInVocabulary(), 'pm', false).own).toEqual([])
    const extended = builtInVocabulary().extend({'pm.strategy': ['zorbify flurbles']})
    expect(analyzeUnit(line, extended, 'pm', false).own.map((m) => m.words)).toEqual(['zorbify flurbles'])
  })
  it('reads each of hundreds of distinct words that share one hash as itself', () => {
    // "Aa" and "BB" hash alike, so every word made of them lands in one run of the word table,
    // past the length after which a word goes by the ordinary map instead.
    const word = (i: number) => Array.from({length: 12}, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join('')
    const words = Array.from({length: 300}, (_, i) => word(i))
    const text = words.join(' ')
    const first = tokenize(text).map((t) => t.norm)
    expect(first).toEqual(words.map((w) => w.toLowerCase()))
    // Read again, each word is found (in the table or the map) as the same word.
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(words)
    expect(tokenize([...words].reverse().join(' ')).map((t) => t.norm)).toEqual([...first].reverse())
  })
})
