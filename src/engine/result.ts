// The findings jdlint leaves on a VFile, turned into ESLint's result shape for the CLI, the
// library and the reporters.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
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

export function sortMessages<M extends LintMessage>(messages: M[]): M[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message))
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
