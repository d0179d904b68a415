// Findings are listed by place, then by rule id and message as the locale's collation orders
// them. Rule ids of built-in rules are ordered by rank instead of by the collator (building it is
// a noticeable part of a short run): the two orders must agree in every locale, and the findings
// come out as they did with the collator alone.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {sortMessages} from '../src/engine/result.ts'
import type {LintMessage} from '../src/model.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 500)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

const IDS = [...rules.map((r) => r.id), 'null']
/** Locales whose collation tailors Latin letters (digraphs, letters sorted apart, dotless i) and a few others. */
const LOCALES = ['en-US', 'en-GB', 'de', 'fr', 'es', 'es-u-co-trad', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'fi', 'is', 'et', 'lt', 'lv', 'hu', 'cs', 'sk', 'pl', 'hr', 'sl', 'ro', 'tr', 'az', 'cy', 'ga', 'mt', 'vi', 'ja', 'zh', 'ko', 'ru', 'el', 'he', 'ar', 'hi', 'th', 'und']

/** How messages were sorted before the ranks: the collator for rule id and message. */
const byCollator = (messages: LintMessage[]) =>
  [...messages].sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message))

describe('sorted findings', () => {
  it('order the built-in rule ids as the collation of every locale tried does', () => {
    const byCodeUnits = [...IDS].sort()
    for (const locale of LOCALES) expect([...IDS].sort(new Intl.Collator(locale).compare), locale).toEqual(byCodeUnits)
  })

  it('come out in the order the collator alone gives, findings of unknown rules and odd messages included', () => {
    const message = fc.record({
      line: fc.integer({min: 1, max: 3}),
      column: fc.integer({min: 1, max: 3}),
      ruleId: fc.constantFrom<string | null>(...IDS, null, 'Zeta-rule', 'über-rule', 'a-rule', 'no-two-jobs-2'),
      message: fc.constantFrom('Posting titled "PM"', 'posting titled "PM"', 'Péché', 'peche', 'Pêche', 'a', 'B', '', '10 lines', '9 lines'),
    })
    fc.assert(
      fc.property(fc.array(message, {maxLength: 12}), (drafts) => {
        const messages: LintMessage[] = drafts.map((d) => ({...d, severity: 1, endLine: d.line, endColumn: d.column}))
        expect(sortMessages([...messages])).toEqual(byCollator(messages))
      }),
      params,
    )
  })
})
