import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'
import {annualise, bandFor, DEFAULT_BANDS, formatRange, HOURS_PER_YEAR, type BandRole, type BandTable} from '../src/duties/salary.ts'
import type {Posting, Stage} from '../src/model.ts'

const STAGE_NAMES: Record<Stage, string> = {'seed-a': 'the Seed-Series A stage', 'b-c': 'the Series B-C stage', 'd-public': 'the Series D or public stage', unknown: 'any stage (none stated)'}
const ROLE_NAMES: Record<BandRole, string> = {cpo: 'Chief Product Officer', pm: 'Product Manager', po: 'Product Owner', combined: 'combined PM/PO'}
// The seed prices a CPO apart from the PMs who report to one.
const CPO_TITLE = /\b(?:chief\s+product\s+officer|CPO|(?:VP|vice\s+president)\s*,?\s*(?:of\s+)?product)\b/i

function bandRole(posting: Posting): BandRole {
  if (posting.role === 'combined' || posting.declaresCombined) return 'combined'
  if (posting.role === 'po') return 'po'
  return CPO_TITLE.test(posting.title) ? 'cpo' : 'pm'
}

export default defineRule({
  id: 'salary-band',
  description: 'A stated salary falls outside the seed\'s band for the role and stage',
  severity: 'warn',
  rationale:
    'The seed prices each structure by stage: one combined PM at Seed to Series A costs about $150-200K all-in; at Series B to C a PM costs $200-250K and a PO $140-180K; at Series D and public a CPO costs $300-400K, each PM $200-250K and each PO $140-180K. A range far from the band usually means the posting is for a different job than its title says (a PO paid like a PM is expected to do strategy), or a stage the structure does not fit.',
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
