import {findPhrase, type Phrase} from '../src/duties/phrases.ts'
import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'

const DEFINE = '(?:define|defines|defining|set|sets|setting|establish|establishing|agree|agreeing|articulate|articulating|clarify|clarifying|determine|determining|decide|deciding)'

// Ways a posting says how success in the role will be judged.
const SUCCESS: Phrase[] = [
  {pattern: /\bsuccess\s+(?:in|for)\s+(?:this|the)\s+(?:role|position|job)\b/i, note: 'saying what "success in this role" looks like'},
  {pattern: new RegExp(`(?<!\\b${DEFINE}\\s+(?:what\\s+)?)\\bsuccess\\s+(?:looks|will\\s+look)\\s+like\\b`, 'i'), note: '"what success looks like", unless it is a duty to define success for a feature'},
  {pattern: /\b(?:you|you['’]ll|you\s+will|you\s+are|you['’]re|this\s+role|the\s+role)\s+(?:will\s+)?(?:be\s+)?(?:measured|judged|evaluated|assessed)\s+(?:by|on|against)\b/i, note: 'what the hire will be measured by'},
  {pattern: /\b(?:success|your\s+performance)\s+(?:in\s+this\s+role\s+)?(?:is|will\s+be)\s+(?:measured|judged|defined|evaluated)\b/i, note: 'how success or performance is measured'},
  {pattern: /\b(?:in|within|during|by\s+the\s+end\s+of|after)\s+(?:your|the)\s+first\s+(?:(?:\d+|few|thirty|sixty|ninety|three|six|twelve)\s+(?:days|weeks|months)|year|quarter)\b/i, note: '"in your first 90 days": outcomes expected by a date'},
  {pattern: /\b(?:in|within|after|by)\s+(?:\d+|thirty|sixty|ninety|three|six|nine|twelve)\s+(?:days|weeks|months?),?\s+you(?:['’]ll|\s+will)\s+(?:have|be)\b/i, note: '"within six months you will have ...": a dated outcome'},
  {pattern: /^success(?:\s+(?:in|after|by|within)\s+[\w\s-]{1,30}?)?\s*(?:[:=]|[-–—]\s)\s*\S/i, note: '"Success: churn below 3% by June": a run-in label followed by the outcome'},
  {pattern: /\bwe(?:['’]ll|\s+will)?\s+(?:measure|judge|evaluate)\s+(?:your|this\s+role['’]s|the\s+role['’]s)\s+(?:success|performance|impact)\b/i, note: '"we will measure your success by ..."'},
  {pattern: /^(?:success|measures\s+of\s+success|success\s+(?:measures|criteria|indicators|metrics\s+for\s+(?:this|the)\s+role)|how\s+(?:you['’]ll|you\s+will)\s+be\s+(?:measured|judged|evaluated))\s*:?\s*$/i, note: 'a heading that introduces how the hire is judged'},
  {pattern: /\b(?:by\s+the\s+end\s+of|by|after|within)\s+(?:month|week|quarter|year)\s+(?:\d+|one|two|three|six|nine|twelve)\b,?\s+you(?:['’]ll|\s+will)\b/i, note: '"by month six you will ...": a dated outcome'},
  {pattern: /\b30\s*[/-]\s*60\s*[/-]\s*90\b/, note: 'a 30/60/90-day plan states expected outcomes'},
  {pattern: /\bKPIs?\s+(?:for|of)\s+(?:this|the)\s+(?:role|position)\b|\byour\s+(?:KPIs?|OKRs?|key\s+results|success\s+metrics)\b/i, note: 'the KPIs of the role itself, not of a feature'},
  {pattern: /\bknow\s+(?:you['’]re|you\s+are)\s+(?:succeeding|successful|doing\s+well)\b/i, note: '"you\'ll know you\'re succeeding when ..."'},
  {pattern: /\byou(?:\s+will\s+be|['’]ll\s+be|\s+are|['’]re)\s+(?:successful|succeeding|doing\s+well)\s+(?:if|when|once|in\s+this\s+role)\b|\byou(?:['’]ll|\s+will|['’]ve|\s+have)?\s+(?:have\s+)?succe(?:ed|eded)\s+(?:if|when|once|by)\b/i, note: '"you are successful if ..."'},
  {pattern: /^(?:expected\s+outcomes|outcomes|what\s+we\s+expect|what\s+you['’]ll\s+(?:achieve|accomplish)|how\s+(?:we(?:['’]ll|\s+will)\s+measure|success\s+is\s+measured))\b/i, note: 'a heading that introduces the outcomes expected of the hire'},
]

export default defineRule({
  id: 'require-success-criteria',
  description: 'No sentence says how success in the role is judged',
  severity: 'warn',
  rationale:
    'The two jobs succeed differently: a PM by finding opportunities and making good trade-offs (can they state the strategy and roadmap in one sentence?), a PO by shipping well-scoped work on time (can they say what ships this sprint and why?). A posting that never says how success is judged leaves the hire unable to tell which job they are measured on. See docs/roles.md#say-how-success-is-judged and docs/roles.md#how-each-succeeds.',
  fix: 'Add a sentence on how success will be judged, for example "Success in this role: within six months the team can state our strategy in one sentence" (a PM) or "You are successful when well-scoped work ships on time every sprint" (a PO)',
  messages: {
    missing: 'Posting never says how success in the role is judged; add what success in this role looks like (outcomes, first 90 days, KPIs of the role)',
  },
  options: {},
  examples: {
    invalid: ['# Product Owner\n\n## Responsibilities\n\n- You own the backlog for the payments team\n- Write user stories with acceptance criteria\n'],
    valid: ['# Product Owner\n\n## Responsibilities\n\n- You own the backlog for the payments team\n- Write user stories with acceptance criteria\n\n## Success in this role\n\nWell-scoped work ships on time every sprint.\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    if (findPhrase(posting.plain, SUCCESS)) return
    context.report({messageId: 'missing', range: posting.titleRange})
  },
})
