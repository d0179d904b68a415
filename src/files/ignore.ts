import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {inside} from './paths.ts'

const IGNORE_FILE = '.jdlintignore'

/** A set of gitignore rules and the folder their paths are relative to. */
interface Layer {
  dir: string
  rules: Ignore
}

/**
 * Builds the test for files not to lint. Anything inside a `node_modules` or `.git` folder is
 * always ignored. Then two layers of gitignore rules, each relative to its own folder, the later
 * winning (so `!keep.md` in a pattern re-includes a file the ignore file left out):
 * 1. the `.jdlintignore` file: by default the nearest one from `cwd` upward, stopping at the
 *    repository root (the first folder holding `.git`) so that a file outside the project never
 *    applies; `ignoreFile` names another, `false` reads none;
 * 2. `patterns` (from `--ignore-pattern` and config `ignores`), relative to `cwd`.
 * A path outside a layer's folder is never ignored by it. Pass a directory with a trailing slash
 * to test it as a directory.
 */
export function createIgnoreFilter(opts: {cwd: string; patterns: readonly string[]; ignoreFile?: string | false}): (absPath: string) => boolean {
  const cwd = path.resolve(opts.cwd)
  const layers: Layer[] = []
  const file = opts.ignoreFile === undefined ? findIgnoreFile(cwd) : opts.ignoreFile && path.resolve(cwd, opts.ignoreFile)
  if (file) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new Error(`${file}: cannot read ignore file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    layers.push({dir: path.dirname(file), rules: ignore().add(text.replace(/^\uFEFF/, ''))})
  }
  if (opts.patterns.length > 0) layers.push({dir: cwd, rules: ignore().add(opts.patterns)})

  return (absPath) => {
    if (/(?:^|[\\/])(?:node_modules|\.git)(?:[\\/]|$)/.test(path.relative(cwd, absPath))) return true
    let ignored = false
    for (const {dir, rules} of layers) {
      const relative = path.relative(dir, absPath)
      if (!inside(relative)) continue
      const slash = /[\\/]$/.test(absPath) ? '/' : ''
      const result = rules.test(relative.split(path.sep).join('/') + slash)
      if (result.ignored) ignored = true
      else if (result.unignored) ignored = false
    }
    return ignored
  }
}

function findIgnoreFile(cwd: string): string | null {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, IGNORE_FILE)
    if (existsSync(candidate)) return candidate
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null
  }
}
