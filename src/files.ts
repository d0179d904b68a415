import {open, stat} from 'node:fs/promises'
import {resolve} from 'node:path'

/** A file to lint, or a problem with one of the patterns given. */
export type Target = {kind: 'file'; path: string; explicit: boolean} | {kind: 'error'; message: string}

export const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Markdown}'
const MARKDOWN_FILE = /\.(?:md|markdown)$/i
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

/**
 * Expands the command line's files, directories and globs into files, in the order given and
 * sorted within each pattern, each file once.
 */
export async function findFiles(patterns: string[], cwd: string, errorOnUnmatched = true): Promise<Target[]> {
  const out: Target[] = []
  const seen = new Set<string>()
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    out.push({kind: 'file', path, explicit})
  }
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern)
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => error)
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const found = await walk(abs)
        if (!found.length && errorOnUnmatched) out.push({kind: 'error', message: `${pattern}: No files matching the pattern were found (no .md or .markdown files in this directory)`})
        for (const f of found) add(f, false)
      } else add(abs, true)
      continue
    }
    const {glob, isDynamicPattern} = await import('tinyglobby')
    if (isDynamicPattern(pattern)) {
      // A glob picks Markdown files only: 'careers/*' should not lint the README.txt beside them.
      const found = (await glob(pattern, {cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false})).filter((f) => MARKDOWN_FILE.test(f)).sort()
      if (!found.length && errorOnUnmatched) out.push({kind: 'error', message: `${pattern}: No files matching the pattern were found`})
      for (const f of found) add(resolve(f), false)
      continue
    }
    const reason = info.code === 'ENOENT' ? 'No such file or directory' : info.code === 'EACCES' ? 'Permission denied' : info.message
    out.push({kind: 'error', message: `${pattern}: ${reason}`})
  }
  return out
}

async function walk(dir: string): Promise<string[]> {
  // Loaded here: a run over named files never needs the glob engine.
  const {glob} = await import('tinyglobby')
  // Dot-folders (.drafts/) hold postings too; only node_modules and .git are skipped.
  const found = await glob(MARKDOWN_GLOB, {cwd: dir, absolute: true, ignore: ALWAYS_IGNORED, dot: true, followSymbolicLinks: false})
  return found.map((f) => resolve(f)).sort()
}

/** Reading a file either gives its text, or says why it is not lintable. */
export type ReadOutcome = {ok: true; text: string} | {ok: false; fatal: string} | {ok: false; error: string}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Reads a file as UTF-8 text. A file above the size limit is refused before it is read; bytes
 * that are not UTF-8 text (invalid sequences, NUL) make a fatal finding for that file only.
 */
export async function readText(path: string, maxBytes: number, label = path): Promise<ReadOutcome> {
  let handle
  try {
    handle = await open(path, 'r')
    const info = await handle.stat()
    if (info.isDirectory()) return {ok: false, error: `${label}: is a directory, expected a file`}
    if (info.size > maxBytes) return {ok: false, error: `${label}: file is ${formatBytes(info.size)}, above the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)`}
    const buffer = await handle.readFile()
    return decodeText(buffer)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    const reason = e.code === 'ENOENT' ? 'No such file or directory' : e.code === 'EACCES' ? 'Permission denied' : e.code === 'EISDIR' ? 'is a directory, expected a file' : e.message
    return {ok: false, error: `${label}: ${reason}`}
  } finally {
    await handle?.close()
  }
}

export function decodeText(buffer: Uint8Array): ReadOutcome {
  if (buffer.includes(0)) return {ok: false, fatal: 'File is not UTF-8 text (it contains NUL bytes)'}
  try {
    return {ok: true, text: decoder.decode(buffer)}
  } catch {
    return {ok: false, fatal: 'File is not UTF-8 text (invalid byte sequence)'}
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KB`
  return `${n} bytes`
}

/** Parses sizes such as `5mb`, `512kb`, `1048576`. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text)
  if (!m) return null
  const unit = (m[2] ?? 'b').toLowerCase()
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1
  return Math.floor(Number(m[1]) * mult)
}
