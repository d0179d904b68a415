// What the tests share: postings written for them, temporary folders, and two ways to run the
// command: `jdlint` calls run(argv, io) in this process (most tests), `spawnJdlint` starts the
// built bin as a user would (exit codes of a real process, pipes, signals, the code cache).
import {execFileSync, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BIN = path.join(ROOT, 'bin/jdlint.js')

/** A Product Manager posting with nothing wrong in it. */
export const CLEAN_PM = `# Product Manager, Invoicing

We make accounting software for bakeries and cafés, and we are hiring a Product Manager to decide where invoicing goes next.

## What you will own

You are accountable for the invoicing roadmap and for choosing which customer problems we solve first.

- Visit café owners every month to learn which billing chores take up their evenings
- Own the invoicing roadmap and explain why it is ordered the way it is
- Define the metrics that show whether a release made billing faster
- Partner with the engineering lead on feasibility before we commit to a direction

## What success looks like

Success in this role means that a year from now owners spend half as long on invoices, and everyone on the team can say why the roadmap is ordered as it is.
`

export const MIXED_LINE_TEXT = '- Own the checkout roadmap and run sprint planning with the developers'
/** A PM posting with one line that asks for PM and PO work at once (an error), and a PO duty (a warning). */
export const MIXED = `# Product Manager, Checkout

We sell garden tools online and need a Product Manager for checkout. You are accountable for the checkout roadmap.

## Responsibilities

- Interview shoppers who abandon their carts
${MIXED_LINE_TEXT}
- Define the metrics that show whether checkout got easier
- Write detailed user stories and acceptance criteria for every feature
- Work closely with engineering on feasibility

## Success in this role

Success means fewer abandoned carts within a year.
`
/** The line of MIXED that asks for PM and PO work at once; the finding starts at column 3. */
export const MIXED_LINE = MIXED.split('\n').indexOf(MIXED_LINE_TEXT) + 1

// ---------------------------------------------------------------------------------------------

const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** A fresh folder holding `files` (relative path → contents), removed when the test file is done. */
export function tempDir(files: Record<string, string> = {}, prefix = 'jdlint-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/**
 * A fresh folder holding this repository as it would be committed: tracked and new files as they
 * are in the working tree, nothing git ignores (no dist/, no node_modules).
 */
export function treeCopy(prefix: string): string {
  const dir = tempDir({}, prefix)
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: ROOT, encoding: 'utf8'})
    .split('\0')
    .filter((file) => file && existsSync(path.join(ROOT, file)))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    cpSync(path.join(ROOT, file), path.join(dir, file))
  }
  return dir
}

// ---------------------------------------------------------------------------------------------

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  signal?: NodeJS.Signals | null
}

export interface RunOptions {
  /** Standard input (closed and empty without it). */
  input?: string | Buffer
  /** Environment variables; none by default, so nothing from the suite's shell decides colour. */
  env?: Record<string, string | undefined>
  /** Whether stdout is a terminal. */
  isTTY?: boolean
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs the command in this process, from the sources, as `jdlint <args>` in `cwd`. */
export function jdlint(cwd: string, args: string[], options: RunOptions = {}): Promise<Run> {
  // One in-process run at a time: vitest's module runner can hand a second, concurrent dynamic
  // import of a module (a reporter the command loads on first use) the module while it is still
  // being evaluated, with its exports missing. The bundled command has no such runner.
  const run = queue.then(() => runInProcess(cwd, args, options))
  queue = run.catch(() => undefined)
  return run
}

async function runInProcess(cwd: string, args: string[], options: RunOptions): Promise<Run> {
  // Imported here: test files that only need postings or folders do not load the command.
  const {run} = await import('../src/cli/main.ts')
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: {write: (text) => (stdout += text), isTTY: options.isTTY ?? false},
    stderr: {write: (text) => (stderr += text)},
    stdin: [Buffer.from(options.input ?? '')],
    cwd,
    env: options.env ?? {},
  })
  return {code, stdout, stderr}
}

/** The suite's environment without the variables that would decide colour. */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = {...process.env, ...extra}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  return env
}

/** Builds the command once, for a test file that runs it as a process. */
export function ensureBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist/cli.cjs'))) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'})
}

export interface SpawnOptions extends RunOptions {
  /** A shell command to run instead of the bin (for pipes). */
  shell?: string
  /** Another copy of the bin. */
  bin?: string
  uid?: number
  gid?: number
}

/** Runs the built bin (or a shell command) as a process, without a shell; stdout and stderr piped. */
export function spawnJdlint(cwd: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const env = plainEnv(options.env)
    const ids = options.uid === undefined ? {} : {uid: options.uid, gid: options.gid}
    const child = options.shell ? spawn('sh', ['-c', options.shell], {cwd, env}) : spawn(process.execPath, [options.bin ?? BIN, ...args], {cwd, env, ...ids})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code, signal) => done({code, signal, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** A shell word for `sh -c`. */
export const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

/** Non-empty lines of a text. */
export const lines = (text: string) => text.split('\n').filter((l) => l !== '')
