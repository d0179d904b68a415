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
  const read = readYaml(value)
  if ('problem' in read) {
    const {problem} = read
    if (problem.offset === undefined) problems.push({...range, endLine: range.line, endColumn: 4, message: problem.message})
    else {
      // The value starts on the line after the opening ---.
      const inside = new LineIndex(value)
      const at = inside.point(Math.min(problem.offset, value.length))
      const line = range.line + at.line
      const endColumn = Math.min(at.column + 1, inside.lineText(at.line).length + 1)
      problems.push({line, column: at.column, endLine: line, endColumn, message: problem.message})
    }
    return ignored
  }
  const data = read.data
  if (data === null || data === undefined) return ignored
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({...range, endLine: range.line, endColumn: 4, message: 'Front matter is not a mapping of keys to values: it was ignored'})
    return ignored
  }
  const keyLine = (key: string) => {
    const line = read.keyLines.get(key)
    return line === undefined ? range.line : range.line + line
  }
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

/**
 * What the front matter's YAML says: its data and the line (1-based, within the YAML) of each
 * top-level text key; or why it cannot be read, with the offset to place it at when there is one.
 */
export type YamlReading = {data: unknown; keyLines: Map<string, number>} | {problem: {message: string; offset?: number}}

/** Reads front matter YAML: the common simple shape directly, anything else with the yaml library. */
export function readYaml(value: string): YamlReading {
  return readSimpleYaml(value) ?? readYamlWithLibrary(value)
}

/** Reads front matter YAML with the yaml library: the reference for every shape. */
export function readYamlWithLibrary(value: string): YamlReading {
  const doc = loadYaml().parseDocument(value, {prettyErrors: false})
  if (doc.errors.length) {
    const err = doc.errors[0]!
    // Without prettyErrors there is no linePos: the error is placed from its offset.
    return {problem: {message: `Front matter is not valid YAML (${err.message}): it was ignored`, offset: err.pos[0]}}
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // toJS throws on an alias used before its anchor, and on aliases that expand past yaml's limit.
    return {problem: {message: `Front matter is not valid YAML (${(error as Error).message}): it was ignored`}}
  }
  const keyLines = new Map<string, number>()
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {data, keyLines}
  const inside = new LineIndex(value)
  const contents = doc.contents as {items?: {key?: {value?: unknown; range?: [number, number, number]}}[]} | null
  for (const pair of contents?.items ?? []) {
    const at = pair.key?.range?.[0]
    if (typeof pair.key?.value === 'string' && at !== undefined && !keyLines.has(pair.key.value)) keyLines.set(pair.key.value, inside.point(at).line)
  }
  return {data, keyLines}
}

// The simple shape most front matter has: one `key: value` per line, a plain word for a key, the
// value a plain, single- or double-quoted text on the same line. The yaml library costs a few
// hundred microseconds per document (lexer, parser, composer, document), most of a posting's
// reading; this shape is read here, and anything else (comments, lists, nesting, escapes, a value
// YAML would read as a number, a boolean or null, a repeated key) goes to the library.
// test/front-matter.test.ts checks both readings agree on many made-up documents.
// A plain value ends at its last character that is not a space: a lazy `[^...]*?` before ` *$`
// would try ` *$` at every character, quadratic in a long run of spaces (100,000 take seconds).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}): +(?:"([^"\\\p{C}\u2028\u2029]*)"|'([^'\p{C}\u2028\u2029]*)'|([\p{L}\p{N}](?:[^\p{C}\u2028\u2029]*[^\p{C}\u2028\u2029 ])?)) *$/u
/** Plain text YAML's core schema reads as something else: null, a boolean, a number. */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+.0-9][0-9A-Za-z.+-]*)$/
/** Inside plain text: what starts a comment, a nested mapping, or ends the value at a colon. */
const PLAIN_BREAK = /[ \t]#|: |:$/

/** The simple shape read directly, or null when the value is not entirely in that shape. */
export function readSimpleYaml(value: string): YamlReading | null {
  if (!value) return null
  const data: Record<string, string> = {}
  const keyLines = new Map<string, number>()
  let line = 0
  for (const text of value.split('\n')) {
    line++
    if (!text) continue
    const m = SIMPLE_LINE.exec(text)
    if (!m) return null
    const key = m[1]!
    if (NOT_TEXT.test(key) || keyLines.has(key)) return null
    const plain = m[4]
    if (plain !== undefined && (NOT_TEXT.test(plain) || PLAIN_BREAK.test(plain))) return null
    const v = m[2] ?? m[3] ?? plain!
    // As yaml sets a key an object already has from its prototype ("constructor"): its own property.
    if (key in data) Object.defineProperty(data, key, {value: v, writable: true, enumerable: true, configurable: true})
    else data[key] = v
    keyLines.set(key, line)
  }
  return keyLines.size ? {data, keyLines} : null
}
