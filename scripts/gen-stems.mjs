// Stems every word of the built-in vocabulary and compiles every pattern of it at build time
// (src/generated/stems.json, patterns.json), so a cold run does not spend its first milliseconds
// in the stemmer and the pattern compiler, nor in working out the patterns' tables (their stem
// numbers with them, which a run takes over: see PatternTable in src/duties/matcher.ts). Both tables are only caches: a word or pattern missing
// from them (a newer vocabulary, a phrase from a user's config) is worked out at run time.
import {mkdirSync, writeFileSync} from 'node:fs'
import {importTs} from './import-ts.mjs'

const root = new URL('../', import.meta.url)
const {default: stems, patterns} = await importTs(
  `import {MACROS, VOCABULARY} from './src/duties/vocabulary.ts'
import {compilePattern, normalise, PatternWriter, registerVerbs, registeredVerbs, stemNumbering, stemOf} from './src/duties/matcher.ts'
const words = new Set()
for (const text of [...Object.values(MACROS), ...VOCABULARY.flatMap((e) => [e.pattern, e.unless ?? ''])])
  for (const w of text.split(/[\\s|+@$]+/)) if (w && !w.endsWith('*') && !/^[A-Z_]+$/.test(w) && w !== '...' && w !== '..') words.add(normalise(w))
export default Object.fromEntries([...words].sort().map((w) => [w, stemOf(w)]))
registerVerbs(Object.values(MACROS).flatMap((group) => group.split('|')))
const sources = [...new Set(VOCABULARY.flatMap((e) => (e.unless ? [e.pattern, e.unless] : [e.pattern])))].sort()
const writer = new PatternWriter()
const offsets = Object.fromEntries(sources.map((p) => [p, writer.add(compilePattern(p, MACROS))]))
export const patterns = {macros: JSON.stringify(MACROS), verbs: registeredVerbs().sort(), stems: stemNumbering(), ...writer.table, patterns: offsets}`,
  'stems',
)
mkdirSync(new URL('src/generated/', root), {recursive: true})
writeFileSync(new URL('src/generated/stems.json', root), `${JSON.stringify(stems)}\n`)
writeFileSync(new URL('src/generated/patterns.json', root), `${JSON.stringify(patterns)}\n`)
