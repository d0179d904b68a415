import {readdirSync, realpathSync, statSync, type Stats} from 'node:fs'
import {dirname, join, resolve, sep} from 'node:path'
import {displayPath} from './paths.ts'
import {reasonOf} from './read.ts'
import type * as Tinyglobby from 'tinyglobby'

let tinyglobby: typeof Tinyglobby | undefined
/** The glob engine, for patterns such as `careers/*.md`: loaded the first time a run has one (see lazy.ts). */
function loadGlob(): typeof Tinyglobby {
  tinyglobby ??= require('tinyglobby') as typeof Tinyglobby
  return tinyglobby
}

/** A file to lint, or a problem with one of the patterns given. */
export type Target = {kind: 'file'; path: string; explicit: boolean} | {kind: 'error'; message: string}

/** A Markdown file's name, whatever the case of its extension: what a walk and a glob both pick. */
const MARKDOWN_FILE = /\.(?:md|markdown)$/i
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
    const info = statOrError(abs)
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const {files, errors} = walk(abs, pattern, cwd)
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

/** A path's stat, or why it has none. The file system calls here are synchronous: each asynchronous one waits for Node's thread pool, which a run that starts on one file notices. */
function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path)
  } catch (error) {
    return error as NodeJS.ErrnoException
  }
}

/**
 * The Markdown files below `root`, sorted. Dot-folders (.drafts/) hold postings too; only
 * node_modules and .git are skipped. Symbolic links are not followed, so the walk always ends;
 * a folder it cannot read, or a link that loops, is one error line each.
 */
function walk(root: string, pattern: string, cwd: string): {files: string[]; errors: string[]} {
  const files: string[] = []
  const errors: string[] = []
  const name = (path: string) => (path === root ? pattern : displayPath(path, cwd))
  const dirs = [root]
  while (dirs.length) {
    const dir = dirs.pop() as string
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      errors.push(`${name(dir)}: ${reasonOf(error)}`)
      continue
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) dirs.push(path)
      } else if (entry.isFile()) {
        if (MARKDOWN_FILE.test(entry.name)) files.push(path)
      } else if (entry.isSymbolicLink() && loops(path)) {
        errors.push(`${name(path)}: symbolic link loop, not followed`)
      }
    }
  }
  return {files: files.sort(), errors: errors.sort()}
}

/** A link that cannot be resolved for looping, or that points at its own folder or one above it. */
function loops(link: string): boolean {
  try {
    const target = realpathSync(link)
    const parent = realpathSync(dirname(link))
    return parent === target || parent.startsWith(target.endsWith(sep) ? target : target + sep)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP'
  }
}
