import {isSpaceCode} from '../duties/matcher.ts'
import type {Range} from '../model.ts'

/**
 * Maps string offsets to 1-based lines and columns. CRLF, lone CR and LF all end a line, so the
 * three give the same line numbers; columns count UTF-16 code units, as ESLint's do.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
      return
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  get lineCount(): number {
    return this.starts.length
  }

  point(offset: number): {line: number; column: number} {
    const line = this.lineOf(offset)
    return {line: line + 1, column: offset - (this.starts[line] as number) + 1}
  }

  range(start: number, end: number): Range {
    // As point(start) and point(end), without making either: one range per duty unit and finding.
    const starts = this.starts
    const a = this.lineOf(start)
    // The end is most often on the start's line or the next: a few steps forward find it, and a
    // range over many lines is searched for, so a long one costs no more than a point.
    let b = a
    let steps = 0
    if (end >= start) while (b + 1 < starts.length && (starts[b + 1] as number) <= end && ++steps <= 16) b++
    if (end < start || steps > 16) b = this.lineOf(end)
    return {line: a + 1, column: start - (starts[a] as number) + 1, endLine: b + 1, endColumn: end - (starts[b] as number) + 1}
  }

  /** The 0-based line of an offset (as point(offset).line - 1). */
  private lineOf(offset: number): number {
    const starts = this.starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** The offset where a 1-based line starts (the text's length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

  /** The offset just past a 1-based line's last character, before its line ending. */
  lineEnd(line: number): number {
    return this.lineStart(line) + this.lineText(line).length
  }

  /** A whole line, from its first to past its last character that is not blank. */
  lineRange(line: number): Range {
    const content = this.lineText(line)
    const lead = content.length - content.trimStart().length
    return {line, column: lead + 1, endLine: line, endColumn: content.trimEnd().length + 1}
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const next = this.starts[line]
    let end = next === undefined ? this.text.length : next
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--
    return this.text.slice(start, end)
  }
}

/** `end` moved back over the blanks before it (each a character /\s/ takes), to no earlier than `start`. */
export function blanksBefore(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}

/** Drops a UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
