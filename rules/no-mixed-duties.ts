import {defineRule} from '../src/rule.ts'
import {familiesOf, isProductPosting, quoteWords} from './helpers.ts'

export default defineRule({
  id: 'no-mixed-duties',
  description: 'One duty line joins Product Manager and Product Owner work',
  severity: 'error',
  rationale:
    'A line that asks one person to own the roadmap and also run the sprints joins two jobs: whoever is hired will be good at one half and middling at the other, and the line hides which half they answer for. See docs/roles.md#one-posting-for-two-jobs.',
  fix: 'Split the line: keep the strategy half (roadmap, research, vision, metrics) for a Product Manager and give the execution half (sprints, backlog, stories, scope) to a Product Owner, or say who does each',
  messages: {
    mixed: 'Line joins PM work {pmWords} ({pmFamilies}) with PO work {poWords} ({poFamilies}); give each to one role',
  },
  options: {},
  examples: {
    invalid: ['# Product Manager\n\n## Responsibilities\n\n- Own the product roadmap and run sprint planning with the team\n'],
    valid: ['# Product Manager\n\n## Responsibilities\n\n- Own the product roadmap\n- Partner with the Product Owner, who runs sprint planning\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    for (const unit of posting.units) {
      const pm = unit.families.some((f) => f.startsWith('pm.'))
      // Working with engineers is shared ground: a PM detached from them is a mistake of its own.
      const po = unit.families.some((f) => f.startsWith('po.') && f !== 'po.engineering')
      if (!pm || !po) continue
      context.report({
        messageId: 'mixed',
        unit,
        data: {pmWords: quoteWords(unit, 'pm.'), pmFamilies: familiesOf(unit, 'pm.'), poWords: quoteWords(unit, 'po.'), poFamilies: familiesOf(unit, 'po.')},
      })
    }
  },
})
