import {mayNameSalary, parseSalaries} from '../duties/salary.ts'
import type {SalaryStatement} from '../model.ts'
import {allWords, type Block} from './blocks.ts'
import type {LineIndex} from './text.ts'

// Words that make a line about pay; without one, "$40M Series B" or "save $50k a year" is not a salary.
const PAY_WORDS = /\b(?:salary|salaries|compensation|comp|pay|paid|base|OTE|remuneration|wage|wages|package|pay\s*range|salary\s*range|earn|earning)\b/i

/**
 * Where the posting states a salary: the front matter `salary:` (on `salaryLine`) when there is
 * one, else every line of the posting's words with a currency figure that talks about pay, or
 * sits under a heading or bold line that does. Code, HTML comments and front matter are not the
 * posting's words.
 */
export function salaryStatements(blocks: readonly Block[], salaryText: string | null, salaryLine: number, index: LineIndex, words = allWords(blocks)): SalaryStatement[] {
  if (salaryText !== null) return parseSalaries(salaryText).map((salary) => ({salary, range: index.lineRange(salaryLine)}))
  // Most postings name no currency anywhere: one look at all their words says so (see allWords).
  if (!mayNameSalary(words)) return []
  const out: SalaryStatement[] = []
  let headingPays = false
  for (const block of blocks) {
    if (block.heading === 'markdown' || block.heading === 'emphasis') headingPays = PAY_WORDS.test(block.text)
    for (const {text, line} of block.lines) {
      // Most lines name no currency: that one look comes first.
      if (!mayNameSalary(text) || (!headingPays && !PAY_WORDS.test(text))) continue
      for (const salary of parseSalaries(text)) out.push({salary, range: index.lineRange(line)})
    }
  }
  return out
}
