// Large dependencies of the engine that only some postings need, required the first time one
// is: a posting without front matter never pays for the YAML parser, and a run of short bullets
// never builds the English sentence parser. The glob engine and chalk load the same way beside
// their one user (files/find.ts, report/stylish.ts), so the engine's imports reach nothing that
// only runs in Node and it bundles for the browser (site/). In the command's
// bundle each is a file of its own (dist/vendor, see scripts/build.mjs), read only then; in the
// library's, esbuild keeps it inside and runs its top level on first use. Under vitest,
// test/setup.ts provides `require`.
import type * as ParseEnglishModule from 'parse-english'
import type * as Yaml from 'yaml'

let yaml: typeof Yaml | undefined
let english: InstanceType<typeof ParseEnglishModule.ParseEnglish> | undefined

export function loadYaml(): typeof Yaml {
  yaml ??= require('yaml') as typeof Yaml
  return yaml
}

/** One shared English parser: sentences of plain text, with positions in it. */
export function loadSentenceParser(): InstanceType<typeof ParseEnglishModule.ParseEnglish> {
  english ??= new (require('parse-english') as typeof ParseEnglishModule).ParseEnglish()
  return english
}
