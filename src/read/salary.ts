import {parseSalaries} from '../duties/salary.ts'
import type {Posting, Range, SalaryStatement} from '../model.ts'
import {withoutComments} from './comments.ts'

// Words that make a line about pay; without one, "$40M Series B" or "save $50k a year" is not a salary.
const PAY_WORDS = /\b(?:salary|salaries|compensation|comp|pay|paid|base|OTE|remuneration|wage|wages|package|pay\s*range|salary\s*range|earn|earning)\b/i
const HEADING = /^\s{0,3}(?:#{1,6}\s+(.*)|\*\*([^*]+)\*\*:?\s*|__([^_]+)__:?\s*)$/

/**
 * Where the posting states a salary: the front matter `salary:` line when there is one, else
 * every text line with a currency figure that talks about pay (or sits under a heading that
 * does). HTML comments are not the posting's words.
 */
export function salaryStatements(posting: Pick<Posting, 'text' | 'frontMatter' | 'titleRange'>, salaryText: string | null): SalaryStatement[] {
  const lines = posting.text.split(/\r\n|\r|\n/)
  const fm = posting.frontMatter.range
  const at = (line: number, text: string): Range => {
    const lead = text.length - text.trimStart().length
    return {line, column: lead + 1, endLine: line, endColumn: text.trimEnd().length + 1}
  }
  if (salaryText !== null) {
    const index = fm ? lines.findIndex((l, i) => i + 1 >= fm.line && i + 1 <= fm.endLine && /^\s*salary\s*:/.test(l)) : -1
    const line = index >= 0 ? index + 1 : posting.titleRange.line
    return parseSalaries(salaryText).map((salary) => ({salary, range: at(line, lines[line - 1] ?? '')}))
  }
  const out: SalaryStatement[] = []
  let heading = ''
  let fenced = false
  lines.forEach((raw, i) => {
    if (fm && i + 1 >= fm.line && i + 1 <= fm.endLine) return
    if (/^\s{0,3}(?:```|~~~)/.test(raw)) fenced = !fenced
    if (fenced) return
    const text = withoutComments(raw)
    const h = HEADING.exec(text)
    if (h) heading = h[1] ?? h[2] ?? h[3] ?? ''
    if (!PAY_WORDS.test(text) && !PAY_WORDS.test(heading)) return
    for (const salary of parseSalaries(text)) out.push({salary, range: at(i + 1, raw)})
  })
  return out
}
