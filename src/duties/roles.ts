import type {Role} from '../model.ts'
import type {Token} from './matcher.ts'

const PM_WORDS = String.raw`(?:product[\s-]?manager|produkt[\s-]?manager|productmanager|product\s+management)`
const PO_WORDS = String.raw`(?:product[\s-]?owner|produkt[\s-]?owner|productowner)`

/**
 * Title patterns per role class. A combined title is checked first, then the roles that share
 * words with the product roles (Product Marketing Manager, Product Designer), then PO and PM; the
 * other roles (Scrum Master, Engineer...) only when no product role is named, so "Technical
 * Product Owner, Developer Platform" is a PO. Users add their own from config (`titles`).
 */
export const TITLE_PATTERNS: Record<Role | 'productOther', RegExp[]> = {
  combined: [
    new RegExp(String.raw`\b${PM_WORDS}\s*(?:[/&+|]|\band\b|\bor\b)\s*(?:product\s+|produkt\s+)?owner\b`, 'i'),
    new RegExp(String.raw`\b${PO_WORDS}\s*(?:[/&+|]|\band\b|\bor\b)\s*(?:product\s+|produkt\s+)?manager\b`, 'i'),
    /\bP[MO]\s*[/&+|]\s*P[MO]\b/,
  ],
  productOther: [/\bproduct\s+(?:marketing|design|designer|analyst|analytics|operations|ops|support|specialist|engineer|developer|marketer)\b/i],
  po: [new RegExp(String.raw`\b${PO_WORDS}s?\b`, 'i'), /\bPOs?\b/, /\bproduct\s+ownership\b/i],
  pm: [
    new RegExp(String.raw`\b${PM_WORDS}s?\b`, 'i'),
    /\bPMs?\b/,
    /\b(?:head|director|vp|vice\s+president|chief)\s*,?\s+(?:of\s+)?product\b/i,
    /\bchief\s+product\s+officer\b/i,
    /\bCPO\b/,
    /\bproduct\s+(?:lead|leader)\b/i,
  ],
  other: [
    /\b(?:scrum\s+master|agile\s+coach|delivery\s+(?:manager|lead)|project\s+manager|program(?:me)?\s+manager|engineering\s+manager|engineering\s+lead|tech(?:nical)?\s+lead|designer|engineer|developer|architect|analyst|recruiter|marketing\s+manager|account\s+manager|sales|release\s+train\s+engineer|business\s+analyst|coach|consultant)\b/i,
  ],
}

const ORDER = ['combined', 'productOther', 'po', 'pm', 'other'] as const

/** The role class a title names, or null when it names none. */
export function classifyTitle(title: string, extra: Partial<Record<Role, RegExp[]>> = {}): Role | null {
  // A title is short: a heading of a thousand words is text, and is not worth the patterns' time.
  title = title.slice(0, 300)
  for (const key of ORDER) {
    const role: Role = key === 'productOther' ? 'other' : key
    const patterns = key === 'productOther' ? TITLE_PATTERNS.productOther : [...(extra[role] ?? []), ...TITLE_PATTERNS[key]]
    for (const re of patterns) if (re.test(title)) return role
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
  'programme manag': 'other',
  'engineering manag': 'other',
  'engineering lead': 'other',
  'tech lead': 'other',
  'technical lead': 'other',
  'agile coach': 'other',
  'development team': 'other',
  'engineering team': 'other',
  'product design': 'other',
}
const TITLE_HEADS = new Set(['manager', 'managers', 'lead', 'leads', 'director', 'head', 'officer', 'team', 'analyst', 'analysts', 'architect', 'council', 'committee', 'board', 'department', 'office', 'unit', 'squad', 'guild'])
const THREE_WORD: Record<string, Role> = {'head of product': 'pm', 'vp of product': 'pm', 'director of product': 'pm', 'chief product officer': 'pm'}
/** First words of the multi-word mentions: most words start none, and are passed over quickly. */
const FIRST_WORDS = new Set([...Object.keys(TWO_WORD), ...Object.keys(THREE_WORD)].map((k) => k.split(' ')[0] as string))
const ONE_WORD: Record<string, Role> = {po: 'po', pos: 'po', pm: 'pm', pms: 'pm', cpo: 'pm', engineers: 'other', developers: 'other', designers: 'other', squads: 'other', teams: 'other'}

/** Finds role mentions in a unit's tokens. Works on the written words, so `PO` is not `po` in "po box". */
export function findRoleMentions(tokens: Token[], text: string): RoleMention[] {
  const mentions: RoleMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    const third = tokens[i + 2]
    const starts = FIRST_WORDS.has(t.norm)
    if (starts && next && third && third.clause === t.clause && THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`]) {
      mentions.push({role: THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`] as Role, generic: false, first: i, last: i + 2})
      i += 2
      continue
    }
    if (starts && next && next.clause === t.clause) {
      const pair = `${t.norm} ${next.norm.replace(/(?:er|ers|ement|ing|s)$/, '')}`
      const role = TWO_WORD[pair] ?? TWO_WORD[`${t.norm} ${next.norm}`] ?? TWO_WORD[`${t.norm} ${next.norm.replace(/s$/, '')}`]
      if (role) {
        mentions.push({role, generic: /team$/.test(pair) || pair === 'product design', first: i, last: i + 1})
        i++
        continue
      }
    }
    if (!TITLE_HEADS.has(t.norm) && !Object.hasOwn(ONE_WORD, t.norm)) continue
    const written = text.slice(t.start, t.end)
    // A titled third party: "the Digital Services Manager", "our Insights Team".
    if (TITLE_HEADS.has(t.norm) && /^\p{Lu}/u.test(written) && i > 0 && /^\p{Lu}/u.test(text.slice((tokens[i - 1] as Token).start, (tokens[i - 1] as Token).end))) {
      mentions.push({role: 'other', generic: false, first: i - 1, last: i})
      continue
    }
    const short = Object.hasOwn(ONE_WORD, t.norm) ? ONE_WORD[t.norm] : undefined
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
