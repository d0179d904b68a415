// The command runs its bundle, and the large dependencies beside it in dist/vendor, through V8's
// code caches when the build left them. There, missing, cut short or not a cache of this build,
// a user must see the same findings and no noise.
import {cpSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt, jdlint, MIXED, MIXED_LINE, ROOT, spawnJdlint, tempDir} from './helpers.ts'

beforeAll(ensureBuilt)

/** Front matter the YAML parser reads (a list), and paragraphs of several sentences to split. */
const FRONT = `---
title: Product Owner, Payments
tags:
  - payments
  - mobile
---
# Product Owner, Payments

We move money for small shops. You will keep the backlog ready for the team. You also write the acceptance criteria with them, e.g. for refunds.

## Responsibilities

- Run sprint planning and refinement. Decide what the team builds next.
- Set the product vision for payments. Interview merchants every week.
`

/** The caches a build leaves: in dist and in dist/vendor. */
function cachesIn(dist: string): string[] {
  return ['', 'vendor'].flatMap((sub) => readdirSync(path.join(dist, sub)).filter((f) => f.endsWith('.cache')).map((f) => path.join(dist, sub, f)))
}

/** A copy of the installed command (bin and dist) to change without touching the real one. */
function install(): {dir: string; caches: string[]} {
  const dir = tempDir({'role.md': MIXED, 'front.md': FRONT}, 'jdlint-cache-')
  cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), {recursive: true})
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), {recursive: true})
  return {dir, caches: cachesIn(path.join(dir, 'dist'))}
}

const ARGS = ['--no-config', '--format', 'json', 'role.md', 'front.md']
// With two threads the files go to the worker, which loads the bundle through the same caches.
const run = (dir: string, threads = '1') => spawnJdlint(dir, [...ARGS, '--concurrency', threads], {bin: path.join(dir, 'bin/jdlint.js')})
const findings = (stdout: string) => (JSON.parse(stdout) as {messages: {ruleId: string; line: number; column: number}[]}[])[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)

describe('the code cache', () => {
  it('is made by the build for each file it ships, and V8 takes it', () => {
    const {compileBundle} = createRequire(import.meta.url)('../bin/jdlint.js') as {compileBundle: (source: string, cachedData: Buffer, file: string) => {cachedDataRejected?: boolean}}
    const caches = cachesIn(path.join(ROOT, 'dist'))
    // The bundle's, and the YAML and sentence parsers' (the examples need both).
    expect(caches.map((c) => path.basename(c).replace(/-[0-9a-f]+\.cache$/, '')).sort()).toEqual(expect.arrayContaining(['cli', 'parse-english', 'yaml']))
    for (const cache of caches) {
      const file = cache.replace(/-([0-9a-f]+)\.cache$/, '.cjs')
      const source = readFileSync(file, 'utf8')
      expect(source.startsWith(`// jdlint build ${/-([0-9a-f]+)\.cache$/.exec(cache)![1]}\n`)).toBe(true)
      expect(compileBundle(source, readFileSync(cache), file).cachedDataRejected).toBe(false)
    }
  })

  it('changes nothing a user sees when it is missing, cut short or not a cache of this build, in this thread or a worker', async () => {
    const {dir, caches} = install()
    // What the sources give, without any bundle or cache.
    const expected = await jdlint(dir, ARGS)
    expect(expected.code).toBe(1)
    expect(findings(expected.stdout)).toContain(`${MIXED_LINE}:3 no-mixed-duties`)
    const both = async () => [await run(dir), await run(dir, '2')]
    const normal = await both()

    for (const cache of caches) writeFileSync(cache, readFileSync(cache).subarray(0, readFileSync(cache).length >> 1))
    const cutShort = await both()

    for (const cache of caches) writeFileSync(cache, readFileSync(path.join(ROOT, 'package.json')))
    const foreign = await both()

    for (const cache of caches) rmSync(cache)
    const missing = await both()

    for (const r of [...normal, ...cutShort, ...foreign, ...missing]) {
      expect(r.stderr).toBe('')
      expect(r.code).toBe(1)
      expect(r.stdout).toBe(expected.stdout)
    }
  })
})
