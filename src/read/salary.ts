import {currencyFinder, parseSalaries} from '../duties/salary.ts'
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
  // Most postings name no currency anywhere, and most lines of those that do name none: one look
  // at all their words (`words` is allWords(blocks)) finds the lines that do. A currency is a
  // symbol or a code, never over a line break, and the line's edges are to it as the \n around
  // it (see allWords), so a line names one exactly when one is found on it.
  const currencyFrom = currencyFinder(words)
  let currency = currencyFrom(0)
  if (currency < 0) return []
  const out: SalaryStatement[] = []
  let headingPays = false
  let start = 0
  for (const block of blocks) {
    if (block.heading === 'markdown' || block.heading === 'emphasis' || block.heading === 'capitals') headingPays = PAY_WORDS.test(block.text)
    for (const {text, line} of block.lines) {
      const end = start + text.length
      start = end + 1
      if (currency < 0 || currency >= end) continue
      currency = currencyFrom(end)
      if (!headingPays && !PAY_WORDS.test(text)) continue
      for (const salary of parseSalaries(text)) out.push({salary, range: index.lineRange(line)})
    }
  }
  return out
}
