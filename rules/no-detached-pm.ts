import {findPhrase, type Phrase} from '../src/duties/phrases.ts'
import {defineRule} from '../src/rule.ts'

// Signs that the PM works with the people who build the product.
const ENGINEERING: Phrase[] = [
  {pattern: /\b(?<!(?:sales|solutions?|support|field|prompt|reverse|social)[\s-])engineer(?:s|ing)?\b/i, note: 'engineers and the engineering team are whom a PM learns feasibility from'},
  {pattern: /\b(?:developers?|devs|dev\s+teams?|development\s+teams?|software\s+teams?|technical\s+teams?)\b/i, note: 'developers and the development team are the engineering side under another name'},
  {pattern: /\b(?:tech(?:nical)?\s+leads?|CTO|architects?|R\s?&\s?D)\b/i, note: 'the tech lead, CTO or architects speak for engineering'},
  {pattern: /\b(?:delivery|scrum|build|agile)\s+teams?\b|\bsquads?\b/i, note: 'the team that builds the product, by the name its process gives it'},
  {pattern: /\bfeasib(?:le|ility)\b/i, note: 'a PM detached from engineering does not understand feasibility'},
  {pattern: /\btechnical\s+(?:trade[\s-]?offs?|constraints|decisions|debt|design|discussions|complexity)\b/i, note: 'technical trade-offs are only understood together with engineering'},
]

export default defineRule({
  id: 'no-detached-pm',
  description: 'A Product Manager posting never mentions working with engineering',
  severity: 'warn',
  rationale:
    'A PM who never works with engineering learns neither what is feasible nor what "shipped" really takes, treats the Product Owner as a contractor, and slows every decision down. Even when a PO runs the day-to-day work, the PM needs time with engineers to understand the constraints. See docs/roles.md#a-strategist-who-never-meets-engineering.',
  fix: 'Say how the PM works with engineering: who they partner with (the tech lead, the engineering team), on what (feasibility, technical trade-offs, what shipped) and how often',
  messages: {
    detached: 'Product Manager posting never mentions working with engineering (engineers, developers, tech lead, feasibility); say how the PM partners with the engineering team',
  },
  options: {},
  examples: {
    invalid: ['# Product Manager\n\n## Responsibilities\n\n- Own the product strategy and roadmap\n- Interview customers every week\n- Present the quarterly plan to the board\n'],
    valid: ['# Product Manager\n\n## Responsibilities\n\n- Own the product strategy and roadmap\n- Interview customers every week\n- Work through feasibility and technical trade-offs with the tech lead\n'],
  },
  check(posting, context) {
    if (posting.role !== 'pm') return
    // Duties and headings only: "we have 40 engineers" in About is no partnership.
    const texts: string[] = []
    for (const s of posting.sections) texts.push(s.heading)
    for (const u of posting.units) texts.push(u.text)
    if (findPhrase(texts, ENGINEERING)) return
    context.report({messageId: 'detached', range: posting.titleRange})
  },
})
