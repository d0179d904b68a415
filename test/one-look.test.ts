// The stage, the team size and the salary are looked for in all of a posting's words at once,
// and each found on the line where that one look finds it: a pattern found nowhere is not tried
// on each line, and a line before the first match is not read. That look must never hide a line
// or take another: whatever the lines say, the reading must be the one that tries every pattern
// on every line in turn (each line read alone here: one line's words are that line).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {allWords, firstLineMatch, type Block} from '../src/read/blocks.ts'
import {salaryStatements} from '../src/read/salary.ts'
import {firstTeamsMatch, readStage, TEAMS} from '../src/read/stage.ts'
import {LineIndex} from '../src/read/text.ts'
import {declaresCombinedIn, declaresCombinedRole} from '../src/duties/roles.ts'
import type {StageReading} from '../src/model.ts'

/** The stage and size read by trying each line alone, in turn: the first line that says each. */
function stageByLines(bs: readonly Block[], fmStage: unknown): StageReading {
  const reading = readStage([], fmStage)
  for (const block of bs) {
    for (const line of block.lines) {
      const one = readStage([{lines: [line]}], undefined)
      if (reading.source === 'none' && one.source === 'text') Object.assign(reading, {stage: one.stage, source: one.source, evidence: one.evidence, line: one.line})
      reading.engineers ??= one.engineers
      reading.teams ??= one.teams
    }
  }
  return reading
}

/** The salaries found by reading each line alone, under the heading it stands under. */
function salariesByLines(bs: readonly Block[], index: LineIndex) {
  const out = []
  let heading: Block | null = null
  for (const block of bs) {
    if (block.heading === 'markdown' || block.heading === 'emphasis') heading = block
    for (const line of block.lines) {
      const alone = {...block, lines: [line]}
      out.push(...salaryStatements(heading && heading !== block ? [{...heading, lines: []}, alone] : [alone], null, 1, index))
    }
  }
  return out
}

// Pieces of the words those patterns look for, and what ends or splits them across lines.
const PIECES = ['series', 'Series', 'a', 'b', 'B', 'c', 'd', 'seed', 'pre-seed', 'stage', 'funded', 'IPO', 'public', 'company', 'NYSE', ':', 'ABC', 'went', '12', '5', '300', '+', 'engineers', 'developers', 'backend', 'five', 'several', 'scrum', 'teams', 'squads', 'product', 'lines', '$', '€', 'EUR', 'USD', '120k', '150,000', '-', 'to', 'salary', 'pay', 'Compensation', 'we', 'the', ',', '.', 'x']
const line = fc.array(fc.constantFrom(...PIECES), {maxLength: 7}).map((ws) => ws.join(' '))
const spaced = fc.array(fc.constantFrom(...PIECES), {maxLength: 7}).map((ws) => ws.join(''))
const payLine = fc
  .tuple(fc.constantFrom('salary', 'Pay:', 'we raised', ''), fc.constantFrom('$', '€', 'EUR ', ''), fc.constantFrom('120k', '150,000', '5'), fc.constantFrom('', ' - 150k', ' to $180k', ' EUR'))
  .map(([a, b, c, d]) => `${a} ${b}${c}${d}`)
