/**
 * `jdlint why FILE:LINE`: how the units on one line were read and decided. Pure: text in,
 * report out; the command only reads the file and prints.
 */
import type {Token} from './matcher.ts'
import type {DutyUnit, Family} from '../model.ts'
import type {UnitInput} from './features.ts'
import {FLIPS, type DutyModel, type UnitDecision} from './model.ts'

export interface UnitExplanation {
  unit: DutyUnit
  input: UnitInput
  decision: UnitDecision
}

const tokenText = (input: UnitInput, t: Token | null) => (t ? input.text.slice(t.start, t.end) : '-')
const signed = (x: number) => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2))

/** The report for the units that start on or span a line. */
export function explainUnits(units: UnitExplanation[], model: DutyModel, line: number, top = 4): string {
  const here = units.filter((u) => u.unit.line <= line && line <= u.unit.endLine)
  if (!here.length) return `Line ${line} holds no duty unit (a heading, a blank line, or a section jdlint skips: about us, benefits, how to apply).\n`
  const out: string[] = []
  for (const {unit, input, decision} of here) {
    out.push(`${unit.kind} at ${unit.line}:${unit.column} in section "${unit.section.heading || '(before any heading)'}" (${unit.section.kind})${unit.experience ? ', read as experience' : ''}`)
    out.push(`  text: ${unit.text.replace(/\s+/g, ' ').trim()}`)
    out.push(`  voice: ${decision.reading.voice}${decision.reading.negated ? ', negation present' : ''}${decision.reading.question ? ', a question' : ''}`)
    for (const [i, c] of decision.reading.clauses.entries()) {
      out.push(`  clause ${i + 1}: "${c.text}"  verb: ${tokenText(input, c.verb)}${c.nominal ? ' (from a noun)' : ''}  object: ${tokenText(input, c.object)}`)
    }
    if (input.own.length) out.push(`  vocabulary: ${input.own.map((m) => `"${m.words}" ${m.family} (${m.entry})`).join('; ')}`)
    for (const m of input.negated) out.push(`  negated: "${m.words}" ${m.family}`)
    for (const m of input.delegated) out.push(`  given to another role: "${m.words}" ${m.family}`)
    const shown = new Set<Family>()
    const ranked = model.heads
      .map((h, i) => ({head: h, score: decision.scores[i] as number}))
      .filter((h) => h.head.includes('.'))
      .sort((a, b) => b.score - a.score)
    for (const {head, score} of ranked) {
      const family = head as Family
      const d = decision.decisions.find((x) => x.family === family)
      if (score <= 0 && !d && shown.size >= 2) continue
      shown.add(family)
      const verdict = decision.families.includes(family) ? (d?.by === 'rerouted' ? `YES (re-routed: ${d.rule})` : d?.by === 'config' ? 'YES (your vocabulary)' : 'YES') : d?.by === 'vetoed' ? `no (vetoed: ${d.rule})` : d?.by === 'rerouted' ? `no (re-routed: ${d.rule})` : 'no'
      const parts = model.contributions(decision.features, head)
      const pro = parts.filter((p) => p.weight > 0).slice(0, top)
      const con = parts.filter((p) => p.weight < 0).slice(0, top)
      out.push(`  ${family.padEnd(16)} ${signed(score)}  ${verdict}`)
      if (pro.length) out.push(`      for:     ${pro.map((p) => `${p.feature} ${signed(p.weight)}`).join(', ')}`)
      if (con.length) out.push(`      against: ${con.map((p) => `${p.feature} ${signed(p.weight)}`).join(', ')}`)
    }
    for (const m of decision.matches) out.push(`  decided ${m.family} by "${m.words}"${m.execution ? ' (work a PM does not do)' : ''}${m.supporting ? ' (helps, does not own)' : ''}`)
    out.push('')
  }
  out.push(`Rules on top of the model: negation and delegation veto a family; ${FLIPS.map((f) => f.id).join(', ')} re-route one; phrases in your config add one.`)
  return `${out.join('\n')}\n`
}
