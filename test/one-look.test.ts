// The stage, the team size and the salary are looked for in all of a posting's words at once
// before its lines are read one by one: a pattern found nowhere is not tried on each line. That
// look must never hide a line: whatever the lines say, the reading must be the one that tries
// every pattern on every line (given here as words in which every pattern occurs).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {allWords, type Block} from '../src/read/blocks.ts'
import {salaryStatements} from '../src/read/salary.ts'
import {readStage} from '../src/read/stage.ts'
import {LineIndex} from '../src/read/text.ts'

/** Words in which every stage, size and currency pattern occurs: nothing is skipped. */
const EVERY_PATTERN = 'series d\nseries b\nseed-stage\n12 engineers\n5 teams\n$'

// Pieces of the words those patterns look for, and what ends or splits them across lines.
const PIECES = ['series', 'Series', 'a', 'b', 'B', 'c', 'd', 'seed', 'pre-seed', 'stage', 'funded', 'IPO', 'public', 'company', 'NYSE', ':', 'ABC', 'went', '12', '5', '300', '+', 'engineers', 'developers', 'backend', 'five', 'several', 'scrum', 'teams', 'squads', 'product', 'lines', '$', '€', 'EUR', 'USD', '120k', '150,000', '-', 'to', 'salary', 'pay', 'Compensation', 'we', 'the', ',', '.', 'x']
const line = fc.array(fc.constantFrom(...PIECES), {maxLength: 7}).map((ws) => ws.join(' '))
const spaced = fc.array(fc.constantFrom(...PIECES), {maxLength: 7}).map((ws) => ws.join(''))
const payLine = fc
  .tuple(fc.constantFrom('salary', 'Pay:', 'we raised', ''), fc.constantFrom('$', '€', 'EUR ', ''), fc.constantFrom('120k', '150,000', '5'), fc.constantFrom('', ' - 150k', ' to $180k', ' EUR'))
  .map(([a, b, c, d]) => `${a} ${b}${c}${d}`)
const blocks = fc
  .array(fc.tuple(fc.constantFrom<Block['heading'] | undefined>(undefined, 'markdown', 'emphasis'), fc.array(fc.oneof(line, spaced, payLine), {minLength: 1, maxLength: 3})), {maxLength: 6})
  .map((raw) => {
    let n = 0
    return raw.map(([heading, texts]): Block => ({kind: heading ? 'heading' : 'paragraph', ...(heading ? {heading} : {}), text: texts.join('\n'), start: 0, end: 0, lines: texts.map((text) => ({text, line: ++n}))}))
  })

describe('one look at all the words before reading line by line', () => {
  it('reads the same stage and size as trying every line', () => {
    let found = 0
    fc.assert(
      fc.property(blocks, fc.constantFrom(undefined, 'Series B', 'nonsense'), (bs, fmStage) => {
        const reading = readStage(bs, fmStage)
        expect(reading).toEqual(readStage(bs, fmStage, EVERY_PATTERN))
        if (reading.source === 'text' || reading.engineers !== null || reading.teams !== null) found++
      }),
      {numRuns: 3000},
    )
    // Only worth something if the lines often say something.
    expect(found).toBeGreaterThan(300)
  })

  it('finds the same salaries as trying every line', () => {
    let found = 0
    const index = new LineIndex('x\n'.repeat(40))
    fc.assert(
      fc.property(blocks, (bs) => {
        const statements = salaryStatements(bs, null, 1, index)
        expect(statements).toEqual(salaryStatements(bs, null, 1, index, EVERY_PATTERN))
        if (statements.length) found++
      }),
      {numRuns: 3000},
    )
    expect(found).toBeGreaterThan(100)
  })

  it('joins the lines so that none runs into the next', () => {
    const bs: Block[] = [{kind: 'paragraph', text: 'We are Series B', start: 0, end: 0, lines: [{text: 'We are Series B', line: 1}]}]
    bs.push({kind: 'paragraph', text: 'x', start: 0, end: 0, lines: [{text: 'x', line: 2}]})
    expect(allWords(bs)).toBe('We are Series B\nx')
    expect(readStage(bs, undefined)).toMatchObject({stage: 'b-c', source: 'text', line: 1})
  })
})
