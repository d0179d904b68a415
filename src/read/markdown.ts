// The Markdown reader: markdown-it's CommonMark parser, turned into the few kinds of block a
// posting is made of, each with its offsets in the source. markdown-it gives each block the lines
// it spans; the column where a block's text starts is found by matching that text against its
// first line, so offsets stay true inside list items and block quotes, and whatever the line
// endings (markdown-it reads CRLF and CR as LF; LineIndex counts lines the same way).
import MarkdownIt, {type Options} from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import {defuse} from './defuse.ts'
import {LineIndex} from './text.ts'

export type BlockType = 'root' | 'heading' | 'paragraph' | 'list' | 'listItem' | 'blockquote' | 'html' | 'code' | 'thematicBreak'

/** HTML inside a block: its raw text and offsets. */
export interface HtmlSpan {
  start: number
  end: number
  value: string
}

export interface Block {
  type: BlockType
  /** Offsets of the block's first and past its last non-blank character. */
  start: number
  end: number
  /** Containers: root, list, listItem, blockquote. */
  children: Block[]
  /** Headings and paragraphs: markdown-it's inline tokens. */
  inline: Token[] | null
  /** HTML and code blocks: their text. Headings and paragraphs: their raw inline source. */
  value: string
  /** Headings and paragraphs: the inline HTML in them, in order. */
  html: HtmlSpan[]
}

// CommonMark as written, with raw HTML (directives live in comments), no tables and no
// typographic replacements: what the posting's author typed is what the rules read.
//
// markdown-it stops reading blocks nested MAX_NESTING levels deep and skips the rest of the
// document, and recurses once per level. Each level takes at least one character of source, so
// a shorter text cannot reach the limit, and defuse() flattens the nesting of longer ones far
// below it; 1,000 levels were measured to fit the stack with room to spare.
export const MAX_NESTING = 1000
// (maxNesting is a preset option its type leaves out.)
const md = new MarkdownIt('commonmark', {maxNesting: MAX_NESTING} as Options)

const CONTAINERS: Record<string, BlockType> = {
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  list_item_open: 'listItem',
  blockquote_open: 'blockquote',
}

/** A YAML front matter block: the lines between a `---` first line and the next `---` line. */
export interface FrontMatterBlock {
  value: string
  start: number
  end: number
}

const FENCE = /^---[ \t]*$/

export function findFrontMatter(index: LineIndex): FrontMatterBlock | null {
  if (!FENCE.test(index.lineText(1))) return null
  for (let line = 2; line <= index.lineCount; line++) {
    if (FENCE.test(index.lineText(line))) {
      const value = line === 2 ? '' : index.text.slice(index.lineStart(2), index.lineEnd(line - 1))
      return {value, start: 0, end: index.lineEnd(line)}
    }
  }
  return null
}

/** Blanks `[start, end)` keeping line endings, so nothing moves. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end)
}

/**
 * Parses a posting into blocks. `frontMatter`, when given, is read as blank lines. The text the
 * parser sees has the same length as the source (see defuse()), so every offset is the source's.
 */
export function parseBlocks(index: LineIndex, frontMatter: FrontMatterBlock | null = null): Block {
  const text = index.text
  const source = defuse(frontMatter ? blank(text, frontMatter.start, frontMatter.end) : text)
  const tokens = md.parse(source, {})
  // Blocks start where markdown-it's text is found in the text it parsed: the defused source,
  // with NUL read as U+FFFD as markdown-it reads it. Same length and lines as the source, so the
  // offsets found are the source's. They end at their last character in the source itself.
  const parsed = source === text && !text.includes('\0') ? index : new LineIndex(source.replace(/\0/g, '\uFFFD'))
  const root = node('root', 0, text.length)
  const stack: Block[] = [root]
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const parent = stack[stack.length - 1] as Block
    if (t.nesting === -1) {
      if (stack.length > 1) stack.pop()
      continue
    }
    const map = t.map
    if (!map) continue
    if (t.type === 'paragraph_open' || t.type === 'heading_open') {
      const inline = tokens[i + 1] as Token
      const type = t.type === 'paragraph_open' ? 'paragraph' : 'heading'
      // A paragraph (and an underlined heading) starts where its text does; a heading at its #.
      const start = t.markup.startsWith('#') ? hashStart(parsed, map[0] + 1, t.markup) : textStart(parsed, map[0] + 1, inline.content)
      const block = node(type, start, blockEnd(index, map[1], index.lineStart(map[0] + 1)))
      block.inline = inline.children ?? []
      block.value = inline.content
      block.html = inlineHtml(parsed.text, block)
      parent.children.push(block)
      i += 2
      continue
    }
    const container = CONTAINERS[t.type]
    if (container) {
      const block = node(container, markStart(parsed, map[0] + 1), blockEnd(index, map[1], index.lineStart(map[0] + 1)))
      parent.children.push(block)
      stack.push(block)
      continue
    }
    if (t.type === 'html_block') {
      const value = t.content.replace(/\n$/, '')
      parent.children.push({...node('html', textStart(parsed, map[0] + 1, value), blockEnd(index, map[1], index.lineStart(map[0] + 1))), value})
    } else if (t.type === 'fence' || t.type === 'code_block') {
      parent.children.push({...node('code', markStart(parsed, map[0] + 1), blockEnd(index, map[1], index.lineStart(map[0] + 1))), value: t.content})
    } else if (t.type === 'hr') {
      parent.children.push(node('thematicBreak', markStart(parsed, map[0] + 1), blockEnd(index, map[1], index.lineStart(map[0] + 1))))
    }
  }
  return root
}

