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

const SKIPPED = new Set(['html', 'code', 'yaml'])

/**
 * The words of nodes as a reader sees them: no markup, inline code and image descriptions kept,
 * HTML and code blocks left out (comments, directives and fixture markers are not part of what a
 * posting says), a hard break as a line break. With `code: 'blank'`, inline code is one space: the
 * text a paragraph's sentences are read from, where `code` is not a word of the sentence. Line
 * endings read as \n, so titles and quoted words are the same whatever the file uses.
 */
export function plainText(nodes: Nodes | readonly Nodes[], code: 'keep' | 'blank' = 'keep'): string {
  let out = ''
  const stack: Nodes[] = Array.isArray(nodes) ? [...nodes].reverse() : [nodes as Nodes]
  while (stack.length) {
    const n = stack.pop()!
    if (SKIPPED.has(n.type)) continue
    if (n.type === 'inlineCode') out += code === 'keep' ? n.value : ' '
    else if ('value' in n) out += n.value
    else if (n.type === 'break') out += '\n'
    else if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? ''
    else if ('children' in n) pushChildren(stack, n)
  }
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out
}

/** The words of nodes line by line, each line with the source line its words stand on. */
export function textLines(nodes: readonly Nodes[]): TextLine[] {
  const lines = new Map<number, string>()
  const add = (line: number, text: string) => lines.set(line, (lines.get(line) ?? '') + text)
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length) {
    const n = stack.pop()!
    if (SKIPPED.has(n.type) || !n.position) continue
    const line = n.position.start.line
    if (n.type === 'image' || n.type === 'imageReference') add(line, n.alt ?? '')
    else if ('value' in n) n.value.split(/\r\n?|\n/).forEach((part, i) => add(line + i, part))
    else if ('children' in n) pushChildren(stack, n)
  }
  return [...lines].map(([line, text]) => ({line, text}))
}

/** Every HTML node in and below `nodes`, in document order. */
export function htmlIn(nodes: readonly Nodes[], index: LineIndex, out: (Range & {value: string})[]): void {
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length) {
    const n = stack.pop()!
    if (n.type === 'html' && n.position) out.push({...rangeOf(index, n), value: n.value})
    else if ('children' in n) pushChildren(stack, n)
  }
}

/** True when a paragraph holds nothing but one bold or italic run (it reads as a heading). */
export function isEmphasisOnly(node: Parent): boolean {
  const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break')
  return kids.length === 1 && (kids[0]?.type === 'strong' || kids[0]?.type === 'emphasis')
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
