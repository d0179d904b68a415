// The config schema shipped in schema/ is made from the rules' own metadata (src/config/schema.ts,
// written by the build): editors show a rule's own description, and the validator checks its ids.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {configSchemaText} from '../src/config/schema.ts'
import {ROOT} from './helpers.ts'

const shipped = readFileSync(`${ROOT}/schema/jdlint.schema.json`, 'utf8')
const schema = JSON.parse(shipped) as {properties: {rules: {properties: Record<string, {description: string}>}}}

describe('schema/jdlint.schema.json', () => {
  it('is the schema made from the rules (run npm run build after changing a rule)', () => {
    expect(shipped).toBe(configSchemaText(rules))
  })

  it("describes every rule, and only the rules, with the rule's own description and default severity", () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.id).sort())
    for (const rule of rules) {
      const description = schema.properties.rules.properties[rule.id]?.description
      expect(description, rule.id).toContain(rule.description)
      expect(description, rule.id).toMatch(new RegExp(`Default: ${rule.severity}\\.$`))
    }
  })
})
