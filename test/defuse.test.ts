// Whether a posting needs defusing is decided without reading every character. Whatever the
// text, that must say what the plain reading says: an unclosed comment, a line opening with more
// than 32 container marks or blanks, or more than 2,000 emphasis and link delimiters.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defuse, needsDefusing} from '../src/read/defuse.ts'

/** The plain reading, as the patterns say it. */
function plainNeedsDefusing(text: string): boolean {
  if (text.length < 1000) return false
  const lastClose = text.lastIndexOf('-->')
  if (text.indexOf('<!--', lastClose < 0 ? 0 : lastClose + 3) >= 0) return true
  if (/^[ \t>*+\-\d.)]{33}/m.test(text)) return true
  return (text.match(/[*_[]/g) ?? []).length > 2000
}

const MARKS = [' ', '\t', '>', '*', '+', '-', '.', ')', '0', '9', 'a', '_', '[', '#', '\u00a0', '\u2003']
const ENDS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085']
// A line: an opening run of marks near the limit, then words or delimiters.
const line = fc
  .tuple(fc.integer({min: 0, max: 40}), fc.constantFrom(...MARKS), fc.array(fc.constantFrom(...MARKS), {maxLength: 3}), fc.constantFrom('Own the roadmap', '*a* _b_ [c]', '', '<!--', '-->', '[[[[****____'), fc.constantFrom(...ENDS))
  .map(([n, mark, mixed, words, end]) => `${mark.repeat(n)}${mixed.join('')}${words}${end}`)
const text = fc
  .tuple(fc.array(line, {maxLength: 30}), fc.integer({min: 0, max: 2200}), fc.constantFrom('x', '*', '_[', ' '))
  .map(([lines, pad, filler]) => (pad % 2 ? filler.repeat(pad) : '') + lines.join('') + (pad % 2 ? '' : 'y'.repeat(pad)))

describe('needsDefusing', () => {
  it('says what the plain reading says', () => {
    let needed = 0
    fc.assert(
      fc.property(text, (t) => {
        const needs = needsDefusing(t)
        expect(needs).toBe(plainNeedsDefusing(t))
        if (needs) needed++
      }),
      {numRuns: 3000},
    )
    expect(needed).toBeGreaterThan(300)
  })

  it('leaves an ordinary posting as it is, and defuses a deep list', () => {
    const posting = `# Product Manager\n\n${'- Own the roadmap with the engineering lead\n'.repeat(40)}`
    expect(defuse(posting)).toBe(posting)
    const deep = `${'> '.repeat(100)}quote\n${'x'.repeat(1000)}`
    expect(defuse(deep)).not.toBe(deep)
    expect(defuse(deep)).toHaveLength(deep.length)
  })
})
