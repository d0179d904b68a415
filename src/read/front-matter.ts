// The YAML front matter: its data, where it stands, and the line of each key.
import type {Root} from 'mdast'
import {loadYaml} from '../lazy.ts'
import type {FrontMatter, Range} from '../model.ts'
import {rangeOf} from './mdast.ts'
import {LineIndex} from './text.ts'

/** A problem found while reading the document (broken front matter), reported as a warning. */
export interface ReadProblem extends Range {
  message: string
}

export interface FrontMatterReading {
  frontMatter: FrontMatter
  /** The line a top-level key is written on (the opening line when there is none). */
  keyLine(key: string): number
}

/** Keys that must be text; any other value is reported and dropped. */
const TEXT_KEYS = ['title', 'role', 'stage'] as const

export function readFrontMatter(tree: Root, index: LineIndex, opened: boolean, problems: ReadProblem[]): FrontMatterReading {
  const node = tree.children[0]
  if (node?.type !== 'yaml') {
    if (opened) problems.push({line: 1, column: 1, endLine: 1, endColumn: 4, message: 'Front matter opened with --- on line 1 is never closed: it was read as text'})
    return {frontMatter: {data: {}, range: null}, keyLine: () => 1}
  }
  const range = rangeOf(index, node)
  const ignored = {frontMatter: {data: {}, range}, keyLine: () => range.line}
  // yaml breaks lines only at \n: front matter with lone CR line endings would read as one line.
  const value = node.value.replace(/\r\n?/g, '\n')
  const doc = loadYaml().parseDocument(value, {prettyErrors: false})
  // The value starts on the line after the opening ---.
  const inside = new LineIndex(value)
  if (doc.errors.length) {
    const err = doc.errors[0]!
    // Without prettyErrors there is no linePos: place the error from its offset.
    const at = inside.point(Math.min(err.pos[0], value.length))
    const line = range.line + at.line
    const endColumn = Math.min(at.column + 1, inside.lineText(at.line).length + 1)
    problems.push({line, column: at.column, endLine: line, endColumn, message: `Front matter is not valid YAML (${err.message}): it was ignored`})
    return ignored
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // toJS throws on an alias used before its anchor, and on aliases that expand past yaml's limit.
    problems.push({...range, endLine: range.line, endColumn: 4, message: `Front matter is not valid YAML (${(error as Error).message}): it was ignored`})
    return ignored
  }
  if (data === null || data === undefined) return ignored
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({...range, endLine: range.line, endColumn: 4, message: 'Front matter is not a mapping of keys to values: it was ignored'})
    return ignored
  }
  const lines = new Map<string, number>()
  const contents = doc.contents as {items?: {key?: {value?: unknown; range?: [number, number, number]}}[]} | null
  for (const pair of contents?.items ?? []) {
    const at = pair.key?.range?.[0]
    if (typeof pair.key?.value === 'string' && at !== undefined && !lines.has(pair.key.value)) lines.set(pair.key.value, range.line + inside.point(at).line)
  }
  const keyLine = (key: string) => lines.get(key) ?? range.line
  const fm = data as Record<string, unknown>
  for (const key of TEXT_KEYS) {
    const v = fm[key]
    if (v !== undefined && v !== null && typeof v !== 'string') {
      const line = keyLine(key)
      problems.push({line, column: 1, endLine: line, endColumn: key.length + 2, message: `Front matter "${key}" should be text, got ${Array.isArray(v) ? 'a list' : typeof v}: it was ignored`})
      delete fm[key]
    }
  }
  return {frontMatter: {data: fm, range}, keyLine}
}
