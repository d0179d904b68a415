// Many files go to worker threads; what a user sees must not change: same findings, same order.
// Run as the built bin: workers start from the bundle (run from the sources, linting stays in one thread).
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {threadCount} from '../src/files/pool.ts'
import {ensureBuilt, ROOT, spawnJdlint, tempDir} from './helpers.ts'

beforeAll(ensureBuilt)

function corpus(count: number): string {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const mixed = i % 3 === 0
    files[`team-${i % 7}/posting-${String(i).padStart(3, '0')}.md`] = [
      `# ${i % 2 ? 'Product Owner' : 'Product Manager'} ${i}`,
      '',
      '## Responsibilities',
      '',
      mixed ? '- Own the product roadmap and run sprint planning' : '- Interview customers to find acute problems',
      '- Write user stories with acceptance criteria',
      i % 5 === 0 ? '- Set the product vision and strategy' : '- Work with engineers every day on feasibility',
      '',
    ].join('\n')
  }
  files['broken.md'] = '\u0000not text'
  return tempDir(files, 'jdlint-workers-')
}

const run = (dir: string, concurrency: string) => spawnJdlint(dir, ['--format', 'json', '--concurrency', concurrency, '.'])

describe('worker threads', () => {
  it('give the same results in the same order as one thread', async () => {
    const dir = corpus(150)
    const [one, many] = await Promise.all([run(dir, '1'), run(dir, '2')])
    expect(one.code).toBe(1)
    expect(many.code).toBe(1)
    expect(many.stderr).toBe('')
    const parsed = JSON.parse(many.stdout) as {filePath: string; messages: unknown[]}[]
    expect(parsed).toHaveLength(151)
    expect(parsed.map((r) => r.filePath)).toEqual([...parsed.map((r) => r.filePath)].sort())
    expect(many.stdout).toBe(one.stdout)
  })
})

describe('the library', () => {
  it('lints in its own worker threads (dist/worker.js) with the same results as one thread', async () => {
    const dir = corpus(70)
    const {lintFiles} = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as typeof import('../src/index.ts')
    const one = await lintFiles(['.'], {cwd: dir, concurrency: 1})
    const two = await lintFiles(['.'], {cwd: dir, concurrency: 2})
    expect(one.results).toHaveLength(71)
    expect(one.errors).toEqual([])
    expect(two).toEqual(one)
  })
})

describe('how many threads', () => {
  it('this one alone for a few files, else one per 64 files up to one per core, and what --concurrency asks', () => {
    expect(threadCount(10, 'auto', 8)).toBe(1)
    expect(threadCount(63, 'auto', 2)).toBe(1)
    expect(threadCount(100, 'auto', 2)).toBe(2)
    expect(threadCount(1000, 'auto', 2)).toBe(2)
    expect(threadCount(1000, 'auto', 8)).toBe(8)
    expect(threadCount(100, 'auto', 8)).toBe(2)
    expect(threadCount(1000, 'auto', 1)).toBe(1)
    expect(threadCount(1000, 3, 2)).toBe(3)
    expect(threadCount(1000, 1, 8)).toBe(1)
  })
})
