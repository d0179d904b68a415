// The command runs its bundle through V8's code cache when the build left one. There, missing,
// cut short or not a cache of this build, a user must see the same findings and no noise.
import {cpSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt, MIXED, MIXED_LINE, ROOT, spawnJdlint, tempDir} from './helpers.ts'

beforeAll(ensureBuilt)

/** A copy of the installed command (bin and dist) to change without touching the real one. */
function install(): {dir: string; cache: string | undefined} {
  const dir = tempDir({'role.md': MIXED}, 'jdlint-cache-')
  cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), {recursive: true})
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), {recursive: true})
  const cache = readdirSync(path.join(dir, 'dist')).find((f) => f.endsWith('.cache'))
  return {dir, cache: cache && path.join(dir, 'dist', cache)}
}

// With two threads the one file goes to the worker, which loads the bundle through the same cache.
const run = (dir: string, threads = '1') => spawnJdlint(dir, ['--no-config', '--format', 'json', '--concurrency', threads, 'role.md'], {bin: path.join(dir, 'bin/jdlint.js')})
const findings = (stdout: string) => (JSON.parse(stdout) as {messages: {ruleId: string; line: number; column: number}[]}[])[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)

describe('the code cache', () => {
  it('is made by the build for the bundle it ships', () => {
    const {cache} = install()
    expect(cache).toBeDefined()
    const id = /^\/\/ jdlint build ([0-9a-f]+)/.exec(readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'utf8'))?.[1]
    expect(path.basename(cache!)).toBe(`cli-${id}.cache`)
  })

  it('changes nothing a user sees when it is missing, cut short or not a cache of this build, in this thread or a worker', async () => {
    const {dir, cache} = install()
    const normal = await run(dir)
    expect(normal.code).toBe(1)
    expect(normal.stderr).toBe('')
    expect(findings(normal.stdout)).toContain(`${MIXED_LINE}:3 no-mixed-duties`)
    const both = async () => [await run(dir), await run(dir, '2')]
    const inWorker = await run(dir, '2')

    const bytes = readFileSync(cache!)
    writeFileSync(cache!, bytes.subarray(0, bytes.length >> 1))
    const cutShort = await both()

    writeFileSync(cache!, readFileSync(path.join(ROOT, 'package.json')))
    const foreign = await both()

    rmSync(cache!)
    const missing = await both()

    for (const r of [inWorker, ...cutShort, ...foreign, ...missing]) {
      expect(r.stderr).toBe('')
      expect(r.code).toBe(1)
      expect(r.stdout).toBe(normal.stdout)
    }
  })
})
