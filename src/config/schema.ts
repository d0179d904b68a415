// The JSON Schema of a config file, made from the rules' own metadata: scripts/gen-schema.mjs
// writes it to schema/jdlint.schema.json at build time (editors read it through `$schema`; the
// config validator is compiled from it), and a test checks the file is what this makes.
import type {Family, Role, SeverityName} from '../model.ts'

/** What the schema says of a rule. */
export interface SchemaRule {
  id: string
  description: string
  severity: SeverityName
}

/** What each duty family holds, for `vocabulary`. */
const FAMILY_DESCRIPTIONS: Record<Family, string> = {
  'pm.research': 'Market and user research: customer needs, competitors, discovery, interviews.',
  'pm.strategy': 'Strategy and positioning: problems, segments, value proposition, vision.',
  'pm.roadmap': 'Roadmap prioritization: owning the roadmap, trade-offs between opportunities.',
  'pm.metrics': 'Success metrics: KPIs, OKRs, instrumentation, analytics.',
  'pm.alignment': 'Cross-functional alignment on strategy and priorities.',
  'po.requirements': 'Requirements clarity: user stories, acceptance criteria, specs.',
  'po.engineering': 'Engineering partnership: daily work with engineers on feasibility and trade-offs.',
  'po.scope': 'Scope management: protecting scope, triaging bugs and requests.',
  'po.sprint': 'Sprint and execution: standups, sprint planning, backlog refinement, unblocking.',
  'po.stakeholders': 'Stakeholder education: explaining what ships and its limits, setting expectations.',
}

/** What each role class holds, for `titles`. */
const ROLE_DESCRIPTIONS: Record<Role, string> = {
  pm: 'Titles of Product Manager roles.',
  po: 'Titles of Product Owner roles.',
  combined: 'Titles of roles that are both, such as "PM/PO".',
  other: 'Titles of other roles (Scrum Master, Project Manager...).',
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)
const each = <K extends string>(descriptions: Record<K, string>, ref: string) =>
  Object.fromEntries(Object.entries<string>(descriptions).map(([key, description]) => [key, {$ref: ref, description}]))

/** The config file's JSON Schema (draft-07) for these rules, in the order given. */
export function configSchema(rules: readonly SchemaRule[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/jdlint/jdlint/main/schema/jdlint.schema.json',
    title: 'jdlint configuration',
    description:
      'Configuration of jdlint, the linter for job postings: .jdlintrc.json, .jdlintrc.yaml, jdlint.config.js or the "jdlint" key of package.json. The nearest one to a linted file applies.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string', description: 'The JSON Schema of this file, for editor completion.'},
      rules: {
        type: 'object',
        description: 'Severity and options per rule: "off", "warn", "error" (or 0, 1, 2), or [severity, {options}]. Rules left out keep their default severity.',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, {$ref: '#/definitions/ruleSetting', description: `${sentence(r.description)} Default: ${r.severity}.`}])),
      },
      vocabulary: {
        type: 'object',
        description: 'Phrases to add to a duty family, for example {"po.sprint": ["run the weekly demo"]}.',
        additionalProperties: false,
        properties: each(FAMILY_DESCRIPTIONS, '#/definitions/phrases'),
      },
      titles: {
        type: 'object',
        description: 'Role title patterns to add per role class, for example {"pm": ["Product Lead"]}.',
        additionalProperties: false,
        properties: each(ROLE_DESCRIPTIONS, '#/definitions/phrases'),
      },
      ignores: {type: 'array', description: 'Files not to lint, as gitignore-style globs.', items: {type: 'string'}},
    },
    definitions: {
      severity: {description: '"off" or 0, "warn" or 1, "error" or 2.', enum: ['off', 'warn', 'error', 0, 1, 2]},
      ruleSetting: {
        if: {type: 'array'},
        then: {
          type: 'array',
          items: [{$ref: '#/definitions/severity'}, {type: 'object', description: 'Options of the rule; keys left out keep their defaults.'}],
          minItems: 1,
          additionalItems: false,
        },
        else: {$ref: '#/definitions/severity'},
      },
      phrases: {type: 'array', items: {type: 'string', pattern: '\\S', description: 'A phrase or pattern; it must not be blank.'}},
    },
  }
}

/** The schema as schema/jdlint.schema.json holds it. */
export function configSchemaText(rules: readonly SchemaRule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`
}
