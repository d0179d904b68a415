/**
 * jdlint as a library: `lintText` takes a posting's Markdown and returns the same results the
 * CLI prints. It does no I/O and never prints.
 */
export {lintText, resolveRules, roleProfile, rules, type LintOptions, type RuleSettingResolved} from './engine/lint-text.ts'
export {lintFiles, loadConfig, type LintFilesOptions, type LintFilesReport} from './files/api.ts'
export {ConfigError, parseRuleFlag, type JdlintConfig, type ResolvedConfig, type RuleSetting} from './config/resolve.ts'
export {VOCABULARY, type VocabularyEntry} from './duties/vocabulary.ts'
export {FAMILIES, PM_FAMILIES, PO_FAMILIES} from './model.ts'
export type * from './model.ts'
export type {RuleDefinition} from './rule.ts'
