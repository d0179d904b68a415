// The blocks of a posting, in document order: headings (and paragraphs that act as headings),
// paragraphs, list items and table rows, each with its words and where it stands. Every other
// reader starts from these: sections and duty units, title, stage, salary.
import type {ListItem, Nodes, Paragraph, Root} from 'mdast'
import type {Range} from '../model.ts'
import {withoutComments} from './comments.ts'
import {MAY_HOLD_LINES} from './lines.ts'
import {classifySection, namesSection} from './section-kind.ts'
import {blockWords, endOf, isEmphasisOnly, mappedTail, mappedText, runInLabel, startOf, type MappedText, type TextLine} from './mdast.ts'
import {blanksBefore, type LineIndex} from './text.ts'

export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row'
  /** How a heading is written: a Markdown heading, a bold or italic line, a short line ending in a colon, or a short line in capitals. */
  heading?: 'markdown' | 'emphasis' | 'colon' | 'capitals'
  /** The words, lines joined with \n (a list item's paragraphs with a space). */
  text: string
  /** Offsets in the source of the first and past the last character. */
  start: number
  end: number
  lines: TextLine[]
  /** The bold run-in label the block opens with ("Unblock - "), a heading for what follows: see `runInLabel`. */
  label?: string
  /**
   * A paragraph that may hold more than one sentence or line unit: its words with inline code blanked, each
   * character placed in the source, for the sentence splitter. Worked out when asked for: only a
   * paragraph with a duty is split.
   */
  sentences?: () => MappedText
}

export interface Blocks {
  blocks: Block[]
  /** Every HTML node, for inline directives. */
  html: (Range & {value: string})[]
}

