// Stems every word of the built-in vocabulary at build time, so a cold run does not spend its
// first milliseconds in the stemmer. The table is only a cache: a word missing from it (a newer
// vocabulary, a phrase from a user's config) is stemmed at run time.
import {build} from 'esbuild'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = new URL('../', import.meta.url)
const out = join(tmpdir(), `jdlint-stems-${process.pid}.mjs`)
await build({
  stdin: {
    contents: `import {MACROS, VOCABULARY} from './src/vocabulary.ts'
import {normalise, stemOf} from './src/matcher.ts'
const words = new Set()
for (const text of [...Object.values(MACROS), ...VOCABULARY.flatMap((e) => [e.pattern, e.unless ?? ''])])
  for (const w of text.split(/[\\s|+@$]+/)) if (w && !w.endsWith('*') && !/^[A-Z_]+$/.test(w) && w !== '...' && w !== '..') words.add(normalise(w))
export default Object.fromEntries([...words].sort().map((w) => [w, stemOf(w)]))`,
    resolveDir: new URL('.', root).pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
})
try {
  const {default: stems} = await import(pathToFileURL(out).href)
  mkdirSync(new URL('src/generated/', root), {recursive: true})
  writeFileSync(new URL('src/generated/stems.json', root), `${JSON.stringify(stems)}\n`)
} finally {
  rmSync(out, {force: true})
}
