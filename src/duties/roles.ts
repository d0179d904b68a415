import type {Role} from '../model.ts'
import {ROLE_HEAD, ROLE_START, ROLE_WORD, type Token} from './matcher.ts'
import {anyOf, joinedWithNul, negated, sentencesOf} from './phrases.ts'

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
    new RegExp(String.raw`\b${PM_WORDS}\s*(?:[/&+|–—-]|\band\b|\bor\b)\s*(?:product\s+|produkt\s+)?owner\b`, 'i'),
    new RegExp(String.raw`\b${PO_WORDS}\s*(?:[/&+|–—-]|\band\b|\bor\b)\s*(?:product\s+|produkt\s+)?manager\b`, 'i'),
    /\bP[MO]\s*(?:[/&+|–—-]|\band\b|\bor\b)\s*P[MO]\b/,
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
    // A config's own patterns for the role come before the built-in ones.
    const own = key === 'productOther' ? undefined : extra[role]
    if (own) for (const re of own) if (re.test(title)) return role
    for (const re of TITLE_PATTERNS[key]) if (re.test(title)) return role
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
/**
 * TWO_WORD's second words by first word ("product" -> owner, manag, design). Each form of the
 * next word that findRoleMentions looks up (less a suffix, as written, less an s) starts with
 * its key's second word, so a next word that starts with none of its first word's ("product
 * vision") makes no mention: most words after "product" are passed over without the three keys.
 */
const SECONDS = new Map<string, string[]>()
for (const key of Object.keys(TWO_WORD)) {
  const [first, second] = key.split(' ') as [string, string]
  SECONDS.set(first, [...(SECONDS.get(first) ?? []), second])
}
/** The next word may, with `first`, make a TWO_WORD mention. */
function mayPair(first: string, next: string): boolean {
  const seconds = SECONDS.get(first)
  if (seconds) for (const s of seconds) if (next.startsWith(s)) return true
  return false
}
const ONE_WORD: Record<string, Role> = {po: 'po', pos: 'po', pm: 'pm', pms: 'pm', cpo: 'pm', engineers: 'other', developers: 'other', designers: 'other', squads: 'other', teams: 'other'}
/** Second words of the three-word mentions. */
const THREE_WORD_SECOND = new Set(Object.keys(THREE_WORD).map((k) => k.split(' ')[1] as string))
/** Every word a mention can start or end with, for one look-up per token: most words are none. */
const ROLE_WORDS = new Set([...FIRST_WORDS, ...TITLE_HEADS, ...Object.keys(ONE_WORD)])

/** Whether a word (its norm) may start or end a role mention: no token before the first such word is part of one. */
export function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(norm)
}
/** Whether a word (its norm) starts a multi-word mention (FIRST_WORDS), for the tokenizer's class bit ROLE_START. */
export function startsRoleName(norm: string): boolean {
  return FIRST_WORDS.has(norm)
}
/** Whether a word (its norm) is a title's head or a one-word mention, for the tokenizer's class bit ROLE_HEAD. */
export function headsRoleName(norm: string): boolean {
  return TITLE_HEADS.has(norm) || Object.hasOwn(ONE_WORD, norm)
}

/** The tokens the tokenizer read last in its one pass, and the index of their first role word (their length for none). */
let scanned: Token[] | null = null
let scannedFirstRole = 0
/** Told by the tokenizer's one pass (`scanLatin`), which sees each word's forms, where the first role word of its tokens stands. */
export function noteRoleWords(tokens: Token[], first: number): void {
  scanned = tokens
  scannedFirstRole = first
}
/**
 * Where role mentions can start in tokens: the first token whose word is a role word, known for
 * the tokens the tokenizer made last when it read them in its one pass; 0 (look at every token)
 * for any other tokens. Their length when none is.
 */
export function firstRoleWord(tokens: Token[]): number {
  return tokens === scanned ? scannedFirstRole : 0
}

/** Which tokens are role words (isRoleWord), as a bit of a flag per token: a reader that keeps such flags passes them, and no token is looked up again. */
export interface RoleWordFlags {
  flags: Int32Array
  bit: number
}

