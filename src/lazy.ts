// Large dependencies that only some runs need. `require` here is the bundle's own (esbuild keeps
// the module inside the bundle and runs its top level on first use), so a posting without front
// matter never pays for the YAML parser, and a run of short bullets never builds the English
// sentence parser. Under vitest, test/setup.ts provides `require`.
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
