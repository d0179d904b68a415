// jdlint as a unified transformer: it reads the Posting once from the tree, runs the enabled
// rules, applies the posting's `<!-- jdlint-... -->` comments and reports each finding on the
// VFile. lintText, the command and the `jdlint/remark` plugin all run this.
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {rules as allRules} from '../../rules/index.ts'
import {PM_FAMILIES, PO_FAMILIES, type Family, type LintMessage, type Posting, type PostingSummary, type Role, type RoleProfile, type Severity} from '../model.ts'
import type {DutyModel} from '../duties/model.ts'
import {buildPosting, readerOptions} from '../read/posting.ts'
import {stripBom} from '../read/text.ts'
import {docsUrl, formatMessage, resolveSetting, type RuleDefinition, type RuleOptions, type RuleSettingResolved} from '../rule.ts'
import {applyDirectives, parseDirectives} from './directives.ts'
import {sortMessages, type JdlintMessage} from './result.ts'

/** Options of `lintText` and of the transformer. Everything is optional; the defaults are the rules' own. */
export interface LintOptions {
  /** Shown in results; nothing is read from it. */
  filePath?: string
  /** Per-rule severity and options; rules not named keep their defaults. */
  rules?: Record<string, Partial<RuleSettingResolved>>
  /** Extra phrases per duty family. */
  vocabulary?: Partial<Record<Family, string[]>>
  /** Extra title patterns per role class (regular expression sources, case-insensitive). */
  titles?: Partial<Record<Role, string[]>>
  /** The duty model that decides each unit's families (default: the one trained on the labelled postings). */
  model?: DutyModel
  /** Honour `<!-- jdlint-... -->` comments (default true). */
  inlineConfig?: boolean
  /** Report disable directives that silenced nothing. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error'
}

/** A finding before it goes on the file: what a fix would put in its place, where one is known. */
type Finding = LintMessage & {expected?: string[]}

/** The effective severity and options of each rule. */
export function resolveRules(settings: LintOptions['rules'] = {}, rules: readonly RuleDefinition<RuleOptions>[] = allRules): Map<RuleDefinition<RuleOptions>, RuleSettingResolved> {
  const resolved = new Map<RuleDefinition<RuleOptions>, RuleSettingResolved>()
  for (const rule of rules) resolved.set(rule, resolveSetting(rule, [settings[rule.id]]))
  return resolved
}

/** The transformer: lints the posting `tree` was parsed from (`file`'s text) and reports on `file`. */
export function jdlint(options: LintOptions = {}, rules: readonly RuleDefinition<RuleOptions>[] = allRules): (tree: Root, file: VFile) => void {
  const settings = resolveRules(options.rules, rules)
  const reader = {...readerOptions(options.vocabulary, options.titles), ...(options.model ? {model: options.model} : {})}
  return (tree, file) => {
    // micromark drops a byte order mark and counts offsets from after it: so does the reader.
    const {posting, problems, html} = buildPosting(stripBom(String(file)), reader, tree)
    const findings: Finding[] = problems.map((p) => ({ruleId: null, severity: 1 as Severity, message: p.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn}))
    for (const [rule, setting] of settings) {
      if (setting.severity === 0) continue
      rule.check(posting, {
        options: setting.options,
        report(d) {
          const range = d.range ?? d.unit
          if (!range) throw new Error(`rule ${rule.id} reported without a location`)
          const template = rule.messages[d.messageId]
          if (template === undefined) throw new Error(`rule ${rule.id} has no message "${d.messageId}"`)
          const finding: Finding = {
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
          if (d.relatedLocations?.length) finding.relatedLocations = d.relatedLocations
          if (d.expected?.length) finding.expected = d.expected
          findings.push(finding)
        },
      })
    }
    let kept: Finding[] = findings
    let suppressed: LintMessage[] = []
    if (options.inlineConfig !== false && html.length) {
      const {directives, problems: directiveProblems} = parseDirectives(
        html,
        rules.map((r) => r.id),
      )
      const applied = applyDirectives(findings, directives, {reportUnused: options.reportUnusedDisableDirectives ?? 'off'})
      kept = [...applied.messages, ...directiveProblems]
      suppressed = applied.suppressed.map(({expected: _, ...m}: Finding) => m)
    }
    // A VFileMessage is an Error, whose stack V8 records and vfile-message then sets to '':
    // recording none spares that work on every finding. (`stackTraceLimit` is V8's, which the
    // browser build's types, without Node's, do not declare.)
    const v8Error: {stackTraceLimit: number} = Error as unknown as {stackTraceLimit: number}
    const stackTraceLimit = v8Error.stackTraceLimit
    v8Error.stackTraceLimit = 0
    try {
      for (const finding of sortMessages(kept)) report(file, finding)
    } finally {
      v8Error.stackTraceLimit = stackTraceLimit
    }
    file.data.jdlint = {posting: summaryOf(posting), suppressed: sortMessages(suppressed)}
  }
}

/** One finding on the file, the way unified-lint-rule leaves a rule's: `fatal` true for an error, false for a warning. */
function report(file: VFile, f: Finding): void {
  const message = file.message(f.message, {
    place: {start: {line: f.line, column: f.column}, end: {line: f.endLine, column: f.endColumn}},
    ...(f.ruleId ? {ruleId: f.ruleId} : {}),
    source: 'jdlint',
  }) as JdlintMessage
  message.fatal = f.severity === 2
  if (f.docs) message.url = f.docs
  if (f.expected) message.expected = f.expected
  if (f.messageId) message.messageId = f.messageId
  if (f.relatedLocations) message.relatedLocations = f.relatedLocations
}

function summaryOf(posting: Posting): PostingSummary {
  return {
    title: posting.title,
    role: posting.role,
    roleSource: posting.roleSource,
    stage: posting.stage.stage,
    stageSource: posting.stage.source,
    profile: roleProfile(posting),
  }
}

/** Counts duty units per family and says which job the posting really describes. */
export function roleProfile(posting: Posting): RoleProfile {
  const pm = {} as RoleProfile['pm']
  const po = {} as RoleProfile['po']
  for (const f of PM_FAMILIES) pm[f] = 0
  for (const f of PO_FAMILIES) po[f] = 0
  let pmTotal = 0
  let poTotal = 0
  for (const unit of posting.units) {
    for (const f of unit.families) {
      if (Object.hasOwn(pm, f)) {
        pm[f as keyof RoleProfile['pm']]++
        pmTotal++
      } else if (Object.hasOwn(po, f)) {
        po[f as keyof RoleProfile['po']]++
        poTotal++
      }
    }
  }
  return {pm, po, verdict: verdict(posting.role, pmTotal, poTotal, posting.declaresCombined)}
}

function verdict(role: Role, pm: number, po: number, declaresCombined: boolean): string {
  const titled = {pm: 'a Product Manager title', po: 'a Product Owner title', combined: 'a combined PM/PO title', other: 'a title outside product management'}[role]
  if (pm + po === 0) return `no product duties found under ${titled}`
  const reads = pm >= 2 * po ? 'a Product Manager posting' : po >= 2 * pm ? 'a Product Owner posting' : 'two jobs, PM and PO'
  const fits = (role === 'pm' && reads === 'a Product Manager posting') || (role === 'po' && reads === 'a Product Owner posting') || (role === 'combined' && reads === 'two jobs, PM and PO')
  // A posting that says itself that one person covers both sides is honest about it, whatever its title.
  if (!fits && reads === 'two jobs, PM and PO' && declaresCombined && (role === 'pm' || role === 'po')) return `reads as ${reads}, and the posting says the role covers both`
  return `reads as ${reads} ${fits ? 'and the title agrees' : `under ${titled}`}`
}

