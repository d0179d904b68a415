// Large dependencies that only some runs need, required the first time one is: a posting without
// front matter never pays for the YAML parser, a run of short bullets never builds the English
// sentence parser, and a run given file names never loads the glob engine. In the command's
// bundle each is a file of its own (dist/vendor, see scripts/build.mjs), read only then; in the
// library's, esbuild keeps it inside and runs its top level on first use. Under vitest,
// test/setup.ts provides `require`.
import type * as ChalkModule from 'chalk'
import type * as ParseEnglishModule from 'parse-english'
import type * as Tinyglobby from 'tinyglobby'
import type * as Yaml from 'yaml'

let yaml: typeof Yaml | undefined
let tinyglobby: typeof Tinyglobby | undefined
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

/** The glob engine, for patterns such as `careers/*.md`. */
export function loadGlob(): typeof Tinyglobby {
  tinyglobby ??= require('tinyglobby') as typeof Tinyglobby
  return tinyglobby
}

let chalk: typeof ChalkModule | undefined
/** Terminal colours, for output that has them. */
export function loadChalk(): typeof ChalkModule {
  chalk ??= require('chalk') as typeof ChalkModule
  return chalk
}
