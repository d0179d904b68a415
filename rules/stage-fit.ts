import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'
import type {Stage} from '../src/model.ts'

const STAGE_NAMES: Record<Exclude<Stage, 'unknown'>, string> = {'seed-a': 'the stage from Seed to Series A', 'b-c': 'the Series B-C stage', 'd-public': 'the Series D or public stage'}

export default defineRule({
  id: 'stage-fit',
  description: 'The role structure does not fit the company stage or size',
  severity: 'warn',
  rationale:
    'The right structure depends on the stage. From Seed to Series A one scrappy PM who does both jobs is fine, though the role burns people out after three or four years and outgrows one person at about 10 engineers or several product lines. From Series B there are several teams and a mature roadmap: a PM for strategic clarity and POs for execution. A separate PO at Seed is the opposite mismatch: early teams rarely can afford or need both. See docs/roles.md#stage-advice and docs/roles.md#the-wall.',
  fix: 'At Series B or later, or beyond about 10 engineers or more than one team or product line, hire a PM for strategy and a PO for execution instead of one combined role; at Seed to Series A, consider one PM who also owns execution instead of a separate PO',
  messages: {
    combinedAtStage: 'Combined PM/PO role at {stage} ({evidence}); from Series B the jobs are separate: hire a PM for strategy and a PO for execution',
    combinedAtScale: 'Combined PM/PO role with {size}; a combined role hits the wall at about {wall}: plan a Product Owner to take execution off the PM',
    separatePoAtSeed: 'Separate Product Owner at {stage} ({evidence}); at this stage one PM usually owns both strategy and execution: consider hiring that PM instead',
  },
  options: {wallEngineers: 10, wallTeams: 2},
  examples: {
    invalid: [
      '---\ntitle: Product Manager / Product Owner\nstage: Series C\n---\n\n## Responsibilities\n\n- Own the roadmap and the backlog\n',
      '# Product Owner\n\nWe are a seed-stage startup.\n\n## Responsibilities\n\n- Write user stories\n',
    ],
    valid: ['---\ntitle: Product Manager / Product Owner\nstage: Seed\n---\n\n## Responsibilities\n\n- Own the roadmap and the backlog\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    const {stage, evidence, engineers, teams} = posting.stage
    const {wallEngineers, wallTeams} = context.options
    const size = [engineers !== null && engineers >= wallEngineers ? `${engineers} engineers` : '', teams !== null && teams >= wallTeams ? `${teams} teams or product lines` : ''].filter(Boolean).join(' and ')
    const combined = posting.role === 'combined' || posting.declaresCombined
    if (combined && (stage === 'b-c' || stage === 'd-public')) {
      context.report({messageId: 'combinedAtStage', range: posting.titleRange, data: {stage: STAGE_NAMES[stage], evidence}})
    } else if (combined && size) {
      context.report({messageId: 'combinedAtScale', range: posting.titleRange, data: {size, wall: `${wallEngineers} engineers or ${wallTeams} teams or product lines`}})
    } else if (posting.role === 'po' && !combined && stage === 'seed-a' && !size) {
      // Past the wall a PO is the right hire, even at Series A (docs/roles.md#the-wall).
      context.report({messageId: 'separatePoAtSeed', range: posting.titleRange, data: {stage: STAGE_NAMES[stage], evidence}})
    }
  },
})
