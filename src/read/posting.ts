import {analyzeUnit, builtInVocabulary, type Vocabulary} from '../duties/analyze.ts'
import {withoutComments} from './comments.ts'
import {loadSentenceParser, loadYaml} from '../lazy.ts'
import {blockText, findFrontMatter, inlineText, isEmphasisOnly, parseBlocks, type Block, type FrontMatterBlock} from './markdown.ts'
import {classifyTitle, DECLARES_COMBINED, HIRING_AS} from '../duties/roles.ts'
import {NEGATION} from '../duties/words.ts'
import {salaryStatements} from './salary.ts'
import {readStage} from './stage.ts'
import {LineIndex} from './text.ts'
import type {DutyUnit, Family, FrontMatter, Posting, Range, Role, RoleSource, Section, SectionKind} from '../model.ts'

/** A problem found while reading the document (broken front matter), reported as a warning. */
export interface ReadProblem extends Range {
  message: string
}

export interface BuildOptions {
  vocabulary: Vocabulary
  titles?: Partial<Record<Role, RegExp[]>>
}

export interface BuiltPosting {
  posting: Posting
  problems: ReadProblem[]
  /** Every HTML node, for inline directives. */
  html: (Range & {value: string})[]
}

const vocabularyCache = new WeakMap<object, Vocabulary>()
function vocabularyFor(extra: Partial<Record<Family, string[]>> | undefined): Vocabulary {
  if (!extra || !Object.keys(extra).length) return builtInVocabulary()
  let v = vocabularyCache.get(extra)
  if (!v) {
    v = builtInVocabulary().extend(extra)
    vocabularyCache.set(extra, v)
  }
  return v
}

function titlePatterns(titles: Partial<Record<Role, string[]>> | undefined): Partial<Record<Role, RegExp[]>> | undefined {
  if (!titles) return undefined
  const out: Partial<Record<Role, RegExp[]>> = {}
  for (const [role, list] of Object.entries(titles) as [Role, string[]][]) out[role] = list.map((p) => new RegExp(p, 'i'))
  return out
}

/** The reader's options for a config's extra vocabulary and title patterns (compiled once per config). */
export function readerOptions(vocabulary?: Partial<Record<Family, string[]>>, titles?: Partial<Record<Role, string[]>>): BuildOptions {
  return {vocabulary: vocabularyFor(vocabulary), titles: titlePatterns(titles)}
}