// GFM's delimiter row: cells of at least one dash, with a colon either side for alignment.
// Every run of spaces is followed by a pipe, a dash or the end, so a long run cannot backtrack.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/
const MULTI_SENTENCE = /[.!?]["'”’)\]]*\s+\S/

/**
 * Every line of the blocks' words, joined with \n: one text in which to look once for what a
 * reader otherwise looks for line by line. A pattern that matches a line matches here too, as
 * long as it holds no ^, $ or lookbehind (a \b at a line's edge stands against the \n); the
 * converse need not hold, so a match here only says that the lines are worth reading.
 */
export function allWords(blocks: readonly {lines: readonly TextLine[]}[]): string {
  const texts: string[] = []
  for (const block of blocks) for (const {text} of block.lines) texts.push(text)
  return texts.join('\n')
}

/** A pattern's first match on a line of some blocks: the line, the match, and where the line's text starts in `allWords`. */
export interface LineMatch {
  line: TextLine
  match: RegExpExecArray
  start: number
}

/**
 * The first line of `blocks` on which `pattern` (not global, with no ^, $ or lookbehind) matches,
 * and its first match there, as trying the pattern on each line in turn gives them; `words` is
 * `allWords(blocks)`. One look at all the words finds it: no line before the first match in them
 * holds one (its match would be one there), and a match within one line, found first, is the one
 * that line gives (the line's edges and the \n around it are alike to \b and to a look ahead for
 * letters, so the pattern takes the same path there). Only a match that runs over a line break
 * sends the lines to be tried one by one. `found` is the pattern's first match in `words`, for a
 * caller that finds it another way than `pattern.exec(words)`.
 */
export function firstLineMatch(blocks: readonly {lines: readonly TextLine[]}[], words: string, pattern: RegExp, found = pattern.exec(words)): LineMatch | null {
  if (!found) return null
  const within = !found[0].includes('\n')
  let start = 0
  for (const block of blocks) {
    for (const line of block.lines) {
      const end = start + line.text.length
      if (within && found.index <= end) return {line, match: found, start}
      const match = within ? null : pattern.exec(line.text)
      if (match) return {line, match, start}
      start = end + 1
    }
  }
  return null
}

/**
 * A list item's words: its parts that are not blank, joined with a space; null when all are blank.
 * Most items are one paragraph, one part, which is its own text.
 */
function joinedWords(parts: readonly string[]): string | null {
  if (parts.length === 1) return (parts[0] as string).trim() ? (parts[0] as string) : null
  const kept = parts.filter((s) => s.trim())
  return kept.length ? kept.join(' ') : null
}

// A line in capitals, as text pasted without Markdown writes its headings ("WHAT YOU'LL DO",
// "PERKS AND BENEFITS"): four capital letters or more, none in lower case, no sentence
// punctuation and one line. It heads a section only when it is a section's name (`namesSection`):
// a duty in capitals ("OWN THE PRODUCT ROADMAP", "GATHER AND WRITE REQUIREMENTS FOR THE SQUAD")
// or a line of acronyms stays text.
const CAPITALS = /^(?:[^\p{L}.!?,;\n]*\p{Lu}){4}[^\p{Ll}.!?,;\n]*$/u
const capitalsHeading = (trimmed: string): boolean => trimmed.length <= 60 && CAPITALS.test(trimmed) && namesSection(trimmed)
/** Whether a paragraph's words may hold more than one sentence or line unit, for the splitter. */
const maySplit = (text: string): boolean => MULTI_SENTENCE.test(text) || MAY_HOLD_LINES.test(text)

/** A paragraph that only holds emphasis, is short and ends with a colon, or is a short line in capitals that names a section acts as a heading. */
function pseudoHeading(node: Paragraph, text: string): Block['heading'] | null {
  const trimmed = text.trim()
  if (trimmed.length <= 80 && isEmphasisOnly(node)) return 'emphasis'
  return lineHeading(trimmed)
}

/**
 * A line (trimmed) that acts as a heading: short and ending with a colon, or in capitals and
 * naming a section. A colon line read as how to apply, whose text is never a duty, must name that
 * section ("How to apply:", "Next steps:"): "In this role you will apply your skills
 * to:" opens the duties under it. ("Benefits of working at Acme include:" opens benefits.)
 */
function lineHeading(trimmed: string): 'colon' | 'capitals' | null {
  if (trimmed.length > 60) return null
  if (/:$/.test(trimmed) && !/[.!?]\s/.test(trimmed)) return classifySection(trimmed) !== 'how-to-apply' || namesSection(trimmed) ? 'colon' : null
  return capitalsHeading(trimmed) ? 'capitals' : null
}

/** Walks the tree once, with a stack rather than recursion (see mdast.ts). */
export function readBlocks(tree: Root, source: string, index: LineIndex): Blocks {
  const blocks: Block[] = []
  const html: Blocks['html'] = []
  const todo: Nodes[] = [...tree.children].reverse()

  // A heading's position takes in the blanks after its text; a block ends at its last character.
  const trimmedEnd = (node: Nodes) => blanksBefore(source, startOf(node), endOf(node))

  const paragraph = (node: Paragraph) => {
    const {
      parts: [text = ''],
      lines,
    } = blockWords([node], index, html)
    const heading = pseudoHeading(node, text)
    if (heading) {
      blocks.push({kind: 'heading', heading, text: text.trim(), start: startOf(node), end: trimmedEnd(node), lines})
      return
    }
    if (!text.trim() || tableRows(node)) return
    if (leadHeading(node, text, lines)) return
    const block: Block = {kind: 'paragraph', text, start: startOf(node), end: trimmedEnd(node), lines}
    const label = runInLabel(node)
    if (label) block.label = label
    if (maySplit(text)) block.sentences = () => mappedText(node, source)
    blocks.push(block)
  }

  // A paragraph pasted from plain text may open with its heading on the first line, in capitals
  // ("WHAT YOU'LL DO", then a duty a line): that line is a heading block, and the lines under it
  // a paragraph of their own. A first line that ends in a colon is not taken so: it is as often
  // the start of a sentence ("In this role you will apply your skills to:"), whose words would
  // then name the section wrongly; the line splitter still makes it a unit of its own.
  const leadHeading = (node: Paragraph, text: string, lines: TextLine[]): boolean => {
    const nl = text.indexOf('\n')
    if (nl < 0 || nl > 200 || lines.length < 2) return false
    const first = text.slice(0, nl).trim()
    if (!capitalsHeading(first) || !text.slice(nl + 1).trim()) return false
    const words = mappedText(node, source)
    const cut = words.text.indexOf('\n')
    const headEnd = words.sourceAt(cut)
    const restAt = words.text.slice(cut + 1).search(/\S/)
    const restStart = words.sourceAt(cut + 1 + restAt)
    if (cut < 0 || restAt < 0 || headEnd === undefined || restStart === undefined) return false
    blocks.push({kind: 'heading', heading: 'capitals', text: first, start: startOf(node), end: blanksBefore(source, startOf(node), headEnd), lines: lines.slice(0, 1)})
    const rest = text.slice(nl + 1)
    const block: Block = {kind: 'paragraph', text: rest, start: restStart, end: trimmedEnd(node), lines: lines.slice(1)}
    if (maySplit(rest)) block.sentences = () => mappedTail(words, cut + 1)
    blocks.push(block)
    return true
  }

  // CommonMark reads a pipe table as one paragraph; each row is a duty of its own, on its own line.
  const tableRows = (node: Paragraph): boolean => {
    const start = startOf(node)
    // Every row holds a pipe: a paragraph without one is no table (most are not).
    const pipe = source.indexOf('|', start)
    if (pipe < 0 || pipe >= endOf(node)) return false
    const rows = source.slice(start, endOf(node)).split(/(?<=\r\n|\r(?!\n)|\n)/)
    if (rows.length < 2 || !TABLE_SEPARATOR.test(rows[1] as string) || !rows.every((r) => r.includes('|'))) return false
    let offset = start + (rows[0] as string).length + (rows[1] as string).length
    for (const row of rows.slice(2)) {
      const content = row.replace(/[\r\n]+$/, '')
      const lead = content.length - content.replace(/^[\s|]+/, '').length
      const cells = withoutComments(content)
        .split('|')
        .map((c) => c.replace(/[*_`]/g, '').trim())
        .filter(Boolean)
      if (cells.length) {
        const text = cells.join('; ')
        let end = content.length
        while (end > lead && /[\s|]/.test(content[end - 1] as string)) end--
        blocks.push({kind: 'table-row', text, start: offset + lead, end: offset + end, lines: [{text, line: index.point(offset).line}]})
      }
      offset += row.length
    }
    return true
  }

  const listItem = (node: ListItem) => {
    // Most items hold no list of their own: their children are then read as they are, uncopied.
    const nested = node.children.some((c) => c.type === 'list')
    const own = nested ? node.children.filter((c) => c.type !== 'list') : node.children
    const words = blockWords(own, index, html)
    const text = joinedWords(words.parts)
    const first = own[0]
    const last = own[own.length - 1]
    if (text !== null && first && last) {
      const block: Block = {kind: 'list-item', text, start: startOf(first), end: endOf(last), lines: words.lines}
      const label = first.type === 'paragraph' ? runInLabel(first) : ''
      if (label) block.label = label
      blocks.push(block)
    }
    if (nested) for (let i = node.children.length - 1; i >= 0; i--) if (node.children[i]!.type === 'list') todo.push(node.children[i]!)
  }

  while (todo.length) {
    const node = todo.pop()!
    switch (node.type) {
      case 'heading': {
        const {parts, lines} = blockWords([node], index, html)
        blocks.push({kind: 'heading', heading: 'markdown', text: (parts[0] as string).trim(), start: startOf(node), end: trimmedEnd(node), lines})
        break
      }
      case 'paragraph':
        paragraph(node)
        break
      case 'listItem':
        listItem(node)
        break
      case 'html':
        blockWords([node], index, html)
        break
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i] as Nodes)
    }
  }
  return {blocks, html}
}
