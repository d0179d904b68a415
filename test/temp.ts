// Temporary folders for tests, removed when the test file is done.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
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
