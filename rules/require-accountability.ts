import {findPhrase, type Phrase} from '../src/duties/phrases.ts'
import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'

// Ways a posting says what the role is accountable for, owns or decides.
const ACCOUNTABILITY: Phrase[] = [
  {pattern: /\baccountab(?:le|ility)\b/i, note: 'the plainest way to say it: "accountable for roadmap decisions"'},
  {pattern: /\bresponsib(?:le|ility)\s+for\b/i, note: '"responsible for" names what the role answers for (the heading "Responsibilities" does not)'},
  {pattern: /\b(?:you|you['’]ll|you\s+will|who\s+will|who|will)\s+(?:also\s+|fully\s+|directly\s+|ultimately\s+)?(?:own|decide)\b/i, note: '"you will own", "you decide": the hire owns or decides something'},
  {pattern: /\bowns\b/i, note: '"the PM owns roadmap decisions; the PO owns execution" splits accountability'},
  {pattern: /^(?:own|owning|decide|deciding)\b/i, note: 'a duty that starts "Own ..." or "Decide ..." says what the role owns'},
  {pattern: /\b(?:take|taking|have|has|full|end[\s-]to[\s-]end|clear|sole)\s+ownership\b|\bownership\s+(?:of|for|over)\b/i, note: 'ownership of an outcome or area'},
  {pattern: /\b(?:final|ultimate|last)\s+(?:call|say|decision|word)\b|\bmake\s+the\s+call\b/i, note: 'who has the final call is who decides'},
  {pattern: /\b(?:the|final)\s+decision[\s-]?maker\b|\bdecision\s+rights\b|\bdecisions?\s+comes?\s+from\b/i, note: 'naming who makes the decision is a decision mechanism'},
  {pattern: /\bin\s+charge\s+of\b|\b(?<!product\s)(?:owner|DRI)\s+(?:of|for)\b/i, note: 'being in charge of, or the owner of, an area (the title "Product Owner for" is not)'},
]

export default defineRule({
  id: 'require-accountability',
  description: 'No sentence says what the role is accountable for, owns or decides',
  severity: 'warn',
  rationale:
    'A posting should name what the hire is accountable for, such as "accountable for roadmap decisions" or "accountable for sprint execution". A list of tasks with no owner leaves the team unsure who is responsible for strategy, and that confusion is what sinks execution. See docs/roles.md#say-what-the-hire-is-accountable-for.',
  fix: 'Add one sentence that names what the role owns or decides, for example "You are accountable for roadmap decisions" (a PM) or "You own sprint execution for the payments team" (a PO)',
  messages: {
    missing: 'Posting never says what the role is accountable for, owns or decides; add a sentence such as "You are accountable for ..."',
  },
  options: {},
  examples: {
    invalid: ['# Product Manager\n\n## Responsibilities\n\n- Talk to customers every week\n- Work with engineering on feasibility\n'],
    valid: ['# Product Manager\n\n## Responsibilities\n\n- You are accountable for roadmap decisions\n- Work with engineering on feasibility\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    if (findPhrase(posting.plain, ACCOUNTABILITY)) return
    context.report({messageId: 'missing', range: posting.titleRange})
  },
})
