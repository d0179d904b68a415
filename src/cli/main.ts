import {Command, InvalidArgumentError, Option} from 'commander'
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {fatalResult, lintFilesIterate, lintOptionsFor, type LintFilesOptions} from '../files/api.ts'
import {ConfigResolver, parseRuleFlag, type RuleSetting} from '../config/resolve.ts'
import {serveJobs} from '../files/job.ts'
import {decodeText, parseSize} from '../files/read.ts'
import {lintText, makeResult, rules} from '../engine/lint-text.ts'
import {docsUrl} from '../rule.ts'
import type {LintResult, ReportContext, ReportStream, RuleMetaSummary, RunSummary} from '../model.ts'
import type {Report} from './output.ts'
import {VERSION} from './version.ts'

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const
type Format = (typeof FORMATS)[number]

interface CliOptions {
  format: Format
  outputFile?: string
  quiet?: boolean
  maxWarnings: number
  color?: boolean
  profile: boolean
  stdin?: boolean
  stdinFilename?: string
  errorOnUnmatchedPattern: boolean
  maxFileSize: number
  config?: string | false
  printConfig?: string
  rule: string[]
  inlineConfig: boolean
  reportUnusedDisableDirectives?: boolean | 'warn' | 'error' | 'off'
  ignorePattern: string[]
  ignore: boolean
  concurrency: number | 'auto'
}

/** A usage, config or I/O problem: one line on stderr, exit 2. */
class UsageError extends Error {}

/** Where output goes: a stream such as process.stdout, or anything with a `write`. */
export interface Writer {
  /** Writes text; `false` means wait for 'drain' before writing more (as a Node stream says). */
  write(text: string): unknown
  once?(event: 'drain', listener: () => void): unknown
  isTTY?: boolean
  columns?: number
}

/** What a run reads and writes: the real process's streams, or a test's. */
export interface CliIo {
  stdout: Writer
  stderr: Writer
  /** Read only for `-` and `--stdin`. */
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>
  cwd: string
  env: Record<string, string | undefined>
}

function rulesMeta(): Record<string, RuleMetaSummary> {
  return Object.fromEntries(rules.map((r) => [r.id, {id: r.id, description: r.description, severity: r.severity, docs: docsUrl(r.id), rationale: r.rationale}]))
}

