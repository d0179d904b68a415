import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {loadGlob} from '../lazy.ts'

/** A file to lint, or a problem with one of the patterns given. */
export type Target = {kind: 'file'; path: string; explicit: boolean} | {kind: 'error'; message: string}

export const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Markdown}'
const MARKDOWN_FILE = /\.(?:md|markdown)$/i
/** The names MARKDOWN_GLOB matches. */
const MARKDOWN_NAME = /\.(?:md|markdown|MD|Markdown)$/
const SKIPPED_DIRS = new Set(['node_modules', '.git'])
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
        const {files, errors} = await walk(abs, pattern, cwd)
        if (!files.length && !errors.length && errorOnUnmatched) out.push({kind: 'error', message: `${pattern}: No files matching the pattern were found (no .md or .markdown files in this directory)`})
        for (const f of files) add(f, false)
        for (const message of errors) out.push({kind: 'error', message})
      } else add(abs, true)
      continue
    }
    const {glob, isDynamicPattern} = loadGlob()
    if (isDynamicPattern(pattern)) {
      // A glob picks Markdown files only: 'careers/*' should not lint the README.txt beside them.
      const found = (await glob(pattern, {cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false})).filter((f) => MARKDOWN_FILE.test(f)).sort()
      if (!found.length && errorOnUnmatched) out.push({kind: 'error', message: `${pattern}: No files matching the pattern were found`})
      for (const f of found) add(resolve(f), false)
      continue
    }
    out.push({kind: 'error', message: `${pattern}: ${reasonOf(info)}`})
  }
  return out
}

/** Why a file or folder could not be used, as one short phrase. */
function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT':
      return 'No such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied'
    case 'EISDIR':
      return 'is a directory, expected a file'
    case 'ENOTDIR':
      return 'Not a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return e.message
  }
}

/**
 * The MARKDOWN_GLOB files below `root`, sorted. Dot-folders (.drafts/) hold postings too; only
 * node_modules and .git are skipped. Symbolic links are not followed, so the walk always ends;
 * a folder it cannot read, or a link that loops, is one error line each.
 */
async function walk(root: string, pattern: string, cwd: string): Promise<{files: string[]; errors: string[]}> {
  const files: string[] = []
  const errors: string[] = []
  const name = (path: string) => (path === root ? pattern : displayPath(path, cwd))
  const dirs = [root]
  while (dirs.length) {
    const dir = dirs.pop() as string
    let entries
    try {
      entries = await readdir(dir, {withFileTypes: true})
    } catch (error) {
      errors.push(`${name(dir)}: ${reasonOf(error)}`)
      continue
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) dirs.push(path)
      } else if (entry.isFile()) {
        if (MARKDOWN_NAME.test(entry.name)) files.push(path)
      } else if (entry.isSymbolicLink() && (await loops(path))) {
        errors.push(`${name(path)}: symbolic link loop, not followed`)
      }
    }
  }
  return {files: files.sort(), errors: errors.sort()}
}

/** A link that cannot be resolved for looping, or that points at its own folder or one above it. */
async function loops(link: string): Promise<boolean> {
  try {
    const target = await realpath(link)
    const parent = await realpath(dirname(link))
    return parent === target || parent.startsWith(target.endsWith(sep) ? target : target + sep)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP'
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/')
}

/** Reading a file either gives its text, or says why it is not lintable. */
export type ReadOutcome = {ok: true; text: string} | {ok: false; fatal: string} | {ok: false; error: string}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Reads a file as UTF-8 text. A file above the size limit is refused before it is read; bytes
 * that are not UTF-8 text (invalid sequences, NUL) make a fatal finding for that file only.
 */
export async function readText(path: string, maxBytes: number, label = path): Promise<ReadOutcome> {
  let fd: number | undefined
  try {
    // Synchronous calls: a posting is small, and the promise file handle costs more than the read.
    // Non-blocking, so that opening a named pipe does not wait for a writer; a pipe or a device
    // (which may never end) is then refused like anything else that is not a regular file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = fstatSync(fd)
    if (info.isDirectory()) return {ok: false, error: `${label}: is a directory, expected a file`}
    if (!info.isFile()) return {ok: false, error: `${label}: not a regular file`}
    if (info.size > maxBytes) return {ok: false, error: `${label}: file is ${formatBytes(info.size)}, above the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)`}
    return decodeText(readFileSync(fd))
  } catch (error) {
    return {ok: false, error: `${label}: ${reasonOf(error)}`}
  } finally {
    if (fd !== undefined) closeSync(fd)
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
