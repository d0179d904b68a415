// The Markdown parser: unified with remark-parse (CommonMark) and remark-frontmatter (a YAML
// block between --- lines at the top).
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {defuse} from './defuse.ts'

/** The parser jdlint reads postings with; a host's processor with the same plugins gives the same tree. */
export function markdownParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
}

const withFrontMatter = markdownParser()
const withoutFrontMatter = unified().use(remarkParse)

/** A first line that opens front matter. */
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/

/**
 * Parses a posting with `processor` (remark-parse and remark-frontmatter). The parser sees the text defused (same length, so every position is the
 * source's): what would make it quadratic or overflow its stack is made harmless first.
 */
export function parseMarkdown(text: string, processor: {parse(file: VFile): Root} = withFrontMatter): Root {
  return processor.parse(new VFile({value: defuse(text)}))
}

/**
 * The tree a posting is read from: `tree` (jdlint's or a host's), or, when `needsReparse`, `text`
 * parsed again without front matter; so the command, lintText and the remark plugin read the
 * same tree.
 */
export function readableTree(tree: Root, text: string): Root {
  return needsReparse(tree, text) ? withoutFrontMatter.parse(new VFile({value: defuse(text)})) : tree
}

/** Whether the first line opens front matter (closed or not). */
export function opensFrontMatter(text: string): boolean {
  return OPENING_FENCE.test(text)
}

/**
 * After an opening --- that is never closed, micromark-extension-frontmatter 2.0.0 finds no list
 * or block quote anywhere in the document (its issue #5): such a document is read again without
 * front matter.
 */
export function needsReparse(tree: Root, text: string): boolean {
  return tree.children[0]?.type !== 'yaml' && opensFrontMatter(text)
}
