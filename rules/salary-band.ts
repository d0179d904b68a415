import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'
import {annualise, bandFor, DEFAULT_BANDS, formatRange, HOURS_PER_YEAR, type BandRole, type BandTable} from '../src/duties/salary.ts'
import type {Posting, Stage} from '../src/model.ts'

const STAGE_NAMES: Record<Stage, string> = {'seed-a': 'the stage from Seed to Series A', 'b-c': 'the Series B-C stage', 'd-public': 'the Series D or public stage', unknown: 'any stage (none stated)'}
const ROLE_NAMES: Record<BandRole, string> = {cpo: 'Chief Product Officer', pm: 'Product Manager', po: 'Product Owner', combined: 'combined PM/PO'}
// A CPO is paid apart from the PMs who report to one.
const CPO_TITLE = /\b(?:chief\s+product\s+officer|CPO|(?:VP|vice\s+president)\s*,?\s*(?:of\s+)?product)\b/i

function bandRole(posting: Posting): BandRole {
  if (posting.role === 'combined' || posting.declaresCombined) return 'combined'
  if (posting.role === 'po') return 'po'
  return CPO_TITLE.test(posting.title) ? 'cpo' : 'pm'
}

export default defineRule({
  id: 'salary-band',
  description: 'A stated salary falls outside the usual band for the role and stage',
  severity: 'warn',
  rationale:
    'Pay follows the role and the stage: about $150-200K all-in for one combined PM at Seed to Series A; $200-250K for a PM and $140-180K for a PO at Series B to C; at Series D and public $300-400K for a CPO, $200-250K per PM and $140-180K per PO. A range far from the band usually means the posting describes another job than its title says (a PO paid like a PM is expected to set strategy), or a structure the stage does not fit. See docs/roles.md#pay-by-stage.',
  fix: 'Check that the title, stage and pay describe the same job: adjust the range, or retitle the role for the work it is paid for; for another market or currency, set the `bands` option (bands.<currency>.<cpo|pm|po|combined>.<seed-a|b-c|d-public> = [min, max] a year)',
  messages: {
    aboveBand: 'Salary {stated}{converted} is above the {role} band for {stage} ({band}); check the title, level and stage describe the same job, or set the band for your market',
    belowBand: 'Salary {stated}{converted} is below the {role} band for {stage} ({band}); check the title, level and stage describe the same job, or set the band for your market',
    widerThanBand: 'Salary {stated}{converted} reaches both below and above the {role} band for {stage} ({band}); state the range for this one role and level',
  },
  options: {bands: DEFAULT_BANDS},
  examples: {
    invalid: ['---\ntitle: Product Owner\nstage: Series B\nsalary: $210,000 - $240,000\n---\n\n## Responsibilities\n\n- Write user stories\n'],
    valid: ['---\ntitle: Product Owner\nstage: Series B\nsalary: $150,000 - $175,000\n---\n\n## Responsibilities\n\n- Write user stories\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    // A currency named in the config replaces that currency's default table; the others stay.
    const bands: BandTable = {...DEFAULT_BANDS, ...context.options.bands}
    const role = bandRole(posting)
    const stage = posting.stage.stage
    for (const {salary, range} of posting.salaries) {
      const band = bandFor(bands, salary.currency, role, stage)
      if (!band) continue
      const {min, max} = annualise(salary)
      const above = max > band[1]
      const below = min < band[0]
      if (!above && !below) continue
      const converted =
        salary.period === 'hour'
          ? ` an hour (converted at ${HOURS_PER_YEAR.toLocaleString('en-US')} hours a year: ${formatRange(min, max, salary.currency)})`
          : salary.period === 'month'
            ? ` a month (converted at 12 months a year: ${formatRange(min, max, salary.currency)})`
            : ''
      context.report({
        messageId: above && below ? 'widerThanBand' : above ? 'aboveBand' : 'belowBand',
        range,
        data: {
          stated: `"${salary.words}"`,
          converted,
          role: ROLE_NAMES[role],
          stage: STAGE_NAMES[stage],
          band: formatRange(band[0], band[1], salary.currency),
        },
      })
    }
  },
})