// Lines that name several stages, so that which pattern names a line's stage matters.
const stageLine = fc.array(fc.constantFrom('Series B', 'series a', 'Seed-stage', 'seed round', 'went public', 'IPO', 'NYSE: ABC', 'pre-seed', 'Series D', 'x', 'Series\nC'), {minLength: 1, maxLength: 4}).map((ws) => ws.join(' '))
const blocks = fc
  .array(fc.tuple(fc.constantFrom<Block['heading'] | undefined>(undefined, 'markdown', 'emphasis'), fc.array(fc.oneof(line, spaced, payLine, stageLine), {minLength: 1, maxLength: 3})), {maxLength: 6})
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
        expect(reading).toEqual(stageByLines(bs, fmStage))
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
        expect(statements).toEqual(salariesByLines(bs, index))
        if (statements.length) found++
      }),
      {numRuns: 3000},
    )
    expect(found).toBeGreaterThan(100)
  })

  it('finds the first team count from the words it ends in as the pattern does looking everywhere', () => {
    // The pattern's words, near misses, and what may stand between them: blanks of every kind, signs that make or break a word's edge.
    const pieces = ['5', '12', '1234', 'x-5', '_5', 'five', 'Several', 'MANY', 'multiple', 'ten', 'often', 'cross', 'functional', 'cross-functional', 'scrum', 'agile', 'delivery', 'product', 'Products', 'business', 'lines', 'teams', 'Teams', 'steams', 'teamsx', 'squads', 'pods', 'we', 'x', '.']
    const between = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '', '-', ',', '(']
    const noise = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...between)), {maxLength: 14}).map((ps) => ps.map(([w, b]) => w + b).join(''))
    // A count as the pattern reads one, in full or with a word left out or doubled, amid other words.
    const part = (...ws: string[]) => fc.constantFrom(...ws)
    const sep = fc.constantFrom(...between)
    const count = fc
      .tuple(noise, part('5', '300', 'x-5', 'five', 'Several', 'many', ''), sep, part('cross functional', 'cross-functional', 'cross\tfunctional', 'scrum', 'agile', ''), sep, part('product', 'business', 'Product', ''), sep, part('lines', 'teams', 'squads', 'products', 'pods', 'steams'), sep, noise)
      .map((ps) => ps.join(''))
    const words = fc.oneof(noise, count)
    let found = 0
    fc.assert(
      fc.property(words, (w) => {
        const expected = TEAMS.exec(w)
        const got = firstTeamsMatch(w)
        expect(got && [got.index, [...got]]).toEqual(expected && [expected.index, [...expected]])
        if (expected) found++
      }),
      {numRuns: 5000},
    )
    expect(found).toBeGreaterThan(600)
  })

  it('names the stage of the first line that names one by the first pattern that matches there', () => {
    const lines = (...texts: string[]) => [{lines: texts.map((text, i) => ({text, line: i + 1}))}]
    expect(readStage(lines('A seed round, Series B soon, an IPO later'), undefined)).toMatchObject({stage: 'd-public', evidence: 'IPO', line: 1})
    expect(readStage(lines('We are a seed-stage team', 'Series B next, IPO after'), undefined)).toMatchObject({stage: 'seed-a', evidence: 'seed-stage', line: 1})
    expect(readStage(lines('Hiring', 'seed funded, now Series C'), undefined)).toMatchObject({stage: 'b-c', evidence: 'Series C', line: 2})
  })

  it('takes no match that runs over a line break for a line', () => {
    const bs: Block[] = [{kind: 'paragraph', text: '', start: 0, end: 0, lines: ['We grew past series', 'B teams: 40', 'engineers, now Series C'].map((text, i) => ({text, line: i + 1}))}]
    // "series\nB" and "40\nengineers" are matches in all the words, of no line.
    expect(readStage(bs, undefined)).toEqual({stage: 'b-c', source: 'text', evidence: 'Series C', line: 3, engineers: null, teams: null})
    expect(firstLineMatch(bs, allWords(bs), /\bseries\s+[bc]\b/i)).toMatchObject({line: {line: 3}, start: 32})
  })

  it('joins the lines so that none runs into the next', () => {
    const bs: Block[] = [{kind: 'paragraph', text: 'We are Series B', start: 0, end: 0, lines: [{text: 'We are Series B', line: 1}]}]
    bs.push({kind: 'paragraph', text: 'x', start: 0, end: 0, lines: [{text: 'x', line: 2}]})
    expect(allWords(bs)).toBe('We are Series B\nx')
    expect(readStage(bs, undefined)).toMatchObject({stage: 'b-c', source: 'text', line: 1})
  })

  it('finds a combined role in the same texts as reading each text', () => {
    // Words of the declarations and their gates, split between texts at any point.
    const words = ['You', 'you will', 'own', 'both', 'the', 'strategy', 'vision', 'and', 'delivery', 'execution', 'a', 'hybrid', 'PM/PO', 'PM', 'PO', '/', 'Product Owner', 'product manager', 'role', 'covering', 'spans', 'as our', 'we are hiring', 'with', 'our', 'who', '.', ',', 'not']
    const text = fc.array(fc.constantFrom(...words), {maxLength: 12}).map((ws) => ws.join(' '))
    const texts = fc.array(fc.oneof(text, text.map((t) => `${t} `), text.map((t) => ` ${t}`)), {maxLength: 8})
    let declared = 0
    fc.assert(
      fc.property(texts, (ts) => {
        const some = ts.some(declaresCombinedRole)
        expect(declaresCombinedIn(ts)).toBe(some)
        if (some) declared++
      }),
      {numRuns: 3000},
    )
    expect(declared).toBeGreaterThan(200)
    // A declaration in a late text after gates in earlier ones that declare nothing.
    expect(declaresCombinedIn(['Our Product Owner runs delivery', 'the owner of both', 'This is a hybrid PM/PO role'])).toBe(true)
  })
})
