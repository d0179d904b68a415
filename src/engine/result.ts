// The findings jdlint leaves on a VFile, turned into ESLint's result shape for the CLI, the
// library and the reporters.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.ts'
import type {LintMessage, LintResult, PostingSummary, RelatedLocation, Severity} from '../model.ts'

/** What the plugin stores on `file.data.jdlint`. */
export interface JdlintFileData {
  /** What jdlint read the posting as. */
  posting: PostingSummary
  /** Findings a `<!-- jdlint-disable -->` comment silenced, with its reason. */
  suppressed: LintMessage[]
}

declare module 'vfile' {
  interface DataMap {
    jdlint: JdlintFileData
  }
}

/** A jdlint message on a VFile: vfile's fields, and jdlint's own beside them. */
export interface JdlintMessage extends VFileMessage {
  messageId?: string
  relatedLocations?: RelatedLocation[]
}

/** The messages jdlint left on a file, as ESLint-shaped messages: error when vfile's `fatal` is true. */
export function messagesOf(file: VFile): LintMessage[] {
  const out: LintMessage[] = []
  for (const m of file.messages as JdlintMessage[]) {
    if (m.source !== 'jdlint') continue
    const start = m.place && 'start' in m.place ? m.place.start : m.place
    const end = m.place && 'end' in m.place ? m.place.end : start
    const message: LintMessage = {
      ruleId: m.ruleId ?? null,
      ...(m.messageId ? {messageId: m.messageId} : {}),
      severity: (m.fatal ? 2 : 1) as Severity,
      message: m.reason,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      endColumn: end?.column ?? start?.column ?? 1,
    }
    if (m.url) message.docs = m.url
    if (m.relatedLocations?.length) message.relatedLocations = m.relatedLocations
    out.push(message)
  }
  return out
}

/**
 * The built-in rules' ids (and "null", a message of no rule) in the order `localeCompare` gives
 * them: their code-unit order, which test/sort-messages.test.ts checks against the collation of
 * many locales. The first `localeCompare` of a process builds the locale's collator, some 70
 * million instructions (1.5% of linting 100 postings); findings at one place from two rules are
 * in most postings (the title's), so they are ordered by rank without it.
 */
const RULE_RANK = new Map([...rules.map((r) => r.id), 'null'].sort().map((id, rank) => [id, rank]))

/** `String(a).localeCompare(String(b))` for two rule ids: by rank when both are known. */
function compareRuleIds(a: string | null, b: string | null): number {
  const x = String(a)
  const y = String(b)
  if (x === y) return 0
  const rx = RULE_RANK.get(x)
  const ry = RULE_RANK.get(y)
  return rx !== undefined && ry !== undefined ? rx - ry : x.localeCompare(y)
}

/** Findings by place, then rule id, then message (both as `localeCompare` orders them). */
export function sortMessages<M extends LintMessage>(messages: M[]): M[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId) || (a.message === b.message ? 0 : a.message.localeCompare(b.message)))
}

/** The result for a file the plugin ran on: plain data, which a worker thread can post. */
export function toLintResult(file: VFile, filePath: string): LintResult {
  const data = file.data.jdlint
  return makeResult(filePath, messagesOf(file), data?.posting ?? null, data?.suppressed ?? [])
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
