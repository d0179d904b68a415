import {dirname, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {ConfigResolver, loadConfig as loadConfigWith, type ResolvedConfig, type RuleSetting} from '../config/resolve.ts'
import {findFiles} from './find.ts'
import {createIgnoreFilter} from './ignore.ts'
import type {Job} from './job.ts'
import {rules, settingsKey, SETTINGS_KEY, type KeyedLintOptions, type LintOptions} from '../engine/lint-text.ts'
import {displayPath, inside} from './paths.ts'
import {runJobs, threadCount} from './pool.ts'
import type {LintResult} from '../model.ts'

export {fatalResult} from './job.ts'

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
  /** Threads that lint, this one included: a number, or 'auto' (up to one per core, one per 64 files). */
  concurrency?: number | 'auto'
}

/** One step of a run: a result for a file, or a line saying why a file or pattern failed. */
export type LintEvent = {result: LintResult} | {error: string}

/** What `lintFiles` found: a result per linted file, and one line per file it could not read. */
export interface LintFilesReport {
  results: LintResult[]
  /** One line each: `<file>: <problem>`. The CLI prints these on stderr and exits 2. */
  errors: string[]
}

/**
 * A resolved config's settings as `lintText` takes them, by the two run options they depend on,
 * with their key worked out once: a resolved config is never changed after it is made, and a run
 * lints many files with each.
 */
const settingsOf = new WeakMap<ResolvedConfig, Map<string, KeyedLintOptions>>()

/** Rule settings and the rest of a resolved config, as `lintText` takes them. */
export function lintOptionsFor(config: ResolvedConfig, options: LintFilesOptions, filePath: string): LintOptions {
  const inlineConfig = options.inlineConfig ?? true
  const reportUnusedDisableDirectives = options.reportUnusedDisableDirectives ?? 'off'
  let byRunOptions = settingsOf.get(config)
  if (!byRunOptions) settingsOf.set(config, (byRunOptions = new Map()))
  const runKey = `${inlineConfig} ${reportUnusedDisableDirectives}`
  let settings = byRunOptions.get(runKey)
  if (!settings) {
    settings = {rules: config.rules, vocabulary: config.vocabulary, titles: config.titles, inlineConfig, reportUnusedDisableDirectives}
    settings[SETTINGS_KEY] = settingsKey(settings)
    byRunOptions.set(runKey, settings)
  }
  return {filePath, ...settings}
}

/**
 * Lints files, folders and globs the way the CLI does, yielding in a stable order as results
 * arrive (nearest config per file, ignore files, UTF-8 and size checks, worker threads for many
 * files). It reads files but never writes, and never prints.
 */
export async function* lintFilesIterate(patterns: string[], options: LintFilesOptions = {}): AsyncGenerator<LintEvent> {
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
    return inside(rel) && ig.ignores(rel.split(sep).join('/'))
  }
  const jobs: Job[] = []
  // Pattern errors keep their place among the files: `errorsBefore[i]` come before job i.
  const errorsBefore = new Map<number, string[]>()
  const maxFileSize = options.maxFileSize ?? 5 * 1024 * 1024
  for (const target of await findFiles(patterns, cwd, options.errorOnUnmatchedPattern ?? true)) {
    if (target.kind === 'error') {
      errorsBefore.set(jobs.length, [...(errorsBefore.get(jobs.length) ?? []), target.message])
      continue
    }
    // Ignored files are skipped silently, even when named: pre-commit and lint-staged name them.
    if (ignored(target.path)) continue
    const config = await resolver.forFile(target.path)
    if (ignoredByConfig(config, target.path)) continue
    jobs.push({index: jobs.length, path: target.path, display: displayPath(target.path, cwd), maxFileSize, options: lintOptionsFor(config, options, target.path)})
  }
  for await (const outcome of runJobs(jobs, threadCount(jobs.length, options.concurrency))) {
    for (const error of errorsBefore.get(outcome.index) ?? []) yield {error}
    yield 'result' in outcome ? {result: outcome.result} : {error: outcome.error}
  }
  for (const error of errorsBefore.get(jobs.length) ?? []) yield {error}
}

/** Lints files, folders and globs; collects what `lintFilesIterate` yields. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const report: LintFilesReport = {results: [], errors: []}
  for await (const event of lintFilesIterate(patterns, options)) {
    if ('result' in event) report.results.push(event.result)
    else report.errors.push(event.error)
  }
  return report
}

/** Loads and validates one config file; returns the settings it gives every rule. */
export function loadConfig(path: string, cwd = process.cwd()): Promise<ResolvedConfig> {
  return loadConfigWith(path, rules, cwd)
}
