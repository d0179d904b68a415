// The vocabulary's patterns are compiled at build time (src/generated/patterns.json), their tables
// worked out and numbered by stem numbers the build wrote beside them, which a run takes over:
// what the table holds must be what compiling each pattern gives now under those numbers, or
// matching silently changes. A run whose stems were numbered otherwise first (a pattern compiled
// before the vocabulary, as a test may) cannot use the table, and compiles the patterns again.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
import table from '../src/generated/patterns.json' with {type: 'json'}
import type {PatternTable} from '../src/duties/matcher.ts'
import {MACROS, VOCABULARY} from '../src/duties/vocabulary.ts'

const plain = (value: unknown) => JSON.parse(JSON.stringify(value))
const prebuilt = table as unknown as PatternTable & {stems: string[]; patterns: Record<string, number>}

/** The matcher and the analysis as a fresh run has them: no stem numbered yet. */
async function freshRun() {
  vi.resetModules()
  return {matcher: await import('../src/duties/matcher.ts'), analyze: await import('../src/duties/analyze.ts')}
}

/** Every line of the fixtures' postings, read by a vocabulary: which entries match where, and how they are sorted. */
function readAll(analyze: typeof import('../src/duties/analyze.ts')): string[] {
  const vocabulary = analyze.builtInVocabulary()
  const out: string[] = []
  for (const dir of readdirSync('fixtures')) {
    for (const file of readdirSync(`fixtures/${dir}`).filter((f) => f.endsWith('.md'))) {
      for (const line of readFileSync(`fixtures/${dir}/${file}`, 'utf8').split('\n')) {
        const a = analyze.analyzeUnit(line, vocabulary, 'pm', false)
        for (const [kind, list] of Object.entries({own: a.own, negated: a.negated, delegated: a.delegated})) for (const m of list) out.push(`${kind} ${m.entry} ${m.words}`)
      }
    }
  }
  return out
}

describe('the build-time pattern table', () => {
  it('was made with the macros the vocabulary has now', () => {
    expect(table.macros).toBe(JSON.stringify(MACROS))
  })

  it('holds every pattern of the vocabulary, as compiling it under the table stem numbers gives', async () => {
    const {matcher} = await freshRun()
    expect(matcher.useStemNumbering(prebuilt.stems)).toBe(true)
    const reader = new matcher.PatternReader(prebuilt)
    const sources = VOCABULARY.flatMap((e) => (e.unless ? [e.pattern, e.unless] : [e.pattern]))
    expect(sources.length).toBeGreaterThan(50)
    for (const source of sources) {
      expect(Object.hasOwn(prebuilt.patterns, source), source).toBe(true)
      expect(plain(reader.read(prebuilt.patterns[source]!)), source).toEqual(plain(matcher.compilePattern(source, MACROS)))
    }
    // Compiling them numbered no stem the table did not have.
    expect(matcher.stemNumbering()).toEqual(prebuilt.stems)
  })

  it('is left aside when stems were numbered otherwise first, and the vocabulary reads the same', async () => {
    const usual = readAll((await freshRun()).analyze)
    expect(usual.length).toBeGreaterThan(20)
    const {matcher, analyze} = await freshRun()
    matcher.compilePattern('zorble ... flurble')
    expect(matcher.useStemNumbering(prebuilt.stems)).toBe(false)
    expect(readAll(analyze)).toEqual(usual)
    // The stems were numbered by compiling the patterns again, after the two above.
    expect(matcher.stemNumbering().slice(0, 2)).toEqual(['zorbl', 'flurbl'])
    expect(matcher.stemNumbering().length).toBe(prebuilt.stems.length + 2)
  })
})
