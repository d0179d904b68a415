import {builtInModel, type DutyModel} from '../duties/model.ts'
import {explainUnits, type UnitExplanation} from '../duties/why.ts'
import type {Family, Role} from '../model.ts'
import {buildPosting, readerOptions} from './posting.ts'
import {stripBom} from './text.ts'

export interface ExplainOptions {
  vocabulary?: Partial<Record<Family, string[]>>
  titles?: Partial<Record<Role, string[]>>
  model?: DutyModel
}

/** `jdlint why`: reads a posting as lintText does and explains how the units on one line were decided. */
export function explainLine(text: string, line: number, options: ExplainOptions = {}): string {
  const units: UnitExplanation[] = []
  const reader = {...readerOptions(options.vocabulary, options.titles), ...(options.model ? {model: options.model} : {})}
  const {posting} = buildPosting(stripBom(text), {
    ...reader,
    onUnit: (unit, input, decision) => {
      if (decision) units.push({unit, input, decision})
    },
  })
  const head = `Posting read as role ${posting.role} (${posting.roleSource}${posting.title ? `: "${posting.title}"` : ''}).\n`
  return head + explainUnits(units, reader.model ?? builtInModel(), line)
}