async function readAll(input: CliIo['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of input ?? []) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** Writes text to a writer, waiting for it to drain when it asks to. */
function writeTo(out: Writer, text: string): Promise<void> {
  return new Promise((done) => {
    if (out.write(text) !== false || !out.once) done()
    else out.once('drain', done)
  })
}

/** The command the arguments ask for: lint (the default), the rule list, one rule explained, or how a line was read. */
type Chosen = {command: 'lint'; patterns: string[]} | {command: 'rules'} | {command: 'explain'; id: string} | {command: 'why'; at: string}

/** The whole command line, subcommands included; help, version and errors go to `io`. */
function program(io: CliIo, choose: (chosen: Chosen) => void): Command {
  const cmd = new Command('jdlint')
    .description('Lint job postings for Product Manager / Product Owner role confusion')
    .version(VERSION, '-v, --version')
    .argument('[patterns...]', 'files, directories or globs to lint ("-" reads stdin)')
    .addOption(new Option('-f, --format <name>', 'output format (rules and explain: stylish or json)').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', intArg, -1)
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .option('--no-profile', 'hide the role profile in the stylish output')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <path>', 'the file name to show for standard input')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no files')
    .option('--max-file-size <size>', 'refuse files larger than this (e.g. 5mb, 512kb)', sizeArg, 5 * 1024 * 1024)
    .option('-c, --config <path>', 'use this config file instead of looking for one')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--rule <rule>', 'set a rule, e.g. "no-two-jobs: warn" (repeatable)', collect, [])
    .option('--no-inline-config', 'ignore <!-- jdlint-... --> directives')
    .addOption(new Option('--report-unused-disable-directives [severity]', 'report directives that silence nothing').choices(['off', 'warn', 'error']))
    .option('--ignore-pattern <pattern>', 'ignore files matching this gitignore-style pattern (repeatable)', collect, [])
    .option('--no-ignore', 'do not read .jdlintignore')
    .option('--concurrency <n>', 'threads that lint many files, this one included: a number, or auto', concurrencyArg, 'auto')
    .helpCommand(false)
    .showHelpAfterError('(run jdlint --help for usage)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'jdlint: ')),
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .action((patterns: string[]) => choose({command: 'lint', patterns}))
  // Subcommands take the program's --format and --color (given before or after their name).
  cmd.command('rules').description('list every rule with its default severity').action(() => choose({command: 'rules'}))
  cmd
    .command('explain')
    .description('what a rule checks, why, and what to do instead')
    .argument('<rule-id>', 'the rule to explain')
    .action((id: string) => choose({command: 'explain', id}))
  cmd
    .command('why')
    .description('how a line was read: clauses, verb and object, the weights for and against each family')
    .argument('<file:line>', 'the posting and the line')
    .action((at: string) => choose({command: 'why', at}))
  return cmd
}

function concurrencyArg(value: string): number | 'auto' {
  if (value === 'auto' || value === 'off') return value === 'off' ? 1 : 'auto'
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, auto or off')
  return n
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function intArg(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number')
  return n
}

function sizeArg(value: string): number {
  const n = parseSize(value)
  if (n === null || n <= 0) throw new InvalidArgumentError('expected a size such as 5mb, 512kb or 1048576')
  return n
}

/** `jdlint rules [--format json]` and `jdlint explain <rule-id>`: the catalogue. */
async function runCatalogue(chosen: Extract<Chosen, {command: 'rules' | 'explain'}>, opts: {format: Format; color?: boolean}, io: CliIo, write: (text: string) => Promise<void>): Promise<number> {
  if (opts.format !== 'stylish' && opts.format !== 'json') throw new UsageError(`--format ${opts.format} is not available for "jdlint ${chosen.command}" (stylish or json)`)
  const color = opts.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR)
  const {explainRule, listRules} = await import('./catalogue.ts')
  if (chosen.command === 'rules') {
    await write(listRules(opts.format, color))
    return 0
  }
  const explained = explainRule(chosen.id, color)
  if (!explained.ok) throw new UsageError(explained.message)
  await write(explained.text)
  return 0
}

/**
 * Runs the command for `argv` (the arguments after `jdlint`) and returns its exit code: 0 clean,
 * 1 error findings (or too many warnings), 2 a usage, config or I/O problem. It reads and writes
 * only through `io`, so it can run in process, and never sets the exit code. It exits only on
 * Ctrl-C while it writes an --output-file (output.ts: the unfinished report is removed first).
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io)
  } catch (error) {
    const message = error instanceof UsageError || (error as Error)?.name === 'ConfigError' ? (error as Error).message : `internal error: ${(error as Error)?.stack ?? String(error)}`
    io.stderr.write(`jdlint: ${message}\n`)
    return 2
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  let chosen: Chosen | undefined
  const cmd = program(io, (c) => (chosen = c))
  try {
    cmd.parse(argv, {from: 'user'})
  } catch (error) {
    const code = (error as {code?: string}).code
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return 0
    // Commander has said what was wrong on stderr; anything else is a bug of ours.
    if (code?.startsWith('commander.')) return 2
    throw error
  }
  if (!chosen) return 2
  const opts = cmd.opts<CliOptions>()
  const write = (text: string) => writeTo(io.stdout, text)
  if (chosen.command === 'why') return (await import('./why.ts')).runWhy(chosen.at, io, write)
  if (chosen.command !== 'lint') return runCatalogue(chosen, opts, io, write)
  const patterns = chosen.patterns
  const cwd = resolve(io.cwd)
  const overrides: Record<string, RuleSetting> = Object.assign({}, ...opts.rule.map((r) => parseRuleFlag(r)))
  const unused = opts.reportUnusedDisableDirectives
  const options: LintFilesOptions = {
    cwd,
    ...(typeof opts.config === 'string' ? {config: opts.config} : {}),
    noConfig: opts.config === false,
    ruleOverrides: overrides,
    ignorePatterns: opts.ignorePattern,
    useIgnoreFile: opts.ignore,
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    maxFileSize: opts.maxFileSize,
    inlineConfig: opts.inlineConfig,
    reportUnusedDisableDirectives: unused === true ? 'warn' : unused || 'off',
    concurrency: opts.concurrency,
  }
  const resolver = () => new ConfigResolver({cwd, configPath: options.config, noConfig: options.noConfig, rules, overrides})

  if (opts.printConfig) {
    const config = await resolver().forFile(resolve(cwd, opts.printConfig))
    await write(`${JSON.stringify(config, null, 2)}\n`)
    return 0
  }

  const useStdin = opts.stdin || patterns.includes('-')
  if (useStdin && patterns.filter((p) => p !== '-').length) throw new UsageError('use either files or standard input, not both')
  if (!useStdin && !patterns.length) throw new UsageError('no files given (try: jdlint postings/ or jdlint --help)')

  const context: ReportContext = {
    cwd,
    color: opts.color ?? (!opts.outputFile && io.stdout.isTTY === true && !io.env.NO_COLOR),
    version: VERSION,
    rulesMeta: rulesMeta(),
    showProfile: opts.profile && !opts.quiet,
  }
  // The HTML report quotes the flagged lines: it is given each file's text, read again once
  // linted (stdin's is at hand).
  const sources = opts.format === 'html' ? new Map<string, string>() : null
  if (sources) context.sources = sources
  const stream = await openStream(opts.format, context)
  const sink: Report = opts.outputFile ? await (await import('./output.ts')).openReport(resolve(cwd, opts.outputFile), useStdin ? [] : patterns.map((p) => resolve(cwd, p))) : {write, close: async () => {}, abort: async () => {}}
  // The report is written in pieces of some 64 KB, not one write per file: each write is a system
  // call (and, to an --output-file, a promise) whatever its size. A terminal gets each file's
  // findings as they come.
  const piece = io.stdout.isTTY && !opts.outputFile ? 0 : 64 * 1024
  let pending = ''
  const flush = async () => {
    if (!pending) return
    const text = pending
    pending = ''
    await sink.write(text)
  }
  const emit = async (text: string) => {
    pending += text
    if (pending.length >= piece) await flush()
  }
  try {
    return await lintInto()
  } catch (error) {
    // What was found before the failure is written, as it would have been file by file.
    await flush().catch(() => {})
    await sink.abort()
    throw error
  }

  async function lintInto(): Promise<number> {
    const linted: string[] = []
    let errorCount = 0
    let warningCount = 0
    let failed = false
    const take = async (result: LintResult) => {
      const shown = opts.quiet ? makeResult(result.filePath, result.messages.filter((m) => m.severity === 2), result.posting, result.suppressedMessages) : result
      linted.push(result.filePath)
      if (sources && shown.messages.length && !result.fatalErrorCount && !useStdin) {
        const decoded = decodeText(await readFile(result.filePath).catch(() => Buffer.alloc(0)))
        if (decoded.ok) sources.set(result.filePath, decoded.text)
      }
      errorCount += shown.errorCount
      warningCount += shown.warningCount
      const text = stream.file(shown)
      if (text) await emit(text)
    }

    if (useStdin) {
      const name = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : '<stdin>'
      const buffer = await readAll(io.stdin)
      if (buffer.length > opts.maxFileSize) throw new UsageError(`standard input is above the ${opts.maxFileSize} byte limit (raise it with --max-file-size)`)
      const config = await resolver().forFile(opts.stdinFilename ? name : resolve(cwd, 'stdin.md'))
      const decoded = decodeText(buffer)
      if (decoded.ok) {
        sources?.set(name, decoded.text)
        await take(lintText(decoded.text, lintOptionsFor(config, options, name)))
      } else if ('fatal' in decoded) await take(fatalResult(name, decoded.fatal))
    } else {
      for await (const event of lintFilesIterate(patterns, options)) {
        if ('result' in event) await take(event.result)
        else {
          failed = true
          // The findings before it come first, where both streams go to one place.
          await flush()
          io.stderr.write(`jdlint: ${event.error}\n`)
        }
      }
    }

    const tooManyWarnings = opts.maxWarnings >= 0 && warningCount > opts.maxWarnings
    const summary: RunSummary = {
      fileCount: linted.length,
      errorCount,
      warningCount,
      ...(tooManyWarnings ? {maxWarningsExceeded: {maxWarnings: opts.maxWarnings, foundWarnings: warningCount}} : {}),
    }
    // A run that only failed (nothing linted) prints just its error lines, as ESLint does.
    if (linted.length || !failed) pending += stream.end(summary)
    await flush()
    await sink.close(linted)
    // Stylish says it in its summary; the machine formats keep their output clean, so say it here.
    if (tooManyWarnings && opts.format !== 'stylish') io.stderr.write(`jdlint: found too many warnings (maximum: ${opts.maxWarnings}, found: ${warningCount})\n`)

    if (failed) return 2
    return errorCount > 0 || tooManyWarnings ? 1 : 0
  }
}

/** The reporter for a format, as a stream: files are written as they are linted. */
async function openStream(format: Format, context: ReportContext): Promise<ReportStream> {
  switch (format) {
    case 'json':
      return (await import('../report/json.ts')).jsonStream(context)
    case 'stylish':
      return (await import('../report/stylish.ts')).stylishStream(context)
    case 'github': {
      // One line per finding: each file's lines stand alone.
      const {github} = await import('../report/github.ts')
      return {file: (result) => github([result], context), end: () => ''}
    }
    case 'html': {
      // One page for the whole run, written when it ends.
      const {html} = await import('../report/html.ts')
      const results: LintResult[] = []
      return {file: (result) => (results.push(result), ''), end: () => html(results, context)}
    }
    case 'sarif': {
      // One document that lists every result: it is written when the run ends.
      const {sarif} = await import('../report/sarif.ts')
      const results: LintResult[] = []
      return {file: (result) => (results.push(result), ''), end: () => sarif(results, context)}
    }
  }
}

/**
 * The command with the real process, as bin/jdlint.js starts it: its arguments, streams, folder
 * and environment; sets the exit code when the run ends.
 */
export function main(proc: NodeJS.Process = process): Promise<void> {
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`jdlint postings/ | head -1`): stop quietly.
    if (error.code === 'EPIPE') proc.exit(proc.exitCode ?? 0)
    throw error
  })
  return run(proc.argv.slice(2), {stdout: proc.stdout, stderr: proc.stderr, stdin: proc.stdin, cwd: proc.cwd(), env: proc.env}).then((code) => {
    proc.exitCode = code
  })
}

/**
 * The command's worker thread (dist/worker.cjs starts it): it loads this same bundle through the
 * code cache (bin/jdlint.js) and lints the batches the command's thread sends it (files/pool.ts).
 */
export function worker(): void {
  const {parentPort} = require('node:worker_threads') as typeof import('node:worker_threads')
  if (parentPort) serveJobs(parentPort)
}
