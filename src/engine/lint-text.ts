import {rules as allRules} from '../../rules/index.ts'
import {buildPosting, readerOptions} from '../read/posting.ts'
import {docsUrl, formatMessage, resolveSetting, type RuleDefinition, type RuleOptions, type RuleSettingResolved} from '../rule.ts'

export type {RuleSettingResolved}
import {applyDirectives, parseDirectives} from './directives.ts'
import {stripBom} from '../read/text.ts'
import {FAMILIES, PM_FAMILIES, PO_FAMILIES, type Family, type LintMessage, type LintResult, type Posting, type PostingSummary, type Role, type RoleProfile, type Severity} from '../model.ts'

/** Options of `lintText`. Everything is optional; the defaults are the rules' own. */
export interface LintOptions {
  /** Shown in results; nothing is read from it. */
  filePath?: string
  /** Per-rule severity and options; rules not named keep their defaults. */
  rules?: Record<string, Partial<RuleSettingResolved>>
  /** Extra phrases per duty family. */
  vocabulary?: Partial<Record<Family, string[]>>
  /** Extra title patterns per role class (regular expression sources, case-insensitive). */
  titles?: Partial<Record<Role, string[]>>
  /** Honour `<!-- jdlint-... -->` comments (default true). */
  inlineConfig?: boolean
  /** Report disable directives that silenced nothing. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error'
}

/** The effective severity and options of each rule. */
export function resolveRules(settings: LintOptions['rules'] = {}): Map<RuleDefinition<RuleOptions>, RuleSettingResolved> {
  const resolved = new Map<RuleDefinition<RuleOptions>, RuleSettingResolved>()
  for (const rule of allRules) {
    resolved.set(rule, resolveSetting(rule, [settings[rule.id]]))
  }
  return resolved
}

/** Counts duty units per family and says which job the posting really describes. */
export function roleProfile(posting: Posting): RoleProfile {
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>
  for (const unit of posting.units) for (const f of unit.families) counts[f]++
  const pm = Object.fromEntries(PM_FAMILIES.map((f) => [f, counts[f]])) as RoleProfile['pm']
  const po = Object.fromEntries(PO_FAMILIES.map((f) => [f, counts[f]])) as RoleProfile['po']
  const pmTotal = PM_FAMILIES.reduce((n, f) => n + counts[f], 0)
  const poTotal = PO_FAMILIES.reduce((n, f) => n + counts[f], 0)
  return {pm, po, verdict: verdict(posting.role, pmTotal, poTotal)}
}

function verdict(role: Role, pm: number, po: number): string {
  const titled = {pm: 'a Product Manager title', po: 'a Product Owner title', combined: 'a combined PM/PO title', other: 'a title outside product management'}[role]
  if (pm + po === 0) return `no product duties found under ${titled}`
  const reads = pm >= 2 * po ? 'a Product Manager posting' : po >= 2 * pm ? 'a Product Owner posting' : 'two jobs, PM and PO'
  const fits = (role === 'pm' && reads === 'a Product Manager posting') || (role === 'po' && reads === 'a Product Owner posting') || (role === 'combined' && reads === 'two jobs, PM and PO')
  return `reads as ${reads} ${fits ? 'and the title agrees' : `under ${titled}`}`
}

function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message))
}

/** The result shape with counts filled in. */
export function makeResult(filePath: string, messages: LintMessage[], posting: PostingSummary | null, suppressed: LintMessage[] = []): LintResult {
  let errorCount = 0
  let warningCount = 0
  let fatalErrorCount = 0
  for (const m of messages) {
    if (m.severity === 2) errorCount++
    else warningCount++
    if (m.fatal) fatalErrorCount++
  }
  return {filePath, messages, suppressedMessages: suppressed, errorCount, warningCount, fatalErrorCount, fixableErrorCount: 0, fixableWarningCount: 0, posting}
}

/**
 * Lints one posting: Markdown text in, findings out. No file system, no console: the CLI and
 * the library share this.
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>'
  const source = stripBom(text)
  const {posting, problems, html} = buildPosting(source, readerOptions(options.vocabulary, options.titles))
  const messages: LintMessage[] = problems.map((p) => ({ruleId: null, severity: 1 as Severity, message: p.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn}))
  for (const [rule, setting] of resolveRules(options.rules)) {
    if (setting.severity === 0) continue
    rule.check(posting, {
      options: setting.options,
      report(d) {
        const range = d.range ?? d.unit
        if (!range) throw new Error(`rule ${rule.id} reported without a location`)
        const template = rule.messages[d.messageId]
        if (template === undefined) throw new Error(`rule ${rule.id} has no message "${d.messageId}"`)
        const message: LintMessage = {
          ruleId: rule.id,
          messageId: d.messageId,
          severity: setting.severity as Severity,
          message: formatMessage(template, d.data),
          line: range.line,
          column: range.column,
          endLine: range.endLine,
          endColumn: range.endColumn,
          docs: docsUrl(rule.id),
        }
        if (d.relatedLocations?.length) message.relatedLocations = d.relatedLocations
        messages.push(message)
      },
    })
  }
  let kept = messages
  let suppressed: LintMessage[] = []
  if (options.inlineConfig !== false && html.length) {
    const {directives, problems: directiveProblems} = parseDirectives(html, allRules.map((r) => r.id))
    const applied = applyDirectives(messages, directives, {reportUnused: options.reportUnusedDisableDirectives ?? 'off'})
    kept = [...applied.messages, ...directiveProblems]
    suppressed = applied.suppressed
  }
  const summary: PostingSummary = {
    title: posting.title,
    role: posting.role,
    roleSource: posting.roleSource,
    stage: posting.stage.stage,
    stageSource: posting.stage.source,
    profile: roleProfile(posting),
  }
  return makeResult(filePath, sortMessages(kept), summary, sortMessages(suppressed))
}

export {allRules as rules}
