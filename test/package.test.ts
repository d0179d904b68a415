// Every file package.json points a user or a tool at exists once the package is built (npm test
// builds first): an entry that names a file no build makes breaks imports and type checks.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt, ROOT} from './helpers.ts'

interface Manifest {
  main?: string
  types?: string
  bin?: string | Record<string, string>
  exports?: unknown
  files?: string[]
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest

/** Every path in an `exports` map: its string leaves, whatever the conditions. */
function exportPaths(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry]
  if (entry && typeof entry === 'object') return Object.values(entry).flatMap(exportPaths)
  return []
}

beforeAll(ensureBuilt)

describe('package.json', () => {
  it('names only files and folders that exist after the build', () => {
    const paths = {
      main: manifest.main ? [manifest.main] : [],
      types: manifest.types ? [manifest.types] : [],
      bin: typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {}),
      exports: exportPaths(manifest.exports),
      files: manifest.files ?? [],
    }
    expect(paths.bin.length + paths.exports.length).toBeGreaterThan(0)
    const missing = Object.entries(paths).flatMap(([field, list]) => list.filter((p) => !existsSync(join(ROOT, p))).map((p) => `${field}: ${p}`))
    expect(missing).toEqual([])
  })
})
