/**
 * jdlint as a unified plugin, for remark-cli, the VS Code remark extension and any remark
 * pipeline: `import remarkJdlint from 'jdlint/remark'`. It reports every finding on the file with
 * `file.message` (`ruleId`, `source: 'jdlint'`, `url`; `fatal` true for an error, false for a
 * warning). Its options are a jdlint config file's contents. The tree must be parsed with
 * remark-frontmatter for YAML front matter: the preset bundles the two. The host parses the
 * Markdown, so jdlint's guards against hostile input (see src/read/defuse.ts) cover the `jdlint`
 * command and `lintText` only.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'
import type {VFile} from 'vfile'
import {resolveConfigObject, type JdlintConfig} from './config/resolve.ts'
import {jdlint} from './engine/plugin.ts'
import {rules} from './engine/lint-text.ts'

export type {JdlintConfig}
export type {JdlintFileData, JdlintMessage} from './engine/result.ts'

/**
 * The plugin. Options are those of a `.jdlintrc.json` (`rules`, `vocabulary`, `titles`); a bad
 * option throws an error naming it, as a bad config file does.
 */
export default function remarkJdlint(options: JdlintConfig = {}): (tree: Root, file: VFile) => void {
  const config = resolveConfigObject(options, 'jdlint/remark options', rules)
  return jdlint({rules: config.rules, vocabulary: config.vocabulary, titles: config.titles})
}

/** remark-frontmatter (YAML) and jdlint, as a unified preset: `export {preset as default} from 'jdlint/remark'` in a `.remarkrc.mjs`. */
export const preset: Preset = {plugins: [[remarkFrontmatter, ['yaml']], remarkJdlint]}
