import {defineRule} from '../src/rule.ts'
import {cluster, listLines, related, retitled, titleWords} from './helpers.ts'

export default defineRule({
  id: 'title-matches-duties',
  description: 'The title names one role while the duties describe the other',
  severity: 'error',
  rationale:
    'A PO titled PM because the title sounds better draws strategists to an execution job, and leaves nobody asking whether the team builds the right thing. A PO title over PM strategy work leaves the product run by someone without the mandate, and it turns reactive. Either way the title attracts the wrong candidates. See docs/roles.md#a-product-owner-titled-product-manager and docs/roles.md#a-product-owner-left-to-run-the-product.',
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
    // Only a PM or PO title can be at odds with its duties: the clusters are read for those alone.
    if (posting.role !== 'pm' && posting.role !== 'po') return
    const pm = cluster(posting, 'pm', context.options)
    if (posting.role === 'po') {
      if (!pm.present) return
      context.report({
        messageId: 'pmWorkUnderPoTitle',
        range: posting.titleRange,
        data: {title: titleWords(posting), lines: listLines(pm.units.map((u) => u.line)), families: pm.families.join(', ')},
        relatedLocations: related(pm.units, 'pm.'),
      })
      return
    }
    if (pm.present) return
    const po = cluster(posting, 'po', context.options)
    if (po.present) {
      context.report({
        messageId: 'poWorkUnderPmTitle',
        range: posting.titleRange,
        data: {title: titleWords(posting), lines: listLines(po.units.map((u) => u.line)), families: po.families.join(', ')},
        relatedLocations: related(po.units, 'po.'),
        expected: retitled(posting, /\bProduct Manager\b/i, 'Product Owner'),
      })
    }
  },
})
