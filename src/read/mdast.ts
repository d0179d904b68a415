// What the readers ask of mdast nodes, answered without recursion: lists and block quotes nested
// thousands deep must not overflow the call stack (mdast-util-to-string and unist-util-visit
// recurse).
import type {Nodes, Parent} from 'mdast'
import type {Range} from '../model.ts'
import type {LineIndex} from './text.ts'

/** One line of a block's words and the source line it stands on. */
export interface TextLine {
  text: string
  line: number
}

// What a walk leaves out: HTML, code blocks and front matter.
const skipped = (type: string): boolean => type === 'html' || type === 'code' || type === 'yaml'

/**
 * The words of nodes as a reader sees them: no markup, inline code and image descriptions kept,
 * HTML and code blocks left out (comments, directives and fixture markers are not part of what a
 * posting says), a hard break as a line break. Line endings read as \n, so titles and quoted
 * words are the same whatever the file uses.
 */
function plainText(nodes: Nodes | readonly Nodes[]): string {
  let out = ''
  const stack: Nodes[] = Array.isArray(nodes) ? [...nodes].reverse() : [nodes as Nodes]
  while (stack.length) {
    const n = stack.pop()!
    if (skipped(n.type)) continue
    if ('value' in n) out += n.value
    else if (n.type === 'break') out += '\n'
    else if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? ''
    else if ('children' in n) pushChildren(stack, n)
  }
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out
}

/** Words, and for each of their characters its offset in the source. */
export interface MappedText {
  text: string
  /** The source offset of the character at `offset` in `text`; undefined past the text. */
  sourceAt(offset: number): number | undefined
  /** Where in `text` each hard break (two trailing spaces or a backslash) stands, as its \n, in order. */
  hardBreaks: number[]
  /** The words are the lines under a heading that opened their paragraph (`mappedTail`): a list, however few its lines. */
  headed?: boolean
}

// How far past the last placed character a text node's next character is looked for: further than
// an escape, a character reference or a line's block-quote and list indent usually take.
const MAP_WINDOW = 64

/**
 * A paragraph's words as `plainText` gives them but with inline code as one space (the text its
 * sentences are read from, where `code` is not a word of a sentence), each character with the
 * source offset it was read from: a text node's characters are found in its own source in turn (an
 * escape or a character reference takes more room there than in the words); inline code, a break
 * and an image's description stand at the start of their node.
 *
 * Most text nodes are their source as written (no escape, no character reference, no indent
 * inside): the search then finds each character at the next place, where it starts looking, so
 * such a node is kept as one run (where it starts in the words and in the source) and its
 * characters are placed only when asked for. `charByChar` looks for every character, as tests
 * compare.
 */
export function mappedText(node: Nodes, source: string, charByChar = false): MappedText {
  let text = ''
  // The words in runs, two numbers each: where the run starts in `text`, then where it starts in
  // the source (a node as written) or, as -1 - i, that its characters' offsets are at[i..].
  const runs: number[] = []
  const at: number[] = []
  const hardBreaks: number[] = []
  const put = (chars: string, offset: number) => {
    if (!runs.length || (runs[runs.length - 1] as number) >= 0) runs.push(text.length, -1 - at.length)
    text += chars
    for (let i = 0; i < chars.length; i++) at.push(offset)
  }
  const stack: Nodes[] = [node]
  while (stack.length) {
    const n = stack.pop()!
    if (skipped(n.type)) continue
    const start = startOf(n)
    if (n.type === 'inlineCode') put(' ', start)
    else if (n.type === 'break') {
      hardBreaks.push(text.length)
      put('\n', start)
    } else if (n.type === 'image' || n.type === 'imageReference') put(n.alt ?? '', start)
    else if ('value' in n) {
      const value = n.value.replace(/\r\n?/g, '\n')
      const end = endOf(n)
      if (!charByChar && value.length <= end - start && source.startsWith(value, start)) {
        runs.push(text.length, start)
        text += value
        continue
      }
      let cursor = start
      for (const ch of value) {
        let found = -1
        for (let i = cursor, stop = Math.min(end, cursor + MAP_WINDOW); i < stop; i++) {
          if (source.startsWith(ch, i) || (ch === '\n' && source[i] === '\r')) {
            found = i
            break
          }
        }
        put(ch, found < 0 ? cursor : found)
        if (found >= 0) cursor = found + ch.length
      }
    } else if ('children' in n) pushChildren(stack, n)
  }
  const words = text
  return {
    text,
    hardBreaks,
    sourceAt(offset: number): number | undefined {
      if (!(offset >= 0 && offset < words.length)) return undefined
      // The last run that starts at or before the offset (a run of no characters gives way to the
      // next), searched by halves: a paragraph of many lines has a run per line and break.
      let lo = 0
      let hi = runs.length / 2 - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((runs[mid * 2] as number) <= offset) lo = mid
        else hi = mid - 1
      }
      const r = lo * 2
      const k = offset - (runs[r] as number)
      const from = runs[r + 1] as number
      if (from < 0) return at[-1 - from + k]
      // The low half of a surrogate pair is placed with the high half: the search steps through code points.
      const low = k > 0 && isSurrogate(words.charCodeAt(offset), 0xdc00) && isSurrogate(words.charCodeAt(offset - 1), 0xd800)
      return from + k - (low ? 1 : 0)
    },
  }
}

