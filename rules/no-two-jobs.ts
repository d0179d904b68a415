import {defineRule} from '../src/rule.ts'
import {cluster, listLines, related, titleWords} from './helpers.ts'

export default defineRule({
  id: 'no-two-jobs',
  description: 'A posting titled as one role asks for substantial PM work and substantial PO work',
  severity: 'error',
  rationale:
    'The seed\'s first mistake is hiring a PM and expecting them to also be a PO: "That\'s two jobs." Its advice is to write two job descriptions, not one, and be explicit about which role you are hiring for.',
  fix: 'Write two postings (a PM who owns strategy and a PO who owns execution), or, at Seed to Series A, title the role honestly as a combined PM/PO',
  messages: {
    twoJobs:
      'Posting titled {title} asks for two jobs: PM work on lines {pmLines} ({pmFamilies}) and PO work on lines {poLines} ({poFamilies}); write two postings, or title it as a combined PM/PO role',
  },
  options: {minUnits: 3, minFamilies: 2},
  examples: {
    invalid: [
      '# Senior Product Manager\n\n## Responsibilities\n\n- Own the product roadmap\n- Interview customers to find acute problems\n- Set the product vision and strategy\n- Write user stories with acceptance criteria\n- Run sprint planning and daily standups\n- Groom the backlog every week\n',
    ],
    valid: [
      '# Senior Product Manager\n\n## Responsibilities\n\n- Own the product roadmap\n- Interview customers to find acute problems\n- Set the product vision and strategy\n- Partner with the Product Owner, who runs sprint planning\n',
    ],
  },
  check(posting, context) {
    if (posting.role !== 'pm' && posting.role !== 'po') return
    if (posting.declaresCombined) return
    const pm = cluster(posting, 'pm', context.options)
    const po = cluster(posting, 'po', context.options)
    if (!pm.present || !po.present) return
    context.report({
      messageId: 'twoJobs',
      range: posting.titleRange,
      data: {
        title: titleWords(posting),
        pmLines: listLines(pm.units.map((u) => u.line)),
        pmFamilies: pm.families.join(', '),
        poLines: listLines(po.units.map((u) => u.line)),
        poFamilies: po.families.join(', '),
      },
      relatedLocations: [...related(pm.units, 'pm.'), ...related(po.units, 'po.')],
    })
  },
})
