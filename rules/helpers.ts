import type {DutyUnit, FamilyMatch, Posting, RelatedLocation} from '../src/model.ts'
import type {RuleOptions} from '../src/rule.ts'

// What several rules ask of a Posting: whether it is a product posting, the PM and PO clusters,
// and how findings quote the words that matched.

export const PRODUCT_ROLES = new Set(['pm', 'po', 'combined'])

/** Whether role-confusion rules apply: they stay silent on Scrum Master, Designer and other postings. */
export function isProductPosting(posting: Posting): boolean {
  return PRODUCT_ROLES.has(posting.role)
}

export const PM_CORE = ['pm.strategy', 'pm.roadmap', 'pm.research'] as const
export const PO_CORE = ['po.requirements', 'po.sprint', 'po.scope'] as const

export interface ClusterOptions extends RuleOptions {
  /** Duty units needed for a cluster. */
  minUnits: number
  /** Distinct core families those units must cover. */
  minFamilies: number
}

export interface Cluster {
  present: boolean
  units: DutyUnit[]
  families: string[]
}

/**
 * The PM or PO cluster: enough duty units carrying the side's core families
 * (strategy, roadmap, research; or requirements, sprint, scope), covering enough of them.
 */
export function cluster(posting: Posting, side: 'pm' | 'po', options: ClusterOptions): Cluster {
  const core: readonly string[] = side === 'pm' ? PM_CORE : PO_CORE
  // A duty the hire only helps with ("contribute to the vision", "help prioritise the backlog")
  // still carries its family and counts here; only the does-not rules spare it.
  const units: DutyUnit[] = []
  const carried = new Set<string>()
  for (const unit of posting.units) {
    let carries = false
    for (const f of unit.families) {
      if (core.includes(f)) {
        carried.add(f)
        carries = true
      }
    }
    if (carries) units.push(unit)
  }
  const families = [...carried].sort()
  return {present: units.length >= options.minUnits && families.length >= options.minFamilies, units, families}
}

/** The words that matched for the given families, quoted and joined: `"own the roadmap", "run sprints"`. */
export function quoteWords(unit: DutyUnit, prefix: 'pm.' | 'po.'): string {
  return quoteMatches(unit, unit.matches.filter((m) => m.family.startsWith(prefix)))
}

/** Quotes the matched words in text order, overlapping matches merged into one span. */
export function quoteMatches(unit: DutyUnit, matches: readonly FamilyMatch[]): string {
  // Matches nearly always come in text order already; sorting (stable) would keep that order.
  let ordered = matches
  for (let i = 1; i < matches.length; i++) {
    if ((matches[i] as FamilyMatch).start < (matches[i - 1] as FamilyMatch).start) {
      ordered = [...matches].sort((a, b) => a.start - b.start)
      break
    }
  }
  let out = ''
  let from = -1
  let to = -1
  for (const m of ordered) {
    if (from >= 0 && m.start <= to) {
      to = Math.max(to, m.end)
      continue
    }
    if (from >= 0) out += `"${unit.text.slice(from, to)}", `
    from = m.start
    to = m.end
  }
  return from >= 0 ? `${out}"${unit.text.slice(from, to)}"` : ''
}

export function familiesOf(unit: DutyUnit, prefix: 'pm.' | 'po.'): string {
  return unit.families.filter((f) => f.startsWith(prefix)).join(', ')
}

/** "8, 9 and 12" */
export function listLines(lines: number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b)
  if (unique.length <= 1) return unique.join('')
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

/** Evidence for document-level findings: one related location per unit. */
export function related(units: DutyUnit[], prefix: 'pm.' | 'po.'): RelatedLocation[] {
  return units.map((u) => ({
    line: u.line,
    column: u.column,
    endLine: u.endLine,
    endColumn: u.endColumn,
    message: `${prefix === 'pm.' ? 'PM' : 'PO'} work: ${quoteWords(u, prefix)} (${familiesOf(u, prefix)})`,
  }))
}

/**
 * The title's source with `to` in place of what `from` matches: the text an editor's quick fix
 * puts over the title. None when the title spans lines or does not say it.
 */
export function retitled(posting: Posting, from: RegExp, to: string): string[] | undefined {
  const {line, column, endLine, endColumn} = posting.titleRange
  if (line !== endLine) return undefined
  const source = (posting.text.split(/\r\n|\r|\n/)[line - 1] ?? '').slice(column - 1, endColumn - 1)
  return from.test(source) ? [source.replace(from, to)] : undefined
}

const ROLE_NAMES: Partial<Record<Posting['role'], string>> = {pm: 'a Product Manager', po: 'a Product Owner'}

/**
 * The title as a message names it: quoted; the role named in the text when that is where the role
 * was read (a heading such as "Role summary" is then no title); else "as one role".
 */
export function titleWords(posting: Posting): string {
  const named = ROLE_NAMES[posting.role]
  if (posting.roleSource === 'body' && named) return `as ${named} (named in its text, no title)`
  return posting.title ? `"${posting.title}"` : 'as one role'
}
