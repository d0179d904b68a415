import {defineRule} from '../src/rule.ts'
import {cluster, listLines, related, titleWords} from './helpers.ts'

export default defineRule({
  id: 'no-two-jobs',
  description: 'A posting titled as one role asks for substantial PM work and substantial PO work',
  severity: 'error',
  rationale:
    'A posting titled as one role whose duties are both the PM\'s strategy and the PO\'s execution advertises two jobs under one title: the hire will be strong at one and weak at the other. Write one posting per role, or say openly that the role is combined (honest only at an early stage). See docs/roles.md#one-posting-for-two-jobs.',
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