const SECTION_PATTERNS: [SectionKind, RegExp][] = [
  ['nice-to-have', /nice[\s-]to[\s-]haves?|bonus|\bplus\b|desirable|preferred|would be (?:great|nice)|extra credit|not required/i],
  ['benefits', /benefits?|perks|what we offer|we offer|compensation|salary|\bpay\b|why (?:join|work)|what(?:'s| is)? in it for you|what else can you expect|rewards/i],
  ['how-to-apply', /how to apply|\bapply\b|interested\?|contact us|next steps|hiring process|interview process|equal opportunit|diversity|sounds good/i],
  ['responsibilities', /responsibilit|duties|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|your tasks|your role|the role|about the (?:role|position|job)|the job|job description|day[\s-]to[\s-]day|in this role|your mission|accountabilit|purpose of (?:the )?(?:job|role)|key (?:tasks|activities)|what you(?:'|’)?ll own|practice|scope|expected outcomes|you will/i],
  ['requirements', /requirements?|qualifications?|who you are|about you|your profile|skills|experience|what you bring|what we(?:'|’)?re looking for|we(?:'|’)?d love|must[\s-]haves?|essential|you have|criteria|person specification|competenc|knowledge/i],
  ['about', /about|who we are|our (?:mission|story|team|company|values)|company description|team description|what is|culture|the team|the company|learn more/i],
]

export function classifySection(heading: string): SectionKind {
  const head = heading.slice(0, 200)
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(head)) return kind
  return 'other'
}

const ADDRESSES_HIRE = /\b(?:you|your|you(?:'|’)ll|you(?:'|’)re|this role|the role|this position|the position|the successful candidate|the candidate|the hire)\b/i
// No two neighbouring quantifiers can take the same characters, so a line of spaces or digits
// cannot make it backtrack; it also only ever sees a unit's first words.
const EXPERIENCE = /^\s*(?:\d[\d\s+-]*(?:years?|yrs)|(?:(?:proven|demonstrated|prior|previous|relevant|hands-on|solid|significant)\s+)?(?:experience|track record|background|familiarity|knowledge|understanding)|familiar|ability|able to|strong|excellent|deep|expert|proficien)/i
// Every run of spaces is followed by a pipe, a dash or the end, so a long run cannot backtrack.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/
const MULTI_SENTENCE = /[.!?]["'”’)\]]*\s+\S/

function rangeOf(index: LineIndex, start: number, end: number): Range {
  return index.range(start, end)
}

/** A paragraph that only holds emphasis, or is short and ends with a colon, acts as a heading. */
function pseudoHeading(node: Block): string | null {
  const text = plainText(node).trim()
  if (isEmphasisOnly(node) && text.length <= 80) return text
  if (text.length <= 60 && /:$/.test(text) && !/[.!?]\s/.test(text)) return text
  return null
}

function readFrontMatter(node: FrontMatterBlock | null, index: LineIndex, problems: ReadProblem[]): FrontMatter {
  if (!node) return {data: {}, range: null}
  const range = rangeOf(index, node.start, node.end)
  // yaml breaks lines only at \n: front matter with lone CR line endings would read as one line.
  const value = node.value.replace(/\r\n?/g, '\n')
  const doc = loadYaml().parseDocument(value, {prettyErrors: false})
  if (doc.errors.length) {
    const err = doc.errors[0]!
    // Without prettyErrors there is no linePos: place the error from its offset. The value starts
    // on the line after the opening ---.
    const inside = new LineIndex(value)
    const at = inside.point(Math.min(err.pos[0], value.length))
    const line = range.line + at.line
    const endColumn = Math.min(at.column + 1, inside.lineText(at.line).length + 1)
    problems.push({line, column: at.column, endLine: line, endColumn, message: `Front matter is not valid YAML (${err.message}): it was ignored`})
    return {data: {}, range}
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // toJS throws on an alias used before its anchor, and on aliases that expand past yaml's limit.
    problems.push({...range, endLine: range.line, endColumn: 4, message: `Front matter is not valid YAML (${(error as Error).message}): it was ignored`})
    return {data: {}, range}
  }
  if (data === null || data === undefined) return {data: {}, range}
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({...range, endLine: range.line, endColumn: 4, message: 'Front matter is not a mapping of keys to values: it was ignored'})
    return {data: {}, range}
  }
  return {data: data as Record<string, unknown>, range}
}

const ROLE_VALUES: Record<string, Role> = {pm: 'pm', po: 'po', combined: 'combined', other: 'other', 'product manager': 'pm', 'product owner': 'po'}

/** Builds the Posting model every rule reads: once per document. */
export function buildPosting(source: string, options: BuildOptions): BuiltPosting {
  const text = source
  const index = new LineIndex(text)
  const frontMatterBlock = findFrontMatter(index)
  const tree = parseBlocks(index, frontMatterBlock)
  const problems: ReadProblem[] = []
  const html: BuiltPosting['html'] = []
  const frontMatter = readFrontMatter(frontMatterBlock, index, problems)
  const fm = frontMatter.data
  if (/^---\s*$/.test(index.lineText(1)) && !frontMatter.range) {
    problems.push({line: 1, column: 1, endLine: 1, endColumn: 4, message: 'Front matter opened with --- on line 1 is never closed: it was read as text'})
  }
  for (const key of ['title', 'role', 'stage'] as const) {
    const value = fm[key]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      const line = frontMatter.range ? findKeyLine(index, frontMatter.range, key) : 1
      problems.push({line, column: 1, endLine: line, endColumn: key.length + 2, message: `Front matter "${key}" should be text, got ${Array.isArray(value) ? 'a list' : typeof value}: it was ignored`})
      delete fm[key]
    }
  }

  const sections: Section[] = []
  let section: Section = {kind: 'other', heading: '', line: 1}
  let negatedSection = false
  const units: DutyUnit[] = []
  const plain: string[] = []
  const lines: string[] = []
  /** Headings and bold lines in order: where a title may stand. */
  const headings: {text: string; range: Range}[] = []

  const pending: {kind: DutyUnit['kind']; text: string; start: number; end: number; section: Section; negated: boolean; sentences?: string | null}[] = []

  const startSection = (heading: string, line: number) => {
    section = {kind: classifySection(heading), heading, line}
    negatedSection = NEGATION.test(heading)
    sections.push(section)
  }

  // Nodes still to visit, last first, and work to do between them. A stack rather than recursion:
  // lists and block quotes nested thousands deep must not overflow the call stack.
  const todo: (Block | (() => void))[] = []
  const later = (nodes: readonly Block[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) todo.push(nodes[i] as Block)
  }
  later(tree.children)

  const addParagraph = (node: Block) => {
    const value = plainText(node)
    if (!value.trim()) return
    if (addTableRows(node)) return
    plain.push(value)
    // Several sentences are split only if the paragraph holds a duty at all (see below); they are
    // read from its words without inline code.
    pending.push({kind: 'sentence', text: value, start: node.start, end: node.end, section, negated: negatedSection, sentences: MULTI_SENTENCE.test(value) ? inlineText(node.inline ?? [], 'blank') : null})
  }

  /** The sentences of a paragraph, each with its own position. */
  const sentencesOf = (value: string, paraStart: number, paraEnd: number): {text: string; start: number; end: number}[] => {
    const whole = [{text: value, start: paraStart, end: paraEnd}]
    let nlcst
    try {
      nlcst = loadSentenceParser().parse(value)
    } catch (error) {
      // A paragraph of some 100,000 words may overflow the sentence parser's stack: such a
      // paragraph is one unit.
      if (!(error instanceof RangeError)) throw error
      return whole
    }
    const texts: string[] = []
    for (const para of nlcst.children) {
      if (para.type !== 'ParagraphNode') continue
      for (const sentence of para.children) {
        if (sentence.type !== 'SentenceNode') continue
        const sentenceText = nlcstText(sentence).replace(/\r\n?/g, '\n')
        if (sentenceText.trim()) texts.push(sentenceText)
      }
    }
    // The sentences' offsets are in the paragraph's words, not its source (markup, escapes and
    // character references take room there): find each sentence's first word in the source.
    const starts: number[] = []
    let cursor = paraStart
    for (const sentenceText of texts) {
      // Each word of the sentence in turn: the cursor ends past its last word, so the next
      // sentence's first word is not found inside this one.
      let start = -1
      for (const word of sentenceText.match(/[\p{L}\p{N}]+/gu) ?? []) {
        const at = text.indexOf(word, cursor)
        if (at < 0 || at >= paraEnd) break
        if (start < 0) start = at
        cursor = at + word.length
      }
      starts.push(start < 0 ? cursor : start)
    }
    const out = texts.map((sentenceText, i) => ({text: sentenceText, start: starts[i]!, end: i + 1 < starts.length ? starts[i + 1]! : paraEnd}))
    return out.length ? out : whole
  }

  // CommonMark reads a pipe table as one paragraph; each row is a duty of its own, on its own line.
  const addTableRows = (node: Block): boolean => {
    const start = node.start
    const source = text.slice(start, node.end)
    // Split after each line ending, and after CRLF as a whole: not between its CR and LF.
    const rows = source.split(/(?<=\r\n|\r(?!\n)|\n)/)
    if (rows.length < 2 || !TABLE_SEPARATOR.test(rows[1] as string) || !rows.every((r) => r.includes('|'))) return false
    let offset = start + (rows[0] as string).length + (rows[1] as string).length
    for (const row of rows.slice(2)) {
      const content = row.replace(/[\r\n]+$/, '')
      const lead = content.length - content.replace(/^[\s|]+/, '').length
      const cells = withoutComments(content)
        .split('|')
        .map((c) => c.replace(/[*_`]/g, '').trim())
        .filter(Boolean)
      if (cells.length) {
        const value = cells.join('; ')
        plain.push(value)
        let end = content.length
        while (end > lead && /[\s|]/.test(content[end - 1] as string)) end--
        pending.push({kind: 'table-row', text: value, start: offset + lead, end: offset + end, section, negated: negatedSection})
      }
      offset += row.length
    }
    return true
  }

  const addListItem = (node: Block) => {
    const own = node.children.filter((c) => c.type !== 'list')
    const parts = own.map((c) => plainText(c)).filter((s) => s.trim())
    const first = own[0]
    const last = own[own.length - 1]
    if (parts.length && first && last) {
      const value = parts.join(' ')
      plain.push(value)
      pending.push({kind: 'list-item', text: value, start: first.start, end: last.end, section, negated: negatedSection})
    }
    // Nested lists first, then this item's HTML: the order a recursive walk would take.
    todo.push(() => collectHtml(own))
    later(node.children.filter((c) => c.type === 'list'))
  }

  /** The HTML of blocks and of the text in them, nested lists left out (they are visited). */
  const collectHtml = (nodes: Block[]) => {
    const stack = [...nodes]
    while (stack.length) {
      const n = stack.pop()!
      if (n.type === 'html') html.push({...rangeOf(index, n.start, n.end), value: n.value})
      else if (n.inline) for (const h of n.html) html.push({...rangeOf(index, h.start, h.end), value: h.value})
      else if (n.type !== 'list') for (const c of n.children) stack.push(c)
    }
  }

  const visit = (node: Block): void => {
    switch (node.type) {
      case 'heading': {
        const value = plainText(node).trim()
        plain.push(value)
        if (value) headings.push({text: value, range: rangeOf(index, node.start, node.end)})
        startSection(value, index.point(node.start).line)
        collectHtml([node])
        return
      }
      case 'paragraph': {
        const heading = pseudoHeading(node)
        collectHtml([node])
        if (heading !== null) {
          plain.push(heading)
          headings.push({text: heading, range: rangeOf(index, node.start, node.end)})
          startSection(heading, index.point(node.start).line)
          return
        }
        addParagraph(node)
        return
      }
      case 'listItem':
        addListItem(node)
        return
      case 'html':
        collectHtml([node])
        return
      case 'code':
      case 'thematicBreak':
        return
      default:
        later(node.children)
    }
  }
  while (todo.length) {
    const next = todo.pop()!
    if (typeof next === 'function') next()
    else visit(next)
  }

  for (let line = 1; line <= index.lineCount; line++) lines.push(index.lineText(line))

  // Title and role.
  let title = ''
  let titleRange: Range = {line: 1, column: 1, endLine: 1, endColumn: 1}
  let role: Role = 'other'
  let roleSource: RoleSource = 'none'
  const fmTitle = typeof fm.title === 'string' ? fm.title.trim() : ''
  // The title: front matter, else the first heading or bold line that names a role (a page may
  // open with "Careers at X"), else a "Job title:" line, else the first heading.
  const named = headings.slice(0, 6).find((h) => classifyTitle(h.text, options.titles))
  const designation = designationLine(lines)
  const chosen = fmTitle
    ? {text: fmTitle, range: frontMatter.range ? lineRange(index, findKeyLine(index, frontMatter.range, 'title')) : titleRange}
    : (named ?? (designation ? {text: designation.title, range: lineRange(index, designation.line)} : headings[0]))
  if (chosen) {
    title = chosen.text
    titleRange = chosen.range
  }
  const titleRole = title ? classifyTitle(title, options.titles) : null
  const roleValue = typeof fm.role === 'string' ? fm.role.trim().toLowerCase() : ''
  // Own keys only: `role: constructor` must not find Object's constructor.
  const fmRole = Object.hasOwn(ROLE_VALUES, roleValue) ? ROLE_VALUES[roleValue] : undefined
  if (fmRole) {
    role = fmRole
    roleSource = 'front-matter'
  } else if (titleRole) {
    role = titleRole
    roleSource = 'title'
    if (role === 'pm' || role === 'po') {
      // A posting titled as one role that says it is hiring the other names both jobs.
      for (const p of plain.slice(0, 12)) {
        const m = HIRING_AS.exec(p)
        if (m && classifyTitle(m[1] as string) !== role) {
          role = 'combined'
          roleSource = 'body'
          break
        }
      }
    }
  } else {
    // No title names a role: "We are looking for a Senior Product Owner" in the opening does.
    for (const p of plain.slice(0, 8)) {
      const m = HIRING_AS.exec(p)
      if (m) {
        role = classifyTitle(m[1] as string) ?? 'other'
        roleSource = 'body'
        break
      }
    }
    if (roleSource === 'none' && title) roleSource = 'title'
  }

  const stage = readStage(lines, fm.stage)
  const declaresCombined = plain.some((p) => DECLARES_COMBINED.some((re) => re.test(p)))

  const addUnit = (p: (typeof pending)[number], analysis: ReturnType<typeof analyzeUnit>) => {
    const families = [...new Set(analysis.own.map((m) => m.family))].sort() as Family[]
    const range = rangeOf(index, p.start, trimEnd(text, p.start, p.end))
    units.push({
      kind: p.kind,
      text: p.text,
      section: p.section,
      ...range,
      families,
      matches: analysis.own,
      negated: analysis.negated,
      delegated: analysis.delegated,
      experience: p.section.kind === 'requirements' || p.section.kind === 'nice-to-have' || EXPERIENCE.test(p.text.slice(0, 120)),
    })
  }
  const keep = (p: {text: string; section: Section}) =>
    p.section.kind !== 'benefits' && p.section.kind !== 'how-to-apply' && (p.section.kind !== 'about' || ADDRESSES_HIRE.test(p.text))
  for (const p of pending) {
    if (!keep(p)) continue
    const analysis = analyzeUnit(p.text, options.vocabulary, role, p.negated)
    const found = analysis.own.length || analysis.negated.length || analysis.delegated.length
    // Splitting sentences costs more than matching: a paragraph without a duty stays one unit.
    if (!p.sentences || !found) {
      addUnit(p, analysis)
      continue
    }
    for (const sentence of sentencesOf(p.sentences, p.start, p.end)) {
      const unit = {...p, ...sentence}
      if (keep(unit)) addUnit(unit, analyzeUnit(unit.text, options.vocabulary, role, p.negated))
    }
  }

  const salaryText = typeof fm.salary === 'string' || typeof fm.salary === 'number' ? String(fm.salary) : null
  const salaries = salaryStatements({text, frontMatter, titleRange}, salaryText)
  return {
    posting: {title, titleRange, role, roleSource, declaresCombined, stage, salaries, frontMatter, sections, units, text, plain},
    problems,
    html,
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return end
}

function lineRange(index: LineIndex, line: number): Range {
  const content = index.lineText(line)
  const lead = content.length - content.trimStart().length
  return {line, column: lead + 1, endLine: line, endColumn: content.trimEnd().length + 1}
}

function findKeyLine(index: LineIndex, range: Range, key: string): number {
  for (let line = range.line; line <= range.endLine; line++) if (new RegExp(`^\\s*${key}\\s*:`).test(index.lineText(line))) return line
  return range.line
}

const DESIGNATION = /^[\s>*_#]*(?:job\s+title|position(?:\s+designation)?|role|post|vacancy)\s*[:\-–]([^\n]*)$/i

function designationLine(lines: string[]): {title: string; line: number} | null {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    // A designation line is short; a long line is prose, and is not run through the pattern.
    const line = lines[i] as string
    const m = line.length <= 200 ? DESIGNATION.exec(line) : null
    const title = m ? (m[1] as string).replace(/[*_]/g, ' ').trim() : ''
    if (title.length >= 3 && title.length <= 80 && classifyTitle(title)) return {title, line: i + 1}
  }
  return null
}

/**
 * The words of a block (see inlineText). Line endings read as \n, so that titles and quoted
 * words are the same whatever the file uses.
 */
function plainText(node: Block): string {
  const out = blockText(node)
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out
}

interface NlcstLike {
  type: string
  value?: string
  children?: NlcstLike[]
}
/** The text of a sentence the English parser found. */
function nlcstText(node: NlcstLike): string {
  if (typeof node.value === 'string') return node.value
  let out = ''
  for (const c of node.children ?? []) out += nlcstText(c)
  return out
}
