import {defineRule} from '../src/rule.ts'
import {poDoesNotDo} from '../src/duties/model.ts'
import {quoteMatches} from './helpers.ts'

export default defineRule({
  id: 'no-strategy-in-po-role',
  description: 'A Product Owner posting asks for roadmap decisions, strategy or user research',
  severity: 'warn',
  rationale:
    'Roadmap decisions, strategy and user research are Product Manager work. A PO asked for them is being asked to run the product as well, usually without the time or the mandate, and the product turns reactive: it answers requests instead of following a direction. See docs/roles.md#what-a-product-owner-does-not-do and docs/roles.md#a-product-owner-left-to-run-the-product.',
  fix: 'Give the strategy, roadmap and research to a Product Manager, and let the PO take that direction and turn it into executable work',
  messages: {
    strategy: 'A Product Owner posting asks for {words} ({families}), which is Product Manager work; give it to a PM or say the PO executes it',
  },
  options: {},
  examples: {
    invalid: ['# Product Owner\n\n## Responsibilities\n\n- Define the product vision and strategy\n'],
    valid: ['# Product Owner\n\n## Responsibilities\n\n- Turn the roadmap set by the Product Manager into user stories\n'],
  },
  check(posting, context) {
    if (posting.role !== 'po') return
    for (const unit of posting.units) {
      // A nice-to-have is not what the role asks for.
      if (unit.section.kind === 'nice-to-have') continue
      // Input to the PM's vision ("contribute to the vision") is a PO's to give; research is not.
      const strategy = unit.matches.filter(poDoesNotDo)
      if (!strategy.length) continue
      context.report({
        messageId: 'strategy',
        unit,
        data: {
          words: quoteMatches(unit, strategy),
          families: [...new Set(strategy.map((m) => m.family))].sort().join(', '),
        },
      })
    }
  },
})
