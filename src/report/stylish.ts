import type {ChalkInstance} from 'chalk'
import type * as ChalkModule from 'chalk'
import {displayPath} from '../files/paths.ts'
import {PM_FAMILIES, PO_FAMILIES, type LintResult, type ReportContext, type RoleProfile, type RunSummary, type StreamingReporter} from '../model.ts'

const BAR = 10

let chalk: typeof ChalkModule | undefined
/** Terminal colours, loaded only for output that has them (see lazy.ts). */
function loadChalk(): typeof ChalkModule {
  chalk ??= require('chalk') as typeof ChalkModule
  return chalk
}

/**
 * Without colour every style leaves its text as it is, and chalk (with the terminal checks it
 * makes as it loads) is not loaded at all: output to a file, a pipe or CI.
 */
const PLAIN: ChalkInstance = new Proxy((text: string) => text, {get: () => PLAIN}) as unknown as ChalkInstance

function roleLine(result: LintResult, c: ChalkInstance): string {
  const p = result.posting
  if (!p) return ''
  const stage = p.stage === 'unknown' ? 'unknown' : `${p.stage} (${p.stageSource})`
  return c.dim(`role: ${p.role} (${p.roleSource})  ·  stage: ${stage}`)
}

function profileLines(profile: RoleProfile, c: ChalkInstance): string[] {
  const max = Math.max(1, ...Object.values(profile.pm), ...Object.values(profile.po))
  const bar = (n: number, colour: (s: string) => string) => {
    const full = Math.round((n / max) * BAR)
    return colour('█'.repeat(full)) + c.dim('░'.repeat(BAR - full))
  }
  const rows = PM_FAMILIES.map((pmFamily, i) => {
    const poFamily = PO_FAMILIES[i] as (typeof PO_FAMILIES)[number]
    const pm = profile.pm[pmFamily]
    const po = profile.po[poFamily]
    const left = `${pmFamily.slice(3).padEnd(12)} ${bar(pm, c.cyan)} ${String(pm).padStart(2)}`
    const right = `${poFamily.slice(3).padEnd(12)} ${bar(po, c.magenta)} ${String(po).padStart(2)}`
    return `    ${left}      ${right}`
  })
  return [`    ${c.bold.cyan('PM side'.padEnd(12 + BAR + 4))}      ${c.bold.magenta('PO side')}`, ...rows, `    ${c.bold('▶')} ${profile.verdict}`]
}

/** ESLint's stylish layout, plus the role and stage read and the role profile; file by file. */
export const stylishStream: StreamingReporter = (context: ReportContext) => {
  const c = context.color ? new (loadChalk().Chalk)({level: 1}) : PLAIN
  return {
    file(result) {
      const path = displayPath(result.filePath, context.cwd)
      if (!result.messages.length) {
        const verdict = result.posting ? c.dim(`  ·  ${result.posting.profile.verdict}`) : ''
        return `${c.green('✔')} ${path}  ${roleLine(result, c)}${verdict}\n`
      }
      const out: string[] = ['', c.underline(path)]
      const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.fatal || m.severity === 2 ? 'error' : 'warning', oneLine(m.message), m.ruleId ?? ''] as const)
      const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0)
      const sevWidth = rows.some((r) => r[1] === 'warning') ? 7 : 5
      for (const [at, sev, message, rule] of rows) {
        const label = sev === 'error' ? c.red(sev.padEnd(sevWidth)) : c.yellow(sev.padEnd(sevWidth))
        out.push(`  ${c.dim(at.padEnd(width))}  ${label}  ${message}${rule ? `  ${c.dim(rule)}` : ''}`)
      }
      if (result.posting) {
        out.push(`  ${roleLine(result, c)}`)
        if (context.showProfile) out.push(...profileLines(result.posting.profile, c))
      }
      return `${out.join('\n')}\n`
    },
    end(summary: RunSummary) {
      const {errorCount: errors, warningCount: warnings, fileCount} = summary
      const total = errors + warnings
      const out = ['']
      if (total) {
        const text = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
        out.push(errors ? c.red.bold(text) : c.yellow.bold(text))
      } else {
        out.push(c.green.bold(`✔ no problems in ${fileCount} file${fileCount === 1 ? '' : 's'}`))
      }
      if (summary.maxWarningsExceeded) {
        const {maxWarnings, foundWarnings} = summary.maxWarningsExceeded
        out.push(c.red(`jdlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings})`))
      }
      return `${out.join('\n')}\n`
    },
  }
}

/** A message on one line: line breaks and the spaces around them become one space, in linear time. */
function oneLine(message: string): string {
  return message.includes('\n') ? message.split('\n').map((part) => part.trim()).join(' ') : message
}
