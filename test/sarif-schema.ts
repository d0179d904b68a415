// The SARIF 2.1.0 validator, compiled once from the schema vendored in test/schemas/.
import {readFileSync} from 'node:fs'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

export const SARIF_SCHEMA = new URL('./schemas/sarif-schema-2.1.0.json', import.meta.url)

let validate: ReturnType<InstanceType<typeof ajvDraft04.default>['compile']> | undefined

/** A validator for SARIF 2.1.0 logs (Ajv, draft-04, formats checked, all errors listed). */
export function sarifValidator() {
  if (!validate) {
    // Both are CommonJS whose `module.exports` also carries itself as `.default`; TypeScript's
    // NodeNext types only see the latter.
    const ajv = new ajvDraft04.default({allErrors: true, strict: false})
    ajvFormats.default(ajv)
    validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object)
  }
  return validate
}
