import {defineRule} from '../src/rule.ts'
import {quoteMatches} from './helpers.ts'

export default defineRule({
  id: 'no-execution-in-pm-role',
  description: 'A Product Manager posting asks for work a PM does not do',
  severity: 'warn',
  rationale:
    'Project management, detailed requirements, running sprints and building slide decks are execution, the Product Owner\'s side. A PM pulled into them every day has no room left to think about where the product should go, and the posting is really asking for a second job. See docs/roles.md#what-a-product-manager-does-not-do.',
  fix: 'Give sprints, backlog grooming, detailed requirements and decks to a Product Owner (or delivery lead) and keep the PM on what to build and why',
  messages: {
    execution: 'A Product Manager posting asks for {words} ({families}), which is execution a PM does not do; give it to a Product Owner',
  },
  options: {},
  examples: {
    invalid: ['# Product Manager\n\n## Responsibilities\n\n- Groom the backlog and run daily standups\n'],
    valid: ['# Product Manager\n\n## Responsibilities\n\n- Decide which customer problems to solve next and why\n'],
  },
  check(posting, context) {
    if (posting.role !== 'pm') return
    for (const unit of posting.units) {
      // A nice-to-have is not what the role asks for.
      if (unit.section.kind === 'nice-to-have') continue
      const execution = unit.matches.filter((m) => m.execution)
      if (!execution.length) continue
      context.report({
        messageId: 'execution',
        unit,
        data: {
          words: quoteMatches(unit, execution),
          families: [...new Set(execution.map((m) => m.family))].sort().join(', '),
        },
      })
    }
  },
})
