// Bundles the CLI and the library with esbuild. The CLI is one entry with code splitting, so
// reporters, config loading and the rule catalogue text load only when a run needs them.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'

rmSync('dist', {recursive: true, force: true})
// The config validator is compiled from the JSON Schema here, so Ajv never loads at run time.
await import('./gen-validators.mjs')
// The vocabulary's stems too, so a cold run skips the stemmer for them.
await import('./gen-stems.mjs')

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist',
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: {js: "import {createRequire as __jdlintCreateRequire} from 'node:module';const require = __jdlintCreateRequire(import.meta.url);"},
}

await build({...common, entryPoints: {cli: 'src/cli.ts', index: 'src/index.ts', worker: 'src/worker.ts'}})
