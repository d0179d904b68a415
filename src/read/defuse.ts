/**
 * Markdown that makes the parser work in quadratic time, made harmless before parsing. Every
 * change swaps one character for another, so the text keeps its length and every offset, line
 * and column stays true; and none touches a word, so what a posting says is unchanged.
 *
 * - Containers nested past MAX_DEPTH (block quote and list markers at the start of a line, or
 *   list markers indented past MAX_INDENT columns) open no further containers: the parser checks
 *   every open container on every line, so a 5,000-deep list costs 5,000 x 5,000 steps. remark
 *   is slow on every line inside many containers: 1,400 lines inside 128 levels of indented
 *   lists took 3 s, inside 16 levels (MAX_INDENT 32) a tenth of that.
 * - A block with more than MAX_DELIMITERS emphasis markers and link brackets (*, _ and [)
 *   keeps none of them (nor any ]): pairing them up is quadratic in their number, and so is
 *   looking for the end of each unclosed link.
 * - An HTML comment that is never closed does not start one: each unclosed `<!--` would make the
 *   parser scan to the end of the paragraph.
 */
const MAX_DEPTH = 64
const MAX_INDENT = 32
const MAX_DELIMITERS = 2000
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g

export function defuse(text: string): string {
  if (!needsDefusing(text)) return text
  const out: string[] = []
  let block: string[] = []
  let delimiters = 0
  const flush = () => {
    // One at a time: spreading a block of 100,000 lines into push() overflows the stack.
    for (const line of block) out.push(delimiters > MAX_DELIMITERS ? line.replace(/[*_[\]]/g, ' ') : line)
    block = []
    delimiters = 0
  }
  for (const m of text.matchAll(LINE)) {
    if (!m[0]) break
    const line = shallow(m[0])
    if (!line.trim()) flush()
    block.push(line)
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i)
      if (c === 42 || c === 95 || c === 91) delimiters++
    }
  }
  flush()
  return unclosedComments(out.join(''))
}

/** Below this size no input is slow enough to matter. */
const MIN_LENGTH = 1000
/** A line that opens with more container marks or indentation than either limit allows, or less. */
const DEEP_LINE = new RegExp(`^[ \\t>*+\\-\\d.)]{${Math.min(MAX_DEPTH, MAX_INDENT) + 1}}`, 'm')

/**
 * Whether any of the three can happen: a cheap look (no line is split, nothing is copied) that
 * lets an ordinary posting skip the pass.
 */
export function needsDefusing(text: string): boolean {
  if (text.length < MIN_LENGTH) return false
  const lastClose = text.lastIndexOf('-->')
  if (text.indexOf('<!--', lastClose < 0 ? 0 : lastClose + 3) >= 0) return true
  if (DEEP_LINE.test(text)) return true
  // Counted by looking for each delimiter in turn (indexOf skips the rest quickly), not by
  // reading every character: a posting holds a few dozen.
  let delimiters = 0
  for (const delimiter of DELIMITERS) {
    for (let i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, i + 1)) if (++delimiters > MAX_DELIMITERS) return true
  }
  return false
}

const DELIMITERS = ['*', '_', '[']

/**
 * Keeps at most MAX_DEPTH container markers (>, -, *, +, 1. and 1)) at the start of a line, and
 * none past MAX_INDENT.
 */
function shallow(line: string): string {
  let markers = 0
  let chars: string[] | null = null
  const spaceAt = (j: number) => line[j] === ' ' || line[j] === '\t'
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (c === ' ' || c === '\t') continue
    let end = -1
    if (c === '>' || ((c === '-' || c === '*' || c === '+') && spaceAt(i + 1))) end = i + 1
    else if (c >= '0' && c <= '9') {
      let j = i + 1
      while (j < line.length && j - i < 9 && (line[j] as string) >= '0' && (line[j] as string) <= '9') j++
      if ((line[j] === '.' || line[j] === ')') && spaceAt(j + 1)) end = j + 1
    }
    if (end < 0) break
    markers++
    if (markers > MAX_DEPTH || i > MAX_INDENT) {
      chars ??= line.split('')
      for (let k = i; k < end; k++) chars[k] = ' '
    }
    i = end - 1
  }
  return chars ? chars.join('') : line
}

/** Turns the `<` of every `<!--` after the last `-->` into a look-alike that starts no comment. */
function unclosedComments(text: string): string {
  const lastClose = text.lastIndexOf('-->')
  let from = lastClose < 0 ? 0 : lastClose + 3
  let open = text.indexOf('<!--', from)
  if (open < 0) return text
  const parts: string[] = []
  let last = 0
  while (open >= 0) {
    parts.push(text.slice(last, open), '\u2039')
    last = open + 1
    from = open + 4
    open = text.indexOf('<!--', from)
  }
  parts.push(text.slice(last))
  return parts.join('')
}
