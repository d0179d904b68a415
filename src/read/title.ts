// The title and the role it names: front matter first, else the headings, a "Job title:" line
// or the opening sentences.
import {classifyTitle, HIRING_AS, roleFromBody} from '../duties/roles.ts'
import type {Range, Role, RoleSource} from '../model.ts'
import type {Block} from './blocks.ts'
import type {LineIndex} from './text.ts'

export interface TitleReading {
  title: string
  titleRange: Range
  role: Role
  roleSource: RoleSource
}

const ROLE_VALUES: Record<string, Role> = {pm: 'pm', po: 'po', combined: 'combined', other: 'other', 'product manager': 'pm', 'product owner': 'po'}
const DESIGNATION = /^[\s>*_#]*(?:job\s+title|position(?:\s+designation)?|role|post|vacancy)\s*[:\-–]([^\n]*)$/i
/** A designation stands near the top. */
const DESIGNATION_LINES = 40

/** The first "Job title: ..." line near the top that names a role. */
function designationLine(blocks: readonly Block[]): {title: string; line: number} | null {
  for (const block of blocks) {
    for (const {text, line} of block.lines) {
      if (line > DESIGNATION_LINES) return null
      // A designation line is short; a long line is prose, and is not run through the pattern.
      const m = text.length <= 200 ? DESIGNATION.exec(text) : null
      const title = m ? (m[1] as string).replace(/[*_]/g, ' ').trim() : ''
      if (title.length >= 3 && title.length <= 80 && classifyTitle(title)) return {title, line}
    }
  }
  return null
}

/** Where a title may stand, of the first six headings and bold lines: the first that names a role, else the first (with no role). */
function namedHeading(blocks: readonly Block[], titles: Partial<Record<Role, RegExp[]>> | undefined): {heading: Block; role: Role | null} | null {
  let first: Block | null = null
  let looked = 0
  for (const heading of blocks) {
    if (heading.kind !== 'heading' || !heading.text) continue
    first ??= heading
    const role = classifyTitle(heading.text, titles)
    if (role) return {heading, role}
    if (++looked === 6) break
  }
  return first && {heading: first, role: null}
}

export function readTitle(
  blocks: readonly Block[],
  plain: readonly string[],
  frontMatter: {data: Record<string, unknown>; titleLine: number | null},
  index: LineIndex,
  titles: Partial<Record<Role, RegExp[]>> | undefined,
  /** The paragraphs, list items and table rows a role may be read from when no title names one (asked for only then). */
  body: () => readonly string[] = () => [],
): TitleReading {
  const fm = frontMatter.data
  let title = ''
  let titleRange: Range = {line: 1, column: 1, endLine: 1, endColumn: 1}
  let role: Role = 'other'
  let roleSource: RoleSource = 'none'
  const placed = (b: Block) => ({text: b.text, range: index.range(b.start, b.end)})
  const fmTitle = typeof fm.title === 'string' ? fm.title.trim() : ''
  // The title: front matter, else the first heading or bold line that names a role (a page may
  // open with "Careers at X"), else a "Job title:" line, else the first heading.
  const named = fmTitle ? null : namedHeading(blocks, titles)
  const designation = fmTitle || named?.role ? null : designationLine(blocks)
  const chosen = fmTitle
    ? {text: fmTitle, range: frontMatter.titleLine === null ? titleRange : index.lineRange(frontMatter.titleLine)}
    : named?.role
      ? placed(named.heading)
      : designation
        ? {text: designation.title, range: index.lineRange(designation.line)}
        : named && placed(named.heading)
  if (chosen) {
    title = chosen.text
    titleRange = chosen.range
  }
  // A heading's role was read when it was looked for (the first heading, chosen when none of the
  // first six names one, names none); a front-matter title or a "Job title:" line is read here.
  const titleRole = fmTitle || designation ? classifyTitle(title, titles) : (named?.role ?? null)
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
    // Else the role the opening sentences are about, or the product role named most often.
    const fromBody = roleSource === 'none' ? roleFromBody(body()) : null
    if (fromBody) {
      role = fromBody
      roleSource = 'body'
    }
    if (roleSource === 'none' && title) roleSource = 'title'
  }
  return {title, titleRange, role, roleSource}
}