function node(type: BlockType, start: number, end: number): Block {
  return {type, start, end, children: [], inline: null, value: '', html: []}
}

/**
 * Where a block's text starts on its first line (1-based): its first line of text is what is
 * left of the source line once container marks and indentation are taken off, so it ends the
 * line. When it does not match (a tab markdown-it expanded, say), the first character after
 * indentation and block quote marks.
 */
function textStart(index: LineIndex, line: number, content: string): number {
  const source = index.lineText(line)
  const cut = content.indexOf('\n')
  const first = cut < 0 ? content : content.slice(0, cut)
  if (first && source.endsWith(first)) return index.lineStart(line) + source.length - first.length
  const trimmed = source.trimEnd()
  const firstTrimmed = first.trimEnd()
  if (firstTrimmed && trimmed.endsWith(firstTrimmed)) return index.lineStart(line) + trimmed.length - firstTrimmed.length
  return markStart(index, line)
}

/**
 * Where an ATX heading's #s start: the first run of them after indentation and block quote marks,
 * or a list item's marker ("- ## Product Owner").
 */
function hashStart(index: LineIndex, line: number, markup: string): number {
  const source = index.lineText(line)
  const from = markStart(index, line) - index.lineStart(line)
  const at = source.indexOf(markup, from)
  return at < 0 ? index.lineStart(line) + from : index.lineStart(line) + at
}

/** The first character of a line after indentation and block quote marks. */
function markStart(index: LineIndex, line: number): number {
  const source = index.lineText(line)
  let i = 0
  while (i < source.length && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i++
  return index.lineStart(line) + (i < source.length ? i : 0)
}

/** Past the last non-blank character of the block's lines (markdown-it's end line is exclusive). */
function blockEnd(index: LineIndex, endLine: number, start: number): number {
  const text = index.text
  let end = index.lineEnd(Math.max(1, endLine))
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return end
}

/**
 * Inline HTML of a heading or paragraph, placed by finding it in the block's source. markdown-it
 * gives HTML that runs over lines with LF endings and without the list indentation or > marks of
 * the lines after the first: its first line is found as written, and its end by its last line.
 */
function inlineHtml(text: string, block: Block): HtmlSpan[] {
  const out: HtmlSpan[] = []
  let cursor = block.start
  for (const t of block.inline ?? []) {
    if (t.type !== 'html_inline') continue
    const value = t.content
    const cut = value.indexOf('\n')
    const first = cut < 0 ? value : value.slice(0, cut)
    const at = text.indexOf(first, cursor)
    if (at < 0 || at >= block.end) {
      out.push({start: cursor, end: cursor, value})
      continue
    }
    let end = at + first.length
    if (cut >= 0) {
      const last = value.slice(value.lastIndexOf('\n') + 1)
      const lastAt = text.indexOf(last, end)
      if (lastAt >= 0 && lastAt + last.length <= block.end) end = lastAt + last.length
    }
    out.push({start: at, end, value})
    cursor = end
  }
  return out
}

/**
 * The words of inline tokens, as a reader sees them: no markup, inline code and image
 * descriptions kept, HTML left out (comments, directives and fixture markers are not part of
 * what a posting says), line breaks as \n. With `code: 'blank'`, inline code is one space: the
 * text a paragraph's sentences are read from, where `code` is not a word of the sentence.
 */
export function inlineText(tokens: readonly Token[], code: 'keep' | 'blank' = 'keep'): string {
  let out = ''
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        out += t.content
        break
      case 'code_inline':
        out += code === 'keep' ? t.content : ' '
        break
      case 'softbreak':
      case 'hardbreak':
        out += '\n'
        break
      case 'image':
        out += inlineText(t.children ?? [], code)
        break
    }
  }
  return out
}

/** The text of a block and everything in it. */
export function blockText(block: Block): string {
  if (block.inline) return inlineText(block.inline)
  if (block.type === 'code') return block.value
  if (block.type === 'html') return ''
  let out = ''
  const stack = [...block.children].reverse()
  while (stack.length) {
    const b = stack.pop() as Block
    if (b.inline) out += inlineText(b.inline)
    else if (b.type === 'code') out += b.value
    else for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i] as Block)
  }
  return out
}

/** True when a paragraph holds nothing but one bold or italic run (it reads as a heading). */
export function isEmphasisOnly(block: Block): boolean {
  const top = (block.inline ?? []).filter(
    (t) => t.level === 0 && t.type !== 'softbreak' && t.type !== 'hardbreak' && !(t.type === 'text' && !t.content.trim()),
  )
  return top.length === 2 && ((top[0]?.type === 'strong_open' && top[1]?.type === 'strong_close') || (top[0]?.type === 'em_open' && top[1]?.type === 'em_close'))
}
