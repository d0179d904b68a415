import {Chalk} from 'chalk'
import {relative, sep} from 'node:path'
import {PM_FAMILIES, PO_FAMILIES, type LintResult, type ReportContext, type Reporter, type RoleProfile} from '../types.ts'

const BAR = 10

function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath
  const rel = relative(cwd, filePath)
  return (rel && !rel.startsWith('..') ? rel : filePath).split(sep).join('/')
}

function roleLine(result: LintResult, c: InstanceType<typeof Chalk>): string {
  const p = result.posting
  if (!p) return ''
  const stage = p.stage === 'unknown' ? 'unknown' : `${p.stage} (${p.stageSource})`
  return c.dim(`role: ${p.role} (${p.roleSource})  ·  stage: ${stage}`)
}

function profileLines(profile: RoleProfile, c: InstanceType<typeof Chalk>): string[] {
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

/** ESLint's stylish layout, plus the role and stage read and the role profile. */
export const stylish: Reporter = (results, context: ReportContext) => {
  const c = new Chalk({level: context.color ? 1 : 0})
  const out: string[] = []
  let errors = 0
  let warnings = 0
  const full = results.length === 1
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    const path = displayPath(result.filePath, context.cwd)
    if (!result.messages.length) {
      if (!full) {
        out.push(`${c.green('✔')} ${path}  ${roleLine(result, c)}`)
        continue
      }
    }
    out.push('', c.underline(path))
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.fatal || m.severity === 2 ? c.red('error') : c.yellow('warning'),
      m.message.replace(/\s*\n\s*/g, ' '),
      c.dim(m.ruleId ?? ''),
    ])
    const width = rows.reduce((w, r) => Math.max(w, (r[0] as string).length), 0)
    const sevWidth = rows.some((r) => (r[1] as string).includes('warning')) ? 7 : 5
    for (const r of rows) {
      const sev = r[1] as string
      const pad = ' '.repeat(Math.max(0, sevWidth - (sev.includes('warning') ? 7 : 5)))
      out.push(`  ${c.dim((r[0] as string).padEnd(width))}  ${sev}${pad}  ${r[2]}  ${r[3]}`)
    }
    if (!result.messages.length) out.push(`  ${c.green('✔ no problems')}`)
    if (result.posting) {
      out.push(`  ${roleLine(result, c)}`)
      if (context.showProfile) out.push(...profileLines(result.posting.profile, c))
    }
  }
  const total = errors + warnings
  out.push('')
  if (total) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
    out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary))
  } else {
    out.push(c.green.bold(`✔ no problems in ${results.length} file${results.length === 1 ? '' : 's'}`))
  }
  if (context.maxWarningsExceeded) {
    const {maxWarnings, foundWarnings} = context.maxWarningsExceeded
    out.push(c.red(`jdlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings})`))
  }
  return `${out.join('\n')}\n`
}

export default stylish
