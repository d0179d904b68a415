import type {Role} from './types.ts'
import type {Token} from './matcher.ts'

/**
 * Title patterns per role class, checked in this order: a combined title first, then the roles
 * that share words with the product roles (Product Marketing Manager, Product Designer), then PO,
 * then PM. Users add their own from config (`titles`).
 */
export const TITLE_PATTERNS: Record<Role, RegExp[]> = {
  combined: [
    /\bproduct\s+manager\s*(?:[/&+|]|\band\b|\bor\b)\s*(?:product\s+)?owner\b/i,
    /\bproduct\s+owner\s*(?:[/&+|]|\band\b|\bor\b)\s*(?:product\s+)?manager\b/i,
    /\bP[MO]\s*[/&+|]\s*P[MO]\b/,
  ],
  other: [
    /\bproduct\s+(?:marketing|design|designer|analyst|analytics|operations|ops|support|specialist|engineer|developer|marketer)\b/i,
    /\b(?:scrum\s+master|agile\s+coach|delivery\s+(?:manager|lead)|project\s+manager|program(?:me)?\s+manager|engineering\s+manager|engineering\s+lead|tech(?:nical)?\s+lead|designer|engineer|developer|architect|analyst|recruiter|marketing\s+manager|account\s+manager|sales|release\s+train\s+engineer|business\s+analyst)\b/i,
  ],
  po: [/\bproduct\s+owner\b/i, /\bPOs?\b/, /\bproduct\s+ownership\b/i],
  pm: [
    /\bproduct\s+manager\b/i,
    /\bproduct\s+management\b/i,
    /\bPMs?\b/,
    /\b(?:head|director|vp|vice\s+president|chief)\s*,?\s+(?:of\s+)?product\b/i,
    /\bchief\s+product\s+officer\b/i,
    /\bCPO\b/,
    /\bproduct\s+(?:lead|leader)\b/i,
  ],
}

const ORDER: Role[] = ['combined', 'other', 'po', 'pm']

/** The role class a title names, or null when it names none. */
export function classifyTitle(title: string, extra: Partial<Record<Role, RegExp[]>> = {}): Role | null {
  for (const role of ORDER) {
    for (const re of [...(extra[role] ?? []), ...TITLE_PATTERNS[role]]) if (re.test(title)) return role
  }
  return null
}

/** A role named inside a sentence ("our Product Owner", "the PM", "engineers"). */
export interface RoleMention {
  role: Role
  /** Engineers, developers, designers, a team: people the hire works beside, not a role that owns duties. */
  generic: boolean
  /** Token indexes: first and last word of the mention. */
  first: number
  last: number
}

const TWO_WORD: Record<string, Role> = {
  'product owner': 'po',
  'product manag': 'pm',
  'scrum master': 'other',
  'delivery manag': 'other',
  'delivery lead': 'other',
  'project manag': 'other',
  'program manag': 'other',
  'programm manag': 'other',
  'engineering manag': 'other',
  'engineering lead': 'other',
  'tech lead': 'other',
  'technical lead': 'other',
  'agile coach': 'other',
  'development team': 'other',
  'engineering team': 'other',
  'product design': 'other',
}
const THREE_WORD: Record<string, Role> = {'head of product': 'pm', 'vp of product': 'pm', 'director of product': 'pm', 'chief product officer': 'pm'}
const ONE_WORD: Record<string, Role> = {po: 'po', pos: 'po', pm: 'pm', pms: 'pm', cpo: 'pm', engineers: 'other', developers: 'other', designers: 'other'}

/** Finds role mentions in a unit's tokens. Works on the written words, so `PO` is not `po` in "po box". */
export function findRoleMentions(tokens: Token[], text: string): RoleMention[] {
  const mentions: RoleMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    const third = tokens[i + 2]
    if (next && third && third.clause === t.clause && THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`]) {
      mentions.push({role: THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`] as Role, generic: false, first: i, last: i + 2})
      i += 2
      continue
    }
    if (next && next.clause === t.clause) {
      const pair = `${t.norm} ${next.norm.replace(/(?:er|ers|ement|ing|s)$/, '')}`
      const role = TWO_WORD[pair] ?? TWO_WORD[`${t.norm} ${next.norm}`] ?? TWO_WORD[`${t.norm} ${next.norm.replace(/s$/, '')}`]
      if (role) {
        mentions.push({role, generic: /team$/.test(pair) || pair === 'product design', first: i, last: i + 1})
        i++
        continue
      }
    }
    const written = text.slice(t.start, t.end)
    const short = ONE_WORD[t.norm]
    if (short && (short === 'other' || written === written.toUpperCase().replace(/S$/, 's') || /^P[MO]s?$/.test(written))) {
      mentions.push({role: short, generic: short === 'other', first: i, last: i})
    }
  }
  return mentions
}

/** "this role covers both product management and product ownership" and the like. */
export const DECLARES_COMBINED = [
  /\bboth\s+(?:the\s+)?(?:product\s+manag(?:er|ement)|PM)\s+(?:and|&)\s+(?:the\s+)?(?:product\s+owner(?:ship)?|PO)\b/i,
  /\bboth\s+(?:the\s+)?(?:product\s+owner(?:ship)?|PO)\s+(?:and|&)\s+(?:the\s+)?(?:product\s+manag(?:er|ement)|PM)\b/i,
  /\bcombin(?:es|ed|ing)\s+(?:the\s+)?(?:product\s+manag(?:er|ement)|PM)\s+(?:and|&|with)\s+(?:the\s+)?(?:product\s+owner(?:ship)?|PO)\b/i,
  /\b(?:product\s+manag(?:er|ement)|PM)\s+(?:and|&)\s+(?:product\s+owner(?:ship)?|PO)\s+(?:roles?\s+)?in\s+one\b/i,
]

/** "We are looking for a Product Manager" inside a posting titled Product Owner, and the reverse. */
export const HIRING_AS =
  /\b(?:looking\s+for|seeking|hiring|searching\s+for|recruiting)\s+(?:an?\s+)?(?:(?:experienced|senior|junior|talented|motivated|great|skilled|strong|passionate|driven|technical|dedicated)\s+){0,3}(product\s+manager|product\s+owner)\b/i
