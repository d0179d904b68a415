/** Duty families, fixed ids (docs/roles.md#the-two-jobs; test/fixed-ids.json). */
export const PM_FAMILIES = ['pm.research', 'pm.strategy', 'pm.roadmap', 'pm.metrics', 'pm.alignment'] as const
export const PO_FAMILIES = ['po.requirements', 'po.engineering', 'po.scope', 'po.sprint', 'po.stakeholders'] as const
export const FAMILIES = [...PM_FAMILIES, ...PO_FAMILIES] as const

export type PmFamily = (typeof PM_FAMILIES)[number]
export type PoFamily = (typeof PO_FAMILIES)[number]
/** A duty family id such as `pm.roadmap` or `po.sprint`. */
export type Family = PmFamily | PoFamily

/** The class of role a posting is titled as. */
export type Role = 'pm' | 'po' | 'combined' | 'other'
/** Where the role was read from. */
export type RoleSource = 'front-matter' | 'title' | 'body' | 'none'
/** Company stage, grouped as in docs/roles.md#stage-advice. */
export type Stage = 'seed-a' | 'b-c' | 'd-public' | 'unknown'

/** 1 = warning, 2 = error (ESLint's numbers). */
export type Severity = 1 | 2
export type SeverityName = 'off' | 'warn' | 'error'

/** A 1-based line, 1-based column range in the original text. */
export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type SectionKind =
  | 'responsibilities'
  | 'requirements'
  | 'nice-to-have'
  | 'about'
  | 'benefits'
  | 'how-to-apply'
  | 'other'

export interface Section {
  kind: SectionKind
  heading: string
  /** Line of the heading, or 1 for the part before any heading. */
  line: number
}

/** One family matched in a duty unit, with the words that matched. */
export interface FamilyMatch {
  family: Family
  /** The words of the text that matched, as written. */
  words: string
  /** Id of the vocabulary entry that matched. */
  entry: string
  /** Offsets into the unit text. */
  start: number
  end: number
  /** Work a Product Manager does not do (sprints, detailed requirements, decks). */
  execution: boolean
  /** The hire helps with it rather than owning it ("contribute to the product vision"). */
  supporting: boolean
}

/** A list item or a paragraph sentence: one thing the posting asks of somebody. */
export interface DutyUnit extends Range {
  kind: 'list-item' | 'sentence' | 'table-row'
  text: string
  section: Section
  /** Families carried by the hire's own duties (negated and delegated matches excluded). */
  families: Family[]
  matches: FamilyMatch[]
  /** Matches that were negated ("you will not run sprints"). */
  negated: FamilyMatch[]
  /** Matches given to somebody else ("our Product Owner runs the backlog"). */
  delegated: FamilyMatch[]
  /** An experience or skill line ("3+ years running Scrum teams") rather than a task. */
  experience: boolean
}

export interface FrontMatter {
  data: Record<string, unknown>
  range: Range | null
}

export interface StageReading {
  stage: Stage
  source: 'front-matter' | 'text' | 'none'
  /** The words that gave the stage away. */
  evidence: string
  line: number
  /** Engineers counted in the text ("40 engineers"), if stated. */
  engineers: number | null
  /** Teams, squads or product lines counted in the text, if stated. */
  teams: number | null
}

/** How often a stated figure is paid. */
export type Period = 'year' | 'month' | 'hour'

/** A salary figure or range as a posting states it. */
export interface Salary {
  /** ISO 4217 code: USD, EUR, GBP... */
  currency: string
  /** In the stated period; equal to `max` for a single figure. */
  min: number
  max: number
  period: Period
  /** The words that stated it. */
  words: string
}

/** A salary stated in the posting, with where it is stated. */
export interface SalaryStatement {
  salary: Salary
  range: Range
}

/** The model every rule reads, built once per document. */
export interface Posting {
  title: string
  titleRange: Range
  role: Role
  roleSource: RoleSource
  /** The posting says itself that one person covers both jobs. */
  declaresCombined: boolean
  stage: StageReading
  /** Where the posting states a salary: its front matter `salary:`, or lines about pay. */
  salaries: SalaryStatement[]
  frontMatter: FrontMatter
  sections: Section[]
  units: DutyUnit[]
  /** The full source text (BOM removed). */
  text: string
  /** Plain text of every paragraph, list item and heading, for document-level checks. */
  plain: readonly string[]
}

export interface RelatedLocation extends Range {
  message: string
}

/** One finding, ESLint-compatible. */
export interface LintMessage extends Range {
  ruleId: string | null
  messageId?: string
  severity: Severity
  message: string
  fatal?: true
  /** Link to the rule's documentation. */
  docs?: string
  /** Evidence elsewhere in the file (no-two-jobs names its lines here). */
  relatedLocations?: RelatedLocation[]
  /** On suppressed messages: the directive that silenced it and its reason (ESLint's shape). */
  suppressions?: {kind: 'directive'; justification: string}[]
}

export interface RoleProfile {
  pm: Record<PmFamily, number>
  po: Record<PoFamily, number>
  verdict: string
}

export interface PostingSummary {
  title: string
  role: Role
  roleSource: RoleSource
  stage: Stage
  stageSource: StageReading['source']
  profile: RoleProfile
}

/** The result for one file, ESLint-compatible plus `posting`. */
export interface LintResult {
  filePath: string
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: 0
  fixableWarningCount: 0
  posting: PostingSummary | null
}

/** What a reporter knows besides the results. */
export interface ReportContext {
  cwd: string
  color: boolean
  version: string
  rulesMeta: Record<string, RuleMetaSummary>
  showProfile: boolean
  /** The text of each linted file by its path, for reporters that quote lines (html); the CLI fills it for them only. */
  sources?: ReadonlyMap<string, string>
}

export interface RuleMetaSummary {
  id: string
  description: string
  severity: SeverityName
  docs: string
  rationale: string
}

export type Reporter = (results: LintResult[], context: ReportContext) => string

/** Totals of a run, known once every file is done. */
export interface RunSummary {
  fileCount: number
  errorCount: number
  warningCount: number
  maxWarningsExceeded?: {maxWarnings: number; foundWarnings: number}
}

/** A reporter that writes each file's part as soon as it is linted, so memory stays flat. */
export interface ReportStream {
  file(result: LintResult): string
  end(summary: RunSummary): string
}
export type StreamingReporter = (context: ReportContext) => ReportStream
