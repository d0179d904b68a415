import type {DutyUnit, Posting, Range, RelatedLocation, SeverityName} from './model.ts'

/** Where the README documents every rule; each rule's `docs` link points at its anchor. */
export const DOCS_BASE = 'https://github.com/jdlint/jdlint/blob/main/README.md'

export type RuleOptions = Record<string, unknown>

/** What a rule hands to `report`. */
export interface ReportDescriptor {
  messageId: string
  /** Where the finding points: a duty unit or an explicit range. */
  unit?: DutyUnit
  range?: Range
  data?: Record<string, string | number>
  relatedLocations?: RelatedLocation[]
  /** What would replace the range's text, where a fix is known (editors offer it as a quick fix). */
  expected?: string[]
}

export interface RuleContext<O extends RuleOptions> {
  options: O
  report(descriptor: ReportDescriptor): void
}

/** A rule: data plus one function (ESLint's `meta`, co-located). */
export interface RuleDefinition<O extends RuleOptions = RuleOptions> {
  id: string
  description: string
  severity: SeverityName
  /** Why, in the project's own words, citing a section of docs/roles.md. */
  rationale: string
  /** What the user should do instead. */
  fix: string
  messages: Record<string, string>
  /** Option defaults; their types are the options' schema. */
  options: O
  examples: {invalid: string[]; valid: string[]}
  check(posting: Posting, context: RuleContext<O>): void
}

export function defineRule<O extends RuleOptions>(rule: RuleDefinition<O>): RuleDefinition<O> {
  return rule
}

/** A rule's effective setting: 0 off, 1 warn, 2 error, and its options. */
export interface RuleSettingResolved {
  severity: 0 | 1 | 2
  options: Record<string, unknown>
}

/** ESLint's numbers for the severity names. */
export const SEVERITIES: Record<SeverityName, 0 | 1 | 2> = {off: 0, warn: 1, error: 2}

/**
 * The one place a rule's defaults meet its settings: each layer in turn (a config file, then
 * the command line's --rule) replaces the severity if it names one, and its options go over the
 * rule's own defaults.
 */
export function resolveSetting(rule: Pick<RuleDefinition, 'severity' | 'options'>, layers: readonly (Partial<RuleSettingResolved> | undefined)[]): RuleSettingResolved {
  const resolved: RuleSettingResolved = {severity: SEVERITIES[rule.severity], options: {...rule.options}}
  for (const layer of layers) {
    if (layer?.severity !== undefined) resolved.severity = layer.severity
    if (layer?.options) Object.assign(resolved.options, layer.options)
  }
  return resolved
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole))
}
