import {defineRule} from '../src/rule.ts'
import {cluster, listLines, related, retitled, titleWords} from './helpers.ts'

export default defineRule({
  id: 'title-matches-duties',
  description: 'The title names one role while the duties describe the other',
  severity: 'error',
  rationale:
    'Mistake 2 is a PO called a PM because it sounds better: nobody then thinks about whether you build the right thing. Mistake 4 is a PO who is the de facto PM: the product turns reactive. Either way the title attracts the wrong candidates.',
  fix: 'Retitle the posting for the work it describes, or move the other job\'s duties to a second posting',
  messages: {
    poWorkUnderPmTitle:
      'Posting titled {title} describes Product Owner work (lines {lines}: {families}) and little PM strategy work; title it Product Owner or add the strategy the PM will own',
    pmWorkUnderPoTitle:
      'Posting titled {title} asks for Product Manager strategy work (lines {lines}: {families}); a PO owns execution, not strategy: retitle it or give that work to a PM',
  },
  options: {minUnits: 3, minFamilies: 2},
  examples: {
    invalid: [
      '# Product Owner\n\n## Responsibilities\n\n- Own the product roadmap\n- Interview customers to find acute problems\n- Set the product vision and strategy\n',
      '# Product Manager\n\n## Responsibilities\n\n- Write user stories with acceptance criteria\n- Run sprint planning and daily standups\n- Groom the backlog every week\n',
    ],
    valid: ['# Product Owner\n\n## Responsibilities\n\n- Write user stories with acceptance criteria\n- Run sprint planning and daily standups\n- Groom the backlog every week\n'],
  },
  check(posting, context) {
    const title = titleWords(posting)
    const pm = cluster(posting, 'pm', context.options)
    const po = cluster(posting, 'po', context.options)
    if (posting.role === 'po' && pm.present) {
      context.report({
        messageId: 'pmWorkUnderPoTitle',
        range: posting.titleRange,
        data: {title, lines: listLines(pm.units.map((u) => u.line)), families: pm.families.join(', ')},
        relatedLocations: related(pm.units, 'pm.'),
      })
    } else if (posting.role === 'pm' && po.present && !pm.present) {
      context.report({
        messageId: 'poWorkUnderPmTitle',
        range: posting.titleRange,
        data: {title, lines: listLines(po.units.map((u) => u.line)), families: po.families.join(', ')},
        relatedLocations: related(po.units, 'po.'),
        expected: retitled(posting, /\bProduct Manager\b/i, 'Product Owner'),
      })
    }
  },
})
