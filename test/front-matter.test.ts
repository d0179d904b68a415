// Front matter in the common simple shape (`key: value` lines) is read without the yaml library.
// Whatever the front matter says, that reading must give exactly what the library gives (the
// same data, the same key lines), or leave the document to the library.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/engine/lint-text.ts'
import {readSimpleYaml, readYaml, readYamlWithLibrary, type YamlReading} from '../src/read/front-matter.ts'

/** Everything a reading says, own property descriptors and key order included. */
function described(reading: YamlReading) {
  if ('problem' in reading) return reading
  const {data} = reading
  const own = data !== null && typeof data === 'object' ? Object.getOwnPropertyDescriptors(data) : data
  const proto = data !== null && typeof data === 'object' ? Object.getPrototypeOf(data) : null
  return {own, keys: data !== null && typeof data === 'object' ? Object.keys(data) : null, proto, keyLines: [...reading.keyLines]}
}

// Keys and pieces of values chosen for what YAML reads differently: comment and mapping marks,
// quotes and escapes, words and numbers the core schema reads as null, booleans or numbers,
// indicators, tabs, line and format characters, and keys an object has from its prototype.
const KEYS = ['title', 'role', 'stage', 'salary', 'a', 'x_1', 'a-b', 'Title', 'constructor', 'toString', '__proto__', 'null', 'Null', 'true', 'False', 'on', 'yes', 'e', '1', '-a', 'k'.repeat(70), '?x', '<<']
const SAFE = ['Product', 'Manager', 'Owner', ' ', 'é', 'Ünd', '😀', '1', '119k', '-', '202k', 'EUR', '/', '(', ')', '&', ',', '.']
const ODD = [
  '  ', 'e', 'E3', '0x', '1F', '0o', '7', '5', '+', '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'no', '.inf', '.NaN', 'inf',
  '#', ' #', 'C#', ':', ': ', ':x', '"', "'", "''", '\\', '\\n', '\\"', '[', ']', '{', '}', '&a', '*a', '!', '!!str', '|', '>', '%', '@', '`', '?', '- ',
  '\t', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u0000', '\u007f', '\ud800', '---', '...',
]
// Mostly ordinary words with an odd piece or two among them: a document must be simple in every
// line to be read directly, so that each odd piece is tried where the direct reading looks at it.
const piecesText = fc
  .tuple(fc.array(fc.constantFrom(...SAFE), {maxLength: 5}), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), {maxLength: 1}))
  .map(([safe, odd]) => {
    const pieces = [...safe]
    for (const [at, piece] of odd) pieces.splice(at % (pieces.length + 1), 0, piece)
    return pieces.join('')
  })
const valueText = fc.oneof(
  {weight: 4, arbitrary: piecesText},
  {weight: 2, arbitrary: piecesText.map((t) => `"${t}"`)},
  {weight: 2, arbitrary: piecesText.map((t) => `'${t}'`)},
  fc.string({unit: 'grapheme', maxLength: 8}),
  fc.string({unit: 'binary', maxLength: 6}),
)
/** Mostly the first of `common`, sometimes one of `odd`. */
const mostly = <T,>(common: T, odd: T[]) => fc.oneof({weight: 3, arbitrary: fc.constant(common)}, {weight: 1, arbitrary: fc.constantFrom(...odd)})
const keyLine = fc
  .tuple(
    fc.oneof({weight: 3, arbitrary: fc.constantFrom(...KEYS.slice(0, 10))}, {weight: 1, arbitrary: fc.constantFrom(...KEYS)}),
    mostly(': ', ['  ', ':', ' : ', ':\t', ': \t', ':  ']),
    valueText,
    mostly('', [' ', '  ', '\t', ' \t', '\u00a0', ' # note', '#']),
  )
  .map(([k, sep, v, end]) => `${k}${sep}${v}${end}`)
const otherLine = fc.constantFrom('', ' ', '# comment', '  nested: x', '- item', '---', '...', '%YAML 1.2', 'list:', '  - a', 'k: [a, b]', 'k: {a: 1}', 'k: |', '  text', 'k: &x a', 'j: *x')
const documentText = fc.array(fc.oneof({weight: 8, arbitrary: keyLine}, {weight: 1, arbitrary: otherLine}), {minLength: 1, maxLength: 3}).map((ls) => ls.join('\n'))

describe('front matter read without the yaml library', () => {
  it('gives what the yaml library gives, or leaves the document to it', () => {
    let direct = 0
    let runs = 0
    fc.assert(
      fc.property(documentText, (value) => {
        runs++
        const simple = readSimpleYaml(value)
        if (simple === null) return
        direct++
        expect(described(simple)).toEqual(described(readYamlWithLibrary(value)))
      }),
      {numRuns: 20000},
    )
    // The comparison means something only if the direct reading is taken often.
    expect(direct).toBeGreaterThan(runs / 20)
  })

  it('reads the usual shape directly', () => {
    const value = 'title: "Senior Product Manager"\nstage: Series B\n\nsalary: 120k-150k EUR\nrole: \'pm\''
    const reading = readSimpleYaml(value)
    expect(reading).not.toBeNull()
    expect(described(reading!)).toEqual(described(readYamlWithLibrary(value)))
    expect(readYaml(value)).toEqual(reading)
  })

  it('leaves numbers, booleans, comments, lists and repeated keys to the library', () => {
    for (const value of ['title: 123', 'stage: true', 'title: ~', 'title: 1e3', 'title: .inf', 'title: PM # note', 'title:\n  - a', 'a: x\na: y', 'title: "a\\"b"', 'title: a: b', 'null: x']) {
      expect(readSimpleYaml(value), value).toBeNull()
    }
  })

  it('still reports front matter that is not text, on the line of its key', () => {
    const result = lintText('---\nstage: Series A\ntitle: 42\n---\n\n# Product Manager\n\nYou will own the roadmap.\n')
    const problem = result.messages.find((m) => m.message.includes('"title" should be text'))
    expect(problem).toMatchObject({line: 3, column: 1})
  })
})
