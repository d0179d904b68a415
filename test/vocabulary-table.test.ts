// The vocabulary's patterns are compiled at build time (src/generated/patterns.json); what the
// table holds must be what compiling each pattern gives now, or matching silently changes.
import {describe, expect, it} from 'vitest'
import table from '../src/generated/patterns.json' with {type: 'json'}
import {compilePattern, patternFromData} from '../src/duties/matcher.ts'
import {MACROS, VOCABULARY} from '../src/duties/vocabulary.ts'

const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v)))

describe('the build-time pattern table', () => {
  it('was made with the macros the vocabulary has now', () => {
    expect(table.macros).toBe(JSON.stringify(MACROS))
  })

  it('holds every pattern of the vocabulary, as compiling it gives', () => {
    const patterns = table.patterns as Record<string, string>
    const sources = VOCABULARY.flatMap((e) => (e.unless ? [e.pattern, e.unless] : [e.pattern]))
    expect(sources.length).toBeGreaterThan(50)
    for (const source of sources) {
      expect(Object.hasOwn(patterns, source), source).toBe(true)
      expect(plain(patternFromData(patterns[source]!)), source).toEqual(plain(compilePattern(source, MACROS)))
    }
  })
})
