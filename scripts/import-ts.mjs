// Bundles TypeScript sources of the project with esbuild and imports the result: Node 20 cannot
// run .ts files itself. `contents` is a module whose imports are relative to the repository root.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = new URL('../', import.meta.url)

export async function importTs(contents, name = 'bundle') {
  const out = join(tmpdir(), `jdlint-${name}-${process.pid}.mjs`)
  await build({
    stdin: {contents, resolveDir: root.pathname, loader: 'ts'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    // CommonJS dependencies inside an ESM bundle need a require of their own.
    banner: {js: "import {createRequire as __jdlintCreateRequire} from 'node:module';const require = __jdlintCreateRequire(import.meta.url);"},
  })
  try {
    return await import(pathToFileURL(out).href)
  } finally {
    rmSync(out, {force: true})
  }
}
