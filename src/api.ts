import {dirname, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {rules} from '../rules/index.ts'
import {ConfigResolver, loadConfig as loadConfigWith, type ResolvedConfig, type RuleSetting} from './config.ts'
import {findFiles, readText} from './files.ts'
import {createIgnoreFilter} from './ignore.ts'
import {lintText, makeResult} from './lint.ts'
import type {LintMessage, LintResult} from './types.ts'

/** Options of `lintFiles`; the CLI's flags map onto these. */
export interface LintFilesOptions {
  /** Folder that patterns, ignore files and output paths are relative to (default: process.cwd()). */
  cwd?: string
  /** Use this config file for every file instead of looking for the nearest one. */
  config?: string
  /** Use no config file at all. */
  noConfig?: boolean
  /** Rule settings that win over any config (`--rule`). */
  ruleOverrides?: Record<string, RuleSetting>
  /** Extra gitignore-style patterns, relative to cwd (`--ignore-pattern`). */
  ignorePatterns?: string[]
  /** Read `.jdlintignore` (default true). */
  useIgnoreFile?: boolean
  /** A pattern that matches no file is an error (default true). */
  errorOnUnmatchedPattern?: boolean
  /** Files above this many bytes are refused unread (default 5 MB). */
  maxFileSize?: number
  /** Honour inline directives (default true). */
  inlineConfig?: boolean
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error'
}

/** What `lintFiles` found: a result per linted file, and one line per file it could not read. */
export interface LintFilesReport {
  results: LintResult[]
  /** One line each: `<file>: <problem>`. The CLI prints these on stderr and exits 2. */
  errors: string[]
}

/** The result for a file that is not lintable text, in ESLint's shape. */
export function fatalResult(filePath: string, message: string): LintResult {
  const m: LintMessage = {ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1}
  return makeResult(filePath, [m], null)
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/')
}

/** Rule settings and the rest of a resolved config, as `lintText` takes them. */
export function lintOptionsFor(config: ResolvedConfig, options: LintFilesOptions, filePath: string) {
  return {
    filePath,
    rules: config.rules,
    vocabulary: config.vocabulary,
    titles: config.titles,
    inlineConfig: options.inlineConfig ?? true,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ?? 'off',
  }
}

/**
 * Lints files, folders and globs the way the CLI does: nearest config per file, ignore files,
 * UTF-8 and size checks. It reads files but never writes, and never prints.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const resolver = new ConfigResolver({cwd, configPath: options.config, noConfig: options.noConfig, rules, overrides: options.ruleOverrides})
  const ignored = createIgnoreFilter({cwd, patterns: options.ignorePatterns ?? [], ignoreFile: options.useIgnoreFile === false ? false : undefined})
  const configIgnores = new Map<string, Ignore>()
  const ignoredByConfig = (config: ResolvedConfig, file: string) => {
    if (!config.ignores.length) return false
    const base = config.filepath ? dirname(config.filepath) : cwd
    let ig = configIgnores.get(base)
    if (!ig) configIgnores.set(base, (ig = ignore().add(config.ignores)))
    const rel = relative(base, file)
    return !!rel && !rel.startsWith('..') && ig.ignores(rel.split(sep).join('/'))
  }
  const results: LintResult[] = []
  const errors: string[] = []
  for (const target of await findFiles(patterns, cwd, options.errorOnUnmatchedPattern ?? true)) {
    if (target.kind === 'error') {
      errors.push(target.message)
      continue
    }
    // Ignored files are skipped silently, even when named: pre-commit and lint-staged name them.
    if (ignored(target.path)) continue
    const config = await resolver.forFile(target.path)
    if (ignoredByConfig(config, target.path)) continue
    const read = await readText(target.path, options.maxFileSize ?? 5 * 1024 * 1024, displayName(target.path, cwd))
    if (read.ok) results.push(lintText(read.text, lintOptionsFor(config, options, target.path)))
    else if ('fatal' in read) results.push(fatalResult(target.path, read.fatal))
    else errors.push(read.error)
  }
  return {results, errors}
}

/** Loads and validates one config file; returns the settings it gives every rule. */
export function loadConfig(path: string, cwd = process.cwd()): Promise<ResolvedConfig> {
  return loadConfigWith(path, rules, cwd)
}
