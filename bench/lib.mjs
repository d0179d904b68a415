// Shared helpers of the benchmark scripts: timing a command, the parse-only floor, tables.
import {spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const WORK = join(ROOT, 'bench', '.work')
export const TOOLS = join(ROOT, 'bench', '.tools')
mkdirSync(WORK, {recursive: true})

// GNU time gives the child's peak RSS (ru_maxrss, which also covers its own children).
// Without it there is no honest way to read a child's peak memory from Node, so we say n/a.
export const HAVE_TIME = existsSync('/usr/bin/time')

// CPU time (user + system) of the children this process has waited for, from /proc/self/stat
// (cutime and cstime, in clock ticks of 10 ms): the difference over one spawnSync is that
// command's CPU time, worker threads and grandchildren included, and the mean over many runs is
// exact to 10 ms over all of them. On a shared machine, where other work stretches every wall
// time, it is the steadier measure of what a single-threaded run costs. Null off Linux.
const TICK = 100
function childCpuSecs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) / TICK
  } catch {
    return null
  }
}

/**
 * Runs one command to completion, stdout to `out` (a file, /dev/null by default), stderr to a file.
 * Returns wall-clock seconds, CPU seconds (or null), peak RSS in MB (or null), exit code, signal name and stderr text.
 * `timeout` (coreutils) kills the command itself, not just the wrapper, when it hangs.
 */
const rssFile = join(WORK, `rss-${process.pid}.txt`)
const errFile = join(WORK, `stderr-${process.pid}.txt`)
process.on('exit', () => [rssFile, errFile].forEach((f) => rmSync(f, {force: true})))

// With `direct`, the command runs as it is, without GNU time and timeout around it: their own
// start (a few milliseconds) would be added to every tool alike and make the ratios of short runs
// look better than they are. Peak memory is then not measured.
export function measure(cmd, args, {out = '/dev/null', timeoutSec = 600, direct = false} = {}) {
  const outFd = openSync(out, 'w')
  const errFd = openSync(errFile, 'w')
  const wrapped = direct ? [cmd, ...args] : ['timeout', '-k', '5', String(timeoutSec), cmd, ...args]
  const argv = HAVE_TIME && !direct ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...wrapped] : wrapped
  const c0 = childCpuSecs()
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), {cwd: ROOT, stdio: ['ignore', outFd, errFd]})
  const secs = Number(process.hrtime.bigint() - t0) / 1e9
  const c1 = childCpuSecs()
  const cpuSecs = c0 === null || c1 === null ? null : c1 - c0
  closeSync(outFd)
  closeSync(errFd)
  let rssMB = null
  if (HAVE_TIME && !direct) {
    const kb = readFileSync(rssFile, 'utf8').trim().split('\n').pop()
    rssMB = /^\d+$/.test(kb) ? Number(kb) / 1024 : null
  }
  // GNU time and timeout report a signal-killed child as exit 128+N; 124 is timeout's own "timed out".
  const code = r.status
  const stderr = readFileSync(errFile, 'utf8')
  return {secs, cpuSecs, rssMB, code, timedOut: code === 124, signaled: code !== null && code > 128, stderr, error: r.error}
}

// A Node stack overflow or an uncaught exception exits with status 1, the same as "findings
// found", so a crash has to be recognised by what it printed too.
const CRASH_TEXT = /Maximum call stack size exceeded|FATAL ERROR|heap out of memory|Segmentation fault|core dumped|^\s+at .+:\d+:\d+\)?$/m
export function verdict(r, okCodes = [0, 1]) {
  if (r.error) return `spawn failed: ${r.error.message}`
  if (r.timedOut) return 'timeout'
  if (r.signaled) return `crash (signal ${r.code - 128})`
  if (/Maximum call stack size exceeded/.test(r.stderr)) return 'crash (stack overflow)'
  if (/heap out of memory|FATAL ERROR/.test(r.stderr)) return 'crash (out of memory)'
  if (CRASH_TEXT.test(r.stderr)) return `crash (${firstLine(r.stderr)})`
  if (!okCodes.includes(r.code)) return `exit ${r.code}: ${firstLine(r.stderr)}`
  return 'ok'
}
export const firstLine = (s) => (s.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 100)

/** Reads every file under `path` once, so the first timed tool doesn't pay for a cold page cache. */
export function warm(path) {
  if (!statSync(path).isDirectory()) return readFileSync(path).length
  return readdirSync(path, {recursive: true}).reduce((n, f) => {
    const p = join(path, String(f))
    return n + (statSync(p).isFile() ? readFileSync(p).length : 0)
  }, 0)
}

export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * Bundles a floor (bench/parse-floor.mjs, the issue's) into
 * bench/.work as one minified esbuild bundle, as the issue asks ("bundled the same way"). jdlint's
 * command goes further (CommonJS, V8's code cache, see scripts/build.mjs); the floors are kept
 * as plain bundles, the baseline the issue defines.
 */
export async function buildFloor(name = 'parse-floor') {
  const outfile = join(WORK, name === 'parse-floor' ? 'floor.mjs' : `${name}.mjs`)
  const src = join(ROOT, 'bench', `${name}.mjs`)
  const inputs = [src, join(ROOT, 'bench', 'walk.mjs'), fileURLToPath(import.meta.url)]
  if (existsSync(outfile) && inputs.every((f) => statSync(outfile).mtimeMs > statSync(f).mtimeMs)) return outfile
  const {build} = await import('esbuild')
  await build({
    entryPoints: [src],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Minified, as jdlint's bundle is.
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: {js: "import {createRequire} from 'node:module';const require = createRequire(import.meta.url);"},
  })
  return outfile
}

/** A Markdown table; `rows` are arrays of cells. */
export function mdTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The same table for a terminal, columns padded. */
export function textTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String))
  const w = header.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  return all.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd()).join('\n')
}

/** What the CLI says it can do, for feature checks (e.g. --max-file-size). Empty if not built. */
export function jdlintHelp() {
  const r = spawnSync(process.execPath, ['bin/jdlint.js', '--help'], {cwd: ROOT, encoding: 'utf8'})
  return r.status === 0 ? r.stdout : ''
}
