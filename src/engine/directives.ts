import {htmlComments} from '../read/comments.ts'
import {didYouMean, nearestNames, orList} from '../suggest.ts'
import type {LintMessage, Range, Severity} from '../model.ts'

/** An `html` node of the Markdown AST: its raw text and where it starts and ends. */
export interface HtmlNode extends Range {
  value: string
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file'

/** One `<!-- jdlint-... -->` comment; its range is the comment's. */
export interface Directive extends Range {
  kind: DirectiveKind
  /** The rule ids it names; empty means every rule. */
  ruleIds: string[]
  /** The text after `--`, if any. */
  reason: string | null
}

/** A finding a directive silenced, with the directive's reason (ESLint's `suppressions`). */
export interface SuppressedMessage extends LintMessage {
  suppressions: {kind: 'directive'; justification: string}[]
}

const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']

/**
 * Reads the jdlint directives out of the HTML nodes of a document. Comments that do not start
 * with `jdlint-` are not directives. Unknown directive names and unknown rule ids come back as
 * problems (rule id null, severity 2); a directive whose ids are all unknown is dropped rather
 * than widened to every rule.
 */
export function parseDirectives(
  nodes: readonly HtmlNode[],
  knownRuleIds: readonly string[],
): {directives: Directive[]; problems: LintMessage[]} {
  const directives: Directive[] = []
  const problems: LintMessage[] = []
  for (const node of nodes) {
    for (const comment of htmlComments(node.value)) {
      const body = comment.body.trim()
      const name = /^jdlint-[\w-]*/.exec(body)?.[0]
      if (!name) continue
      const range = {
        ...positionIn(node, comment.index),
        ...endOf(positionIn(node, comment.index + comment.length)),
      }
      const kind = name.slice('jdlint-'.length) as DirectiveKind
      if (!KINDS.includes(kind)) {
        const near = nearestNames(kind, KINDS).map((k) => `jdlint-${k}`)
        problems.push(problem(range, 'unknownDirective', `Unknown directive "${name}"${didYouMean(near)}`))
        continue
      }
      const [list = '', reason] = body.slice(name.length).split(/\s-{2,}(?:\s|$)/, 2)
      const named = list.split(/[\s,]+/).filter(Boolean)
      const ruleIds = named.filter((id) => knownRuleIds.includes(id))
      for (const id of named.filter((id) => !knownRuleIds.includes(id))) {
        const message = `Unknown rule "${id}" in ${name} directive${didYouMean(nearestNames(id, knownRuleIds))}`
        problems.push(problem(range, 'unknownRule', message))
      }
      if (named.length > 0 && ruleIds.length === 0) continue
      directives.push({kind, ruleIds, reason: reason?.trim() || null, ...range})
    }
  }
  return {directives, problems}
}

/**
 * Applies directives to a document's findings with ESLint's semantics: `disable`/`enable` act
 * from the comment's position on (line, then column), `disable-line` covers the comment's own
 * lines, `disable-next-line` the line after the comment ends, `disable-file` the whole file.
 * Fatal messages and messages without a rule id are never silenced. With `reportUnused`, every
 * disable directive (or named id) that silenced nothing is reported at the comment.
 */
export function applyDirectives(
  messages: readonly LintMessage[],
  directives: readonly Directive[],
  opts: {reportUnused: 'off' | 'warn' | 'error'},
): {messages: LintMessage[]; suppressed: SuppressedMessage[]} {
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort(byPosition)
  // Per directive, the rule ids it silenced; '*' when it names no ids.
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]))
  const kept: LintMessage[] = []
  const suppressed: SuppressedMessage[] = []

  for (const message of messages) {
    const ruleId = message.ruleId
    const by = ruleId === null || message.fatal ? [] : silencers(message, ruleId, directives, ranged)
    if (by.length === 0) {
      kept.push(message)
      continue
    }
    for (const d of by) used.get(d)!.add(d.ruleIds.length === 0 ? '*' : ruleId!)
    suppressed.push({...message, suppressions: by.map((d) => ({kind: 'directive', justification: d.reason ?? ''}))})
  }

  if (opts.reportUnused !== 'off') {
    const severity: Severity = opts.reportUnused === 'error' ? 2 : 1
    for (const d of directives) {
      if (d.kind === 'enable') continue
      const silenced = used.get(d)!
      const unused = d.ruleIds.filter((id) => !silenced.has(id))
      if (d.ruleIds.length === 0 ? silenced.size > 0 : unused.length === 0) continue
      const from = unused.length > 0 ? ` from ${orList(unused.map((id) => `'${id}'`))}` : ''
      const message = `Unused jdlint-${d.kind} directive (no problems were reported${from})`
      kept.push({...problem(d, 'unusedDirective', message), severity})
    }
  }
  return {messages: kept.sort(byPosition), suppressed}
}

/** The directives that silence one finding. */
function silencers(message: LintMessage, ruleId: string, all: readonly Directive[], ranged: readonly Directive[]): Directive[] {
  const names = (d: Directive) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId)
  const by = all.filter(
    (d) =>
      names(d) &&
      (d.kind === 'disable-file' ||
        (d.kind === 'disable-line' && message.line >= d.line && message.line <= d.endLine) ||
        (d.kind === 'disable-next-line' && message.line === d.endLine + 1)),
  )
  // Replay disable/enable up to the finding: a later directive overrides an earlier one, and an
  // id-specific one overrides a blanket one for that id.
  let blanket: Directive | null = null
  const perRule = new Map<string, Directive | null>()
  for (const d of ranged) {
    if (byPosition(d, message) > 0) break
    const value = d.kind === 'disable' ? d : null
    if (d.ruleIds.length === 0) {
      blanket = value
      perRule.clear()
    } else {
      for (const id of d.ruleIds) perRule.set(id, value)
    }
  }
  const range = perRule.has(ruleId) ? perRule.get(ruleId)! : blanket
  return range ? [...by, range] : by
}

function problem(range: Range, messageId: string, message: string): LintMessage {
  const {line, column, endLine, endColumn} = range
  return {ruleId: null, messageId, severity: 2, message, line, column, endLine, endColumn}
}

/** Line and column of an offset into a node's text. */
function positionIn(node: HtmlNode, offset: number): {line: number; column: number} {
  const before = node.value.slice(0, offset)
  // CRLF, lone CR and LF each end a line, as everywhere else in jdlint.
  const breaks = [...before.matchAll(/\r\n?|\n/g)]
  const last = breaks[breaks.length - 1]
  return last === undefined
    ? {line: node.line, column: node.column + offset}
    : {line: node.line + breaks.length, column: offset - (last.index + last[0].length) + 1}
}

function endOf(position: {line: number; column: number}): {endLine: number; endColumn: number} {
  return {endLine: position.line, endColumn: position.column}
}

function byPosition(a: {line: number; column: number}, b: {line: number; column: number}): number {
  return a.line - b.line || a.column - b.column
}