/**
 * Finds role mentions in a unit's tokens. Works on the written words, so `PO` is not `po` in "po
 * box". `from` is a token no mention starts before: by default where the tokenizer saw the first
 * role word, when these are the tokens it made last (the model asks for a unit's mentions right
 * after the unit was read).
 */
export function findRoleMentions(tokens: Token[], text: string, from = firstRoleWord(tokens), roleWords: RoleWordFlags | null = null): RoleMention[] {
  const mentions: RoleMention[] = []
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // A token's class bit says what ROLE_WORDS.has(t.norm) would, without looking its norm up (as a reader's flags do).
    if (roleWords ? !((roleWords.flags[i] as number) & roleWords.bit) : (t.classes & ROLE_WORD) === 0) continue
    const next = tokens[i + 1]
    const third = tokens[i + 2]
    // The class bits answer FIRST_WORDS.has(t.norm) and TITLE_HEADS.has(t.norm) || hasOwn(ONE_WORD, t.norm).
    const starts = (t.classes & ROLE_START) !== 0
    if (starts && next && third && third.clause === t.clause && THREE_WORD_SECOND.has(next.norm) && THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`]) {
      mentions.push({role: THREE_WORD[`${t.norm} ${next.norm} ${third.norm}`] as Role, generic: false, first: i, last: i + 2})
      i += 2
      continue
    }
    if (starts && next && next.clause === t.clause && mayPair(t.norm, next.norm)) {
      const pair = `${t.norm} ${next.norm.replace(/(?:er|ers|ement|ing|s)$/, '')}`
      const role = TWO_WORD[pair] ?? TWO_WORD[`${t.norm} ${next.norm}`] ?? TWO_WORD[`${t.norm} ${next.norm.replace(/s$/, '')}`]
      if (role) {
        mentions.push({role, generic: /team$/.test(pair) || pair === 'product design', first: i, last: i + 1})
        i++
        continue
      }
    }
    if ((t.classes & ROLE_HEAD) === 0) continue
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

/** "We are looking for a Product Manager" inside a posting titled Product Owner, and the reverse. */
export const HIRING_AS =
  /\b(?:looking\s+for|seeking|hiring|searching\s+for|recruiting)\s+(?:an?\s+)?(?:(?:experienced|senior|junior|talented|motivated|great|skilled|strong|passionate|driven|technical|dedicated)\s+){0,3}(product\s+manager|product\s+owner)\b/i

/**
 * Role names as they stand inside sentences, for a posting without a title: the product roles,
 * the product-adjacent ones, and the named non-product roles. Bare words that also name people
 * the hire works beside ("engineer", "sales", "designer") are left out: "our engineers" is not
 * the role on offer.
 */
const BODY_ROLE_NAMES: [Role, RegExp][] = [
  ...TITLE_PATTERNS.combined.map((re): [Role, RegExp] => ['combined', re]),
  ...TITLE_PATTERNS.productOther.map((re): [Role, RegExp] => ['other', re]),
  ['po', new RegExp(String.raw`\b${PO_WORDS}s?\b`, 'i')],
  ['po', /\bPOs?\b/],
  ['pm', new RegExp(String.raw`\b${PM_WORDS}s?\b`, 'i')],
  ['pm', /\bPMs?\b/],
  ['pm', /\b(?:head|director|vp|vice\s+president)\s+of\s+product\b|\bchief\s+product\s+officer\b/i],
  [
    'other',
    /\b(?:scrum\s+masters?|agile\s+coach(?:es)?|delivery\s+(?:managers?|leads?)|project\s+managers?|program(?:me)?\s+managers?|engineering\s+(?:managers?|leads?)|release\s+train\s+engineers?|business\s+analysts?)\b/i,
  ],
]
/** The same, global: for matchAll. */
const BODY_ROLES = BODY_ROLE_NAMES.map(([role, re]): [Role, RegExp] => [role, new RegExp(re.source, `${re.flags}g`)])

/**
 * Words just before a role name that make it someone beside the hire: "reporting to the Head of
 * Product", "work with our Scrum Master", "alongside a Product Owner".
 */
const BESIDE = /\b(?:to|in|into|about|with|alongside|beside|besides|from|by|under|between|among|and|or|of|like|than|unlike|support(?:s|ing)?|help(?:s|ing)?|coach(?:es|ing)?)\s+(?:(?:the|our|a|an|your|their|its|each|every|one|other|two)\s+)*$/i
/** Just after a role name: a group of people, not a role ("the Product Management team"). */
const GROUP_AFTER = /^\s*(?:teams?|departments?|organi[sz]ations?|groups?|functions?|practices?|org|community|communities|guilds?|chapters?|office|leadership)\b/i
/** "our Product Manager decides ...": someone the company has, unless the hire is to be it ("as our PM"). */
const THEIRS = /\b(?:our|their)\s+(?:[\w-]+\s+)?$/i
const TO_BE = /\b(?:as|be|become)\s+(?:our|their)\s+(?:[\w-]+\s+)?$/i
/** "you will not be a Product Owner", "this is not a Scrum Master role". */
const DENIED = /\b(?:not|never|no|isn['’]t|aren['’]t|won['’]t)\s+(?:(?:be|a|an|the|our|just|simply|another|merely)\s+)*$/i

interface NamedRole {
  role: Role
  index: number
}

/** The roles a sentence names as the subject or the role on offer, in text order. */
function namedRoles(sentence: string): NamedRole[] {
  const found: NamedRole[] = []
  /** The characters inside a combined name found: the names inside it are not found again. */
  let combined: Uint8Array | null = null
  for (const [role, pattern] of BODY_ROLES) {
    for (const m of sentence.matchAll(pattern)) {
      const before = sentence.slice(Math.max(0, m.index - 60), m.index)
      if (BESIDE.test(before) || DENIED.test(before) || (THEIRS.test(before) && !TO_BE.test(before)) || GROUP_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue
      if (role === 'combined') (combined ??= new Uint8Array(sentence.length)).fill(1, m.index, m.index + m[0].length)
      // A shorter pattern inside a longer name already found ("Product Owner" in "PM / Product Owner").
      else if (combined?.[m.index]) continue
      found.push({role, index: m.index})
    }
  }
  // The earliest name first; at one position, the order of BODY_ROLES (combined, product-adjacent
  // before the product roles they share words with).
  return found.sort((a, b) => a.index - b.index)
}

/** How many sentences open a posting. */
const OPENING = 3

/**
 * The role a posting without a title is about: the role the opening sentences are about ("Product
 * Owners answer for ...", "As our Product Manager you will ..."), else the product role the text
 * names most often. `texts` are the posting's paragraphs and list items in order; null when no
 * role is named at all.
 */
export function roleFromBody(texts: readonly string[]): Role | null {
  let sentencesRead = 0
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (!sentence.trim()) continue
      const [first] = namedRoles(sentence)
      if (first) return first.role
      if (++sentencesRead >= OPENING) break
    }
    if (sentencesRead >= OPENING) break
  }
  const counts: Partial<Record<Role, number>> = {}
  let firstNamed: Role | null = null
  for (const text of texts) {
    for (const {role} of namedRoles(text)) {
      if (role === 'other') continue
      counts[role] = (counts[role] ?? 0) + 1
      firstNamed ??= role
    }
  }
  const ranked = (Object.entries(counts) as [Role, number][]).sort((a, b) => b[1] - a[1])
  if (!ranked.length) return null
  const [top, second] = ranked
  // A tie goes to the role named first.
  return second && second[1] === top![1] ? firstNamed : top![0]
}

// The two sides a combined role spans, by the roles' names or by the work each answers for.
const PM_SIDE = String.raw`(?:product\s+manag(?:er|ers|ement)|PM|(?:product\s+)?strateg(?:y|ic)|(?:product\s+)?vision|big[\s-]picture|discovery|what\s+to\s+build)`
const PO_SIDE = String.raw`(?:product\s+owner(?:s|ship)?|PO|(?:product\s+)?delivery|execution|day[\s-]to[\s-]day|how\s+it\s+(?:gets|is)\s+built)`
const PM_NAME = String.raw`(?:product\s+manag(?:er|ement)|PM)`
const PO_NAME = String.raw`(?:product\s+owner(?:ship)?|PO|owner)`
/** "PM/PO", "Product Manager & Product Owner", "Product Owner / Manager". */
const COMBINED_NAME = String.raw`(?:${PM_NAME}\s*(?:[/&+|–—-]|\band\b|\bor\b)\s*(?:product\s+)?${PO_NAME}|${PO_NAME}\s*(?:[/&+|–—-]|\band\b|\bor\b)\s*(?:product\s+)?(?:manager|PM))\b`
/** A few words of a noun phrase before the side's word: "both the big-picture product strategy". */
const LEAD = String.raw`(?:[\w’'-]+\s+){0,3}?`
const pair = (a: string, b: string, join: string) => String.raw`${LEAD}${a}\b[^.;:]{0,60}?\s(?:${join})\s+${LEAD}${b}\b`
/** What a sentence must hold for `sides` to match in it: a word of each side. */
const BOTH_SIDES = [new RegExp(String.raw`${PM_SIDE}\b`, 'i'), new RegExp(String.raw`${PO_SIDE}\b`, 'i')]
const sides = (join: string) => String.raw`(?:${pair(PM_SIDE, PO_SIDE, join)}|${pair(PO_SIDE, PM_SIDE, join)})`

/**
 * Sentences that say the role itself spans both jobs ("this is a hybrid PM/PO role", "you'll own
 * both the big-picture strategy and the day-to-day delivery", "one role covering product
 * management and product ownership"). `hire` marks the forms that only declare the role when the
 * hire is their subject: "our Product Owner handles both the backlog and delivery" does not.
 */
const SPANS = String.raw`\b(?:cover(?:s|ing)?|span(?:s|ning)?|combin(?:es|ed|ing)|merg(?:es|ed|ing)|blend(?:s|ed|ing)?|unit(?:es|ed|ing))\s`
/** A combined name always holds a name of the owner's side: "owner", or PO as a word. */
const OWNER_SIDE = /\bpo\b|owner/i
const DECLARATIONS: {pattern: RegExp; hire: boolean; gates: RegExp[]}[] = [
  {pattern: new RegExp(String.raw`\bboth\s+${sides('and|&|as\s+well\s+as')}`, 'i'), hire: true, gates: [/\bboth\s/i, ...BOTH_SIDES]},
  {pattern: new RegExp(String.raw`${SPANS}\s*(?:both\s+)?${sides('and|&|with')}`, 'i'), hire: true, gates: [new RegExp(SPANS, 'i'), ...BOTH_SIDES]},
  {pattern: new RegExp(String.raw`\bhybrid\s+(?:of\s+)?(?:(?:the|a|an)\s+)?${COMBINED_NAME}`, 'i'), hire: false, gates: [/\bhybrid\s/i]},
  // A combined name as the role on offer: "as our PM/PO you will", "we're hiring a Product Manager / Product Owner".
  {pattern: new RegExp(String.raw`\b(?:as|be|become|hiring|seeking|recruiting|looking\s+for|this\s+is)\s+(?:(?:a|an|our|the|your)\s+)?(?:(?!(?:not|never|no)\b)[\w-]+\s+){0,3}?${COMBINED_NAME}`, 'i'), hire: false, gates: [OWNER_SIDE]},
  {pattern: new RegExp(String.raw`\b${PM_NAME}\s+(?:and|&)\s+${PO_NAME}\s+(?:roles?\s+)?in\s+one\b`, 'i'), hire: false, gates: [OWNER_SIDE]},
]
/** Any declaration's first gate (all of them case-insensitive), in one pattern: most paragraphs hold none. */
const ANY_GATE = anyOf([...new Set(DECLARATIONS.map(({gates}) => (gates[0] as RegExp).source))], 'i')
/** Words that make the hire the one the sentence is about. */
const HIRE = /\b(?:you|your|(?:one|single|this|the)\s+(?:role|position|job|person)|you['’](?:ll|re)|this\s+(?:role|position|job|is)|the\s+(?:role|position|job|successful\s+candidate|hire)|we['’]re\s+(?:looking|hiring)|we\s+are\s+(?:looking|hiring))\b/gi
/** Just before the words: someone the hire works with, or a comparison. */
const BESIDE_BOTH = /\b(?:with|between|across|to|for|alongside|among|in|on|of|from|support(?:s|ing)?|help(?:s|ing)?|serv(?:e|es|ing)|advis(?:e|es|ing)|coach(?:es|ing)?|who|whose|which|where|than|unlike|instead)\s+(?:(?:the|our|a|an|your|their)\s+)?$/i
const GIVES_WITH = /\b(?:provid|equip|suppl)\w*\s+(?:[\w’'-]+\s+){0,2}with\s+$/i
/** The sides named as groups of people: "both the strategy and delivery teams". */
const PEOPLE = /^\s*(?:teams?|leads?|managers?|people|colleagues|functions?|groups?|departments?|organi[sz]ations?)\b/i
/** Shortly before: a skill or a trait ("experience in both"), not the role's own span. */
const SKILL = /\b(?:experience[ds]?|background|skills?|knowledge|familiar(?:ity)?|comfortable|understanding|balanc\w*|passion\w*|interest\w*|mindset|thinking|ability|able|track\s+record)\b/i

/** Whether another role stands in `text`: "you will work with our PO, who ...". Not "as our PM". */
function namesAnotherRole(text: string): boolean {
  for (const [, pattern] of BODY_ROLES) {
    for (const m of text.matchAll(pattern)) if (!/\b(?:as|be)\s+(?:(?:the|our|a|an|its|their)\s+)?$/i.test(text.slice(0, m.index))) return true
  }
  return false
}

const ANY_GATE_FROM = new RegExp(ANY_GATE.source, 'gi')

/**
 * `texts.some(declaresCombinedRole)`, with the texts that hold a gate found by one look at them
 * all, joined with NUL: no gate takes a NUL, which is to \b and \s as the end of a text, so a
 * text holds a gate exactly when one is found within it there (most texts hold none).
 */
export function declaresCombinedIn(texts: readonly string[]): boolean {
  const all = joinedWithNul(texts)
  let start = 0
  let i = 0
  ANY_GATE_FROM.lastIndex = 0
  for (let m = ANY_GATE_FROM.exec(all); m; m = ANY_GATE_FROM.exec(all)) {
    while (m.index > start + (texts[i] as string).length) start += (texts[i++] as string).length + 1
    if (declaresCombinedRole(texts[i] as string)) return true
    // On to the next text.
    start += (texts[i++] as string).length + 1
    ANY_GATE_FROM.lastIndex = start
  }
  return false
}

/** Whether one paragraph or list item declares that the role is a combined PM/PO role. */
export function declaresCombinedRole(text: string): boolean {
  // A sentence holds a pattern's gates only if its paragraph does, and most paragraphs hold none.
  if (!ANY_GATE.test(text) || !DECLARATIONS.some(({gates}) => gates.every((g) => g.test(text)))) return false
  for (const raw of sentencesOf(text)) {
    const sentence = raw.trim()
    for (const {pattern, hire, gates} of DECLARATIONS) {
      // The large patterns cost more to compile than a posting takes to read: a sentence without
      // the words a pattern needs (its gates, each a part of it) is not given to it.
      if (!gates.every((g) => g.test(sentence))) continue
      const m = pattern.exec(sentence)
      if (!m || negated(sentence, m.index)) continue
      const before = sentence.slice(0, m.index)
      // "provide the team with both the vision and the delivery" is the hire's own span.
      if (BESIDE_BOTH.test(before) && !GIVES_WITH.test(before)) continue
      if (SKILL.test(before.split(/\s+/).slice(-8).join(' ')) || PEOPLE.test(sentence.slice(m.index + m[0].length))) continue
      if (!hire) return true
      // The last mention of the hire before the words: nobody else may stand between them.
      const last = [...before.matchAll(HIRE)].pop()
      if (!last) continue
      const between = before.slice(last.index + last[0].length)
      if (/\b(?:who|whose|which|where)\b/i.test(between) || namesAnotherRole(between)) continue
      return true
    }
  }
  return false
}
