// lintText: a posting's Markdown in, findings out, through the one unified pipeline (parse with
// remark, run jdlint's transformer on the same VFile). No file system, no console.
import {VFile} from 'vfile'
import {rules} from '../../rules/index.ts'
import type {LintResult} from '../model.ts'
import {markdownParser, parseMarkdown} from '../read/parse.ts'
import {stripBom} from '../read/text.ts'
import {jdlint, type LintOptions} from './plugin.ts'
import {toLintResult} from './result.ts'

export {resolveRules, roleProfile, type LintOptions} from './plugin.ts'
export type {RuleSettingResolved} from '../rule.ts'
export {makeResult} from './result.ts'
export {rules}
export {explainLine} from '../read/why.ts'

/** The processor a run lints with: remark-parse, remark-frontmatter and jdlint's transformer. */
export function lintProcessor(options: LintOptions = {}) {
  return markdownParser().use(() => jdlint(options))
}

type LintProcessor = ReturnType<typeof lintProcessor>

/** Processors by the settings they lint with: a run lints many files with one config. */
const processors = new Map<string, LintProcessor>()
const MAX_PROCESSORS = 16

/**
 * Set by a caller that makes the options of many files from one config it never changes
 * (`lintFiles`): `settingsKey` of those options, worked out once, so that each file's processor
 * is found without writing its settings out again. Not copied to a worker thread, which then
 * works the key out itself.
 */
export const SETTINGS_KEY: unique symbol = Symbol('jdlint settings key')
export type KeyedLintOptions = LintOptions & {[SETTINGS_KEY]?: string}

/** What names a set of settings among the processors: everything in `options` but the file's name. */
export function settingsKey(options: LintOptions): string {
  const {filePath: _, ...settings} = options
  return JSON.stringify(settings)
}

/** The frozen processor for `options` (made once per distinct set of settings). */
function processorFor(options: KeyedLintOptions): LintProcessor {
  // A given duty model is an object with methods, not settings: it gets a processor of its own.
  if (options.model) return lintProcessor(options).freeze()
  const key = options[SETTINGS_KEY] ?? settingsKey(options)
  let processor = processors.get(key)
  if (!processor) {
    if (processors.size >= MAX_PROCESSORS) processors.clear()
    processors.set(key, (processor = lintProcessor(options).freeze()))
  }
  return processor
}

/**
 * Lints one posting: Markdown text in, findings out. No file system, no console: the CLI and
 * the library share this.
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const file = new VFile({value: stripBom(text)})
  const processor = processorFor(options)
  processor.runSync(parseMarkdown(String(file.value), processor), file)
  return toLintResult(file, options.filePath ?? '<text>')
}