/** The words of `words` from `from` on, each character still placed where it was read from: the lines under a heading that opened the paragraph. */
export function mappedTail(words: MappedText, from: number): MappedText {
  return {
    headed: true,
    text: words.text.slice(from),
    hardBreaks: words.hardBreaks.filter((b) => b >= from).map((b) => b - from),
    sourceAt: (offset) => (offset >= 0 ? words.sourceAt(offset + from) : undefined),
  }
}

/** Whether a UTF-16 code unit is a surrogate of the half that starts at `first` (0xd800 high, 0xdc00 low). */
const isSurrogate = (c: number, first: number): boolean => c >= first && c <= first + 0x3ff

/** What a block's nodes say, read in one walk. */
export interface BlockWords {
  /** Each node's words, as `plainText` gives them. */
  parts: string[]
  /** The words line by line, each line with the source line its words stand on (in the order the lines are first met). */
  lines: TextLine[]
}

// What a node's children are read for: their words, their lines, their HTML nodes.
const WORDS = 1
const LINES = 2
const HTML = 4

// The walk's stacks, emptied by every walk (and before it, should one have thrown): one pair for
// all blocks instead of two arrays per block.
const walkStack: Nodes[] = []
const walkReads: number[] = []

/**
 * The words of `nodes` (each as `plainText` gives them) and their lines, in one walk that also
 * puts every HTML node in and below them on `html`, in document order. A node without a
 * position, and what is below it, is on no line.
 */
export function blockWords(nodes: readonly Nodes[], index: LineIndex, html: (Range & {value: string})[]): BlockWords {
  const parts: string[] = []
  const lines = new LineCollector()
  walkStack.length = 0
  walkReads.length = 0
  for (const top of nodes) {
    let out = ''
    walkStack.push(top)
    walkReads.push(WORDS | LINES | HTML)
    while (walkStack.length) {
      const n = walkStack.pop()!
      const read = walkReads.pop()!
      let below = 0
      if (read & HTML) {
        if (n.type === 'html' && n.position) html.push({...rangeOf(index, n), value: n.value})
        else if ('children' in n) below |= HTML
      }
      const skip = skipped(n.type)
      if (read & WORDS && !skip) {
        if ('value' in n) out += n.value
        else if (n.type === 'break') out += '\n'
        else if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? ''
        else if ('children' in n) below |= WORDS
      }
      if (read & LINES && !skip && n.position) {
        const line = n.position.start.line
        if (n.type === 'image' || n.type === 'imageReference') lines.add(line, n.alt ?? '')
        else if ('value' in n) lines.addValue(line, n.value)
        else if ('children' in n) below |= LINES
      }
      if (below && 'children' in n) {
        for (let i = n.children.length - 1; i >= 0; i--) {
          walkStack.push(n.children[i] as Nodes)
          walkReads.push(below)
        }
      }
    }
    parts.push(out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out)
  }
  return {parts, lines: lines.lines}
}

/**
 * Lines of words in the order each is first met. Nodes come in document order, so a line is
 * nearly always the last one met or one past all of them; only a character reference for a line
 * break puts words on a line before one already met, and then the lines are looked up.
 */
class LineCollector {
  readonly lines: TextLine[] = []
  private furthest = 0
  private byLine: Map<number, TextLine> | null = null

  /** A text node's value from `line` on, a line for each of its line endings. */
  addValue(line: number, value: string): void {
    if (value.includes('\n') || value.includes('\r')) value.split(/\r\n?|\n/).forEach((part, i) => this.add(line + i, part))
    else this.add(line, value)
  }

  add(line: number, text: string): void {
    const last = this.lines[this.lines.length - 1]
    if (last?.line === line) {
      last.text += text
      return
    }
    const met = line > this.furthest ? undefined : (this.byLine ??= new Map(this.lines.map((l) => [l.line, l]))).get(line)
    if (met) {
      met.text += text
      return
    }
    const entry = {line, text}
    this.lines.push(entry)
    this.byLine?.set(line, entry)
    this.furthest = Math.max(this.furthest, line)
  }
}

/** True when a paragraph holds nothing but one bold or italic run (it reads as a heading). */
export function isEmphasisOnly(node: Parent): boolean {
  // The one child that is neither a break nor blank text, looked for without a filtered copy.
  let only: Nodes | null = null
  for (const c of node.children) {
    if (c.type === 'break' || (c.type === 'text' && !c.value.trim())) continue
    if (only) return false
    only = c
  }
  return only?.type === 'strong' || only?.type === 'emphasis'
}

/**
 * A bold run-in label that opens a paragraph ("**Unblock** - find the bottlenecks", "**Step 2:**
 * frame the problem"): its words and the separator after them, as `plainText` gives them; else "".
 * A bold opening without a separator ("**Own** the roadmap") is emphasis, not a label, and so is a
 * bold sentence ending in a full stop ("**Own the product roadmap.** Work with the squad daily").
 */
export function runInLabel(node: Parent): string {
  const [first, next] = node.children
  if (first?.type !== 'strong' || next?.type !== 'text') return ''
  const label = plainText(first)
  const separator = /^\s*[:\-–—]+\s*/.exec(next.value)?.[0]
  if (separator !== undefined) return label + separator
  return /:\s*$/.test(label) && next.value.trim() ? label : ''
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0
}

export function rangeOf(index: LineIndex, node: Nodes): Range {
  return index.range(startOf(node), endOf(node))
}

function pushChildren(stack: Nodes[], node: Parent): void {
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
}
