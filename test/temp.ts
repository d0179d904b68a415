// Temporary folders for tests, removed when the test file is done.
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll} from 'vitest'

const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** A fresh folder holding `files` (relative path → contents). */
export function tempDir(files: Record<string, string> = {}, prefix = 'jdlint-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const ROOT = new URL('..', import.meta.url).pathname

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
