// The layout's one import direction (issue 10), checked on the import graph esbuild itself
// resolves from every source file: a folder imports only the folders below it in the pipeline.
import {build} from 'esbuild'
import {readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'

const ROOT = join(import.meta.dirname, '..')

/** What each part may import besides itself and the shared leaves. */
const ALLOWED: Record<string, string[]> = {
  'src/cli': ['src/files', 'src/config', 'src/engine', 'src/report'],
  // lintFiles finds each file's nearest config.
  'src/files': ['src/engine', 'src/config'],
  'src/config': [],
  'src/engine': ['src/read', 'rules'],
  rules: ['src/duties'],
  'src/read': ['src/duties'],
  'src/duties': [],
  'src/report': [],
}
/**
 * Modules any part may import: the types, the rule API, lazy loading of large dependencies,
 * name suggestions, how a path is shown, generated tables and the package's own data. They
 * import nothing but each other.
 */
const LEAVES = ['src/model.ts', 'src/rule.ts', 'src/lazy.ts', 'src/suggest.ts', 'src/files/paths.ts', 'src/generated/', 'schema/', 'package.json']
/** Entries that put the parts together: the library's and the remark plugin's. */
const ENTRIES = ['src/index.ts', 'src/remark.ts']

const isLeaf = (file: string) => LEAVES.some((leaf) => file === leaf || (leaf.endsWith('/') && file.startsWith(leaf)))
const partOf = (file: string) => (isLeaf(file) ? 'leaf' : ENTRIES.includes(file) ? 'entry' : Object.keys(ALLOWED).find((part) => file.startsWith(`${part}/`)))

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f}`)
}

async function importGraph(): Promise<Map<string, string[]>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [...sources('src'), ...sources('rules')],
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  })
  const graph = new Map<string, string[]>()
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    graph.set(
      file,
      input.imports.filter((i) => !i.external).map((i) => relative(ROOT, join(ROOT, i.path))),
    )
  }
  return graph
}

describe('layout', () => {
  it('every source file belongs to a part of the pipeline', () => {
    const homeless = [...sources('src'), ...sources('rules')].filter((f) => !partOf(f))
    expect(homeless).toEqual([])
  })

  it('imports point down the pipeline only', async () => {
    const graph = await importGraph()
    expect(graph.size).toBeGreaterThan(40)
    const wrong: string[] = []
    for (const [file, targets] of graph) {
      const from = partOf(file)
      for (const target of targets) {
        const to = partOf(target)
        const ok =
          from === 'entry' ||
          to === 'leaf' ||
          (from !== 'leaf' && (to === from || (from !== undefined && to !== undefined && ALLOWED[from]?.includes(to))))
        if (!ok) wrong.push(`${file} -> ${target}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('the check sees a wrong import', async () => {
    const graph = await importGraph()
    // The engine does import the reader; the reader importing the engine would be a cycle.
    expect(graph.get('src/engine/plugin.ts')).toContain('src/read/posting.ts')
    expect(partOf('src/read/posting.ts')).toBe('src/read')
    expect(ALLOWED['src/read']).not.toContain('src/engine')
  })
})
