// The Posting model every rule reads, built once per document from the Markdown tree alone.
import type {Root} from 'mdast'
import {builtInVocabulary, type Vocabulary} from '../duties/analyze.ts'
import {builtInModel} from '../duties/model.ts'
import {declaresCombinedIn} from '../duties/roles.ts'
import type {Family, Posting, Range, Role} from '../model.ts'
import {allWords, readBlocks} from './blocks.ts'
import {readFrontMatter, type ReadProblem} from './front-matter.ts'
import {opensFrontMatter, parseMarkdown, readableTree} from './parse.ts'
import {salaryStatements} from './salary.ts'
import {readStage} from './stage.ts'
import {LineIndex} from './text.ts'
import {readTitle} from './title.ts'
import {readSections, readUnits, type UnitHooks} from './units.ts'

export type {ReadProblem}

export interface BuildOptions extends UnitHooks {
  vocabulary: Vocabulary
  titles?: Partial<Record<Role, RegExp[]>>
}

export interface BuiltPosting {
  posting: Posting
  /** Problems with the document itself (broken front matter), reported as warnings. */
  problems: ReadProblem[]
  /** Every HTML node, for inline directives. */
  html: (Range & {value: string})[]
}

/**
 * Builds the Posting from a posting's text (BOM removed) and its tree: the tree `parseMarkdown`
 * gives, or a host's with the same plugins (read again when its front matter never closes, see
 * `readableTree`). Without a tree, the text is parsed here.
 */
export function buildPosting(text: string, options: BuildOptions, parsed: Root = parseMarkdown(text)): BuiltPosting {
  const tree = readableTree(parsed, text)
  const index = new LineIndex(text)
  const problems: ReadProblem[] = []
  const {frontMatter, keyLine} = readFrontMatter(tree, index, opensFrontMatter(text), problems)
  const fm = frontMatter.data
  const {blocks, html} = readBlocks(tree, text, index)
  // Frozen: the rules look at it as it was read (and its joined text is kept, see joinedWithNul).
  const plain = Object.freeze(blocks.map((b) => b.text))
  const {sections, candidates} = readSections(blocks, index)
  // The text a role may be read from when no title names one: not benefits or how to apply
  // (gathered only for such a posting).
  const body = () => candidates.filter((c) => c.section.kind !== 'benefits' && c.section.kind !== 'how-to-apply').map((c) => c.block.text)
  const {title, titleRange, role, roleSource} = readTitle(blocks, plain, {data: fm, titleLine: frontMatter.range ? keyLine('title') : null}, index, options.titles, body)
  const units = readUnits(candidates, text, index, options.vocabulary, role, options)
  const words = allWords(blocks)
  const stage = readStage(blocks, fm.stage, words)
  const declaresCombined = declaresCombinedIn(plain)
  const salaryText = typeof fm.salary === 'string' || typeof fm.salary === 'number' ? String(fm.salary) : null
  const salaries = salaryStatements(blocks, salaryText, frontMatter.range ? keyLine('salary') : titleRange.line, index, words)
  return {
    posting: {title, titleRange, role, roleSource, declaresCombined, stage, salaries, frontMatter, sections, units, text, plain},
    problems,
    html,
  }
}

const vocabularyCache = new WeakMap<object, Vocabulary>()
function vocabularyFor(extra: Partial<Record<Family, string[]>> | undefined): Vocabulary {
  if (!extra || !Object.keys(extra).length) return builtInVocabulary()
  let v = vocabularyCache.get(extra)
  if (!v) {
    v = builtInVocabulary().extend(extra)
    vocabularyCache.set(extra, v)
  }
  return v
}

function titlePatterns(titles: Partial<Record<Role, string[]>> | undefined): Partial<Record<Role, RegExp[]>> | undefined {
  if (!titles) return undefined
  const out: Partial<Record<Role, RegExp[]>> = {}
  for (const [role, list] of Object.entries(titles) as [Role, string[]][]) out[role] = list.map((p) => new RegExp(p, 'i'))
  return out
}

/** The reader's options for a config's extra vocabulary and title patterns (compiled once per config). */
export function readerOptions(vocabulary?: Partial<Record<Family, string[]>>, titles?: Partial<Record<Role, string[]>>): BuildOptions {
  return {vocabulary: vocabularyFor(vocabulary), titles: titlePatterns(titles), model: builtInModel()}
}
