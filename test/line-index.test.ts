// Lines and columns of offsets, as findings report them: a range is the points of its two ends.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {blanksBefore, LineIndex} from '../src/read/text.ts'

const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: Number(process.env.JDLINT_FC_RUNS ?? 150), ...(SEED === undefined ? {} : {seed: SEED})}

describe('a range of a text', () => {
  it('starts and ends where the points of its offsets are, whatever the line endings', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'é'), {maxLength: 60}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const index = new LineIndex(t)
        // Offsets in the text and one past it, in order (as units and blocks have them), and reversed.
        const [a, b] = [x % (t.length + 2), y % (t.length + 2)]
        for (const [start, end] of [[Math.min(a, b), Math.max(a, b)], [Math.max(a, b), Math.min(a, b)]] as const) {
          const from = index.point(start)
          const to = index.point(end)
          expect(index.range(start, end)).toEqual({line: from.line, column: from.column, endLine: to.line, endColumn: to.column})
        }
      }),
      params,
    )
  })

  it('ends on the right line when it spans many lines', () => {
    const text = Array.from({length: 40}, (_, i) => `line ${i + 1}`).join('\n')
    const index = new LineIndex(text)
    expect(index.range(0, text.length)).toEqual({line: 1, column: 1, endLine: 40, endColumn: 8})
    expect(index.range(text.indexOf('line 3'), text.indexOf('line 30') + 2)).toEqual({line: 3, column: 1, endLine: 30, endColumn: 3})
  })

  it('counts CRLF, CR and LF each as one line ending', () => {
    const index = new LineIndex('one\r\ntwo\rthree\nfour')
    expect(index.range(0, 18)).toEqual({line: 1, column: 1, endLine: 4, endColumn: 4})
    expect(index.range(5, 8)).toEqual({line: 2, column: 1, endLine: 2, endColumn: 4})
    expect(index.range(9, 15)).toEqual({line: 3, column: 1, endLine: 4, endColumn: 1})
  })
})

describe('the blanks before an offset', () => {
  it('are the characters /\\s/ takes, told by their code in ASCII', () => {
    // Every ASCII character, the Unicode blanks and some that are not, and a lone surrogate.
    const char = fc.oneof(fc.integer({min: 0, max: 127}).map((c) => String.fromCharCode(c)), fc.constantFrom('\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\u0085', '\u200b', 'é', '\ud83d'))
    fc.assert(
      fc.property(fc.array(char, {maxLength: 12}), fc.nat(), (chars, s) => {
        const text = chars.join('')
        const start = s % (text.length + 1)
        let end = text.length
        while (end > start && /\s/.test(text[end - 1] as string)) end--
        expect(blanksBefore(text, start, text.length)).toBe(end)
      }),
      {numRuns: 5000},
    )
  })
})
