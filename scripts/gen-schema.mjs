// Writes schema/jdlint.schema.json, the config file's JSON Schema, from the rules' own metadata
// (src/config/schema.ts; TypeScript bundled here with esbuild, as Node 20 cannot run it). The
// file is shipped and committed: editors fetch it by its $id, and the build compiles the config
// validator from it next (scripts/gen-validators.mjs).
import {build} from 'esbuild'
import {readFileSync, writeFileSync} from 'node:fs'

const root = new URL('../', import.meta.url)
const {outputFiles} = await build({
  stdin: {
    contents: `import {rules} from './rules/index.ts'
import {configSchemaText} from './src/config/schema.ts'
export default configSchemaText(rules)`,
    resolveDir: new URL('.', root).pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
})
// Run in memory, as a data: URL. The rules need src/generated/ (scripts/gen-stems.mjs runs first).
const {default: text} = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
const file = new URL('schema/jdlint.schema.json', root)
if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text)
