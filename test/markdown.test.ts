// How the Markdown reader places what a posting says: findings must point at the duty's own text
// wherever the author put it, and nothing written after odd Markdown may go unread.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.ts'

const DUTY = 'Own the pricing roadmap and run sprint planning'
const mixed = (text: string) =>
  lintText(text)
    .messages.filter((m) => m.ruleId === 'no-mixed-duties')
    .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)
/** Where DUTY stands in `text`, as line:column-line:endColumn. */
function spanOf(text: string, line: number): string {
  const source = text.split('\n')[line - 1]!
  const column = source.indexOf(DUTY) + 1
  return `${line}:${column}-${line}:${column + DUTY.length}`
}

describe('Markdown positions', () => {
  it.each([
    ['a list item', `- ${DUTY}`],
    ['an ordered list item', `12. ${DUTY}`],
    ['a list item in a block quote', `> * ${DUTY}`],
    ['a nested list item', `- Team\n    - ${DUTY}`],
    ['a paragraph in a block quote', `>  ${DUTY}`],
    ['a list item after a tab', `-\t${DUTY}`],
    ['a paragraph indented three spaces', `   ${DUTY}`],
  ])('points at the duty in %s', (_, body) => {
    const text = `# Product Manager\n\n${body}\n`
    const line = text.split('\n').findIndex((l) => l.includes(DUTY)) + 1
    expect(mixed(text)).toEqual([spanOf(text, line)])
  })

  it('ends a duty that runs over two lines where its last word ends', () => {
    const text = `# Product Manager\n\n- Own the pricing roadmap\n  and run sprint planning   \n`
    expect(mixed(text)).toEqual(['3:3-4:26'])
  })

  it('reads each row of a pipe table as a duty on its own line', () => {
    const text = `# Product Manager\n\n| Duty |\n| --- |\n| ${DUTY} |\n`
    expect(mixed(text)).toEqual(['5:3-5:50'])
  })

  it.each([['|-|-|'], ['|:-|-:|'], ['| :-: | - |'], ['-|-']])('reads a table whose delimiter row is %s (GFM asks for one dash a cell) row by row', (delimiter) => {
    const text = `# Product Manager\n\n| Duty | Notes |\n${delimiter}\n| Own the roadmap | weekly |\n| Run sprint planning | daily |\n`
    const found = lintText(text).messages.filter((m) => m.line > 1).map((m) => `${m.line}:${m.column} ${m.ruleId}`)
    // Two rows, two duties: one on strategy, one on execution; not one mixed paragraph.
    expect(found).toEqual(['6:3 no-execution-in-pm-role'])
  })
})

describe('Markdown that nests deeply', () => {
  // An indented list grows with the square of its depth: 1,500 levels are 2.25 MB, under the
  // command's 5 MB limit.
  it.each([
    ['block quotes', 3000, (n: number) => '>'.repeat(n) + ' deep'],
    ['bullet lists', 3000, (n: number) => '- '.repeat(n) + 'deep'],
    ['ordered lists', 3000, (n: number) => '1. '.repeat(n) + 'deep'],
    ['indented lists', 1500, (n: number) => Array.from({length: n}, (_, i) => ' '.repeat(i * 2) + '- deep').join('\n')],
    ['links', 3000, (n: number) => '['.repeat(n) + 'deep' + '](u)'.repeat(n)],
  ])('still reads what follows %s nested %i deep', (_, depth, nest) => {
    const text = `# Product Manager\n\n${nest(depth)}\n\n- ${DUTY}\n`
    const line = text.split('\n').length - 1
    expect(mixed(text)).toEqual([spanOf(text, line)])
  })
})

describe('Markdown that runs long', () => {
  it('lints a code fence that is never closed over 150,000 lines', () => {
    const text = `# Product Manager\n\n- ${DUTY}\n\n\`\`\`\n${'Run sprint planning.\n'.repeat(150_000)}`
    const result = lintText(text)
    expect(result.fatalErrorCount).toBe(0)
    expect(mixed(text)).toEqual([spanOf(text, 3)])
  })
})

describe('Markdown positions the parser reads differently from the source', () => {
  it('points at the duty when the posting has an HTML comment that never closes', () => {
    const filler = `\n\nWe are a team of ${'calm, kind and curious people '.repeat(40)}.\n`
    const text = `# Product Manager${filler}\n- ${DUTY} <!-- TODO\n`
    expect(text.length).toBeGreaterThan(1000)
    // The item runs to the end of its line: a comment that never closes is text.
    const line = text.split('\n').findIndex((l) => l.includes(DUTY)) + 1
    expect(mixed(text)).toEqual([`${line}:3-${line}:${text.split('\n')[line - 1]!.length + 1}`])
  })

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('applies a directive comment that starts mid-item and runs over two lines to the line after it (%s)', (_, eol) => {
    const lines = ['# Product Manager', '', `- ${DUTY}`, '  for the team <!-- jdlint-disable-next-line', '  no-mixed-duties -->', `- ${DUTY}`, `- ${DUTY}`, '']
    const text = lines.join(eol)
    const found = lintText(text, {reportUnusedDisableDirectives: 'warn'}).messages.filter((m) => m.ruleId === 'no-mixed-duties' || m.ruleId === null)
    expect(found.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['3 no-mixed-duties', '7 no-mixed-duties'])
  })
})

describe('Sentences in a paragraph with markup', () => {
  it.each([
    ['a link whose address holds the next sentence\'s first word', 'We ship [apps](https://x.io/Own). '],
    ['an escape and a character reference', 'We sell \\*tools\\* &amp; parts to Own shops. '],
    ['inline code that holds the first word', 'We wrote `Own the pricing roadmap`. '],
    ['a link over two lines', 'We ship [apps\nfor Own](https://x.io/Own). '],
  ])('places a sentence after %s where the sentence is', (_, before) => {
    const text = `# Product Manager\n\n${before}${DUTY}.\n`
    const line = text.split('\n').findIndex((l) => l.includes(DUTY)) + 1
    const column = text.split('\n')[line - 1]!.indexOf(DUTY) + 1
    // The sentence, with its full stop.
    expect(mixed(text)).toEqual([`${line}:${column}-${line}:${column + DUTY.length + 1}`])
  })
})

describe('Markdown text', () => {
  it('does not read inline code as words of a sentence', () => {
    const text = '# Product Manager\n\nOur tools include `run sprint planning` scripts. You will own the pricing roadmap.\n'
    const found = lintText(text).messages.filter((m) => m.ruleId === 'no-execution-in-pm-role' || m.ruleId === 'no-mixed-duties')
    expect(found).toEqual([])
  })
})
