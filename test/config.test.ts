import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {lintFiles} from '../src/index.ts'
import {MIXED, MIXED_LINE, MIXED_LINE_TEXT, tempDir} from './helpers.ts'
import {ConfigError, ConfigResolver, loadConfig, loadConfigFile, parseRuleFlag, schemaRuleIds, validateConfig, type RuleInfo} from '../src/config/resolve.ts'

/** The catalogue's ids with made-up options, so the option checks are tested on known shapes. */
const RULE_IDS = [
  'no-mixed-duties',
  'no-two-jobs',
  'title-matches-duties',
  'no-execution-in-pm-role',
  'no-strategy-in-po-role',
  'no-detached-pm',
  'require-accountability',
  'require-success-criteria',
  'stage-fit',
  'no-unvalidated-customer-voice',
  'salary-band',
]
const OPTIONS: Record<string, Record<string, unknown>> = {
  'salary-band': {currency: 'USD', bands: {pm: {'b-c': [200000, 250000]}}},
  'stage-fit': {maxEngineers: 10, info: true},
}
const RULES: RuleInfo[] = RULE_IDS.map((id, i) => ({id, severity: i < 3 ? 'error' : 'warn', options: OPTIONS[id] ?? {}}))


/** The ConfigError message a promise or function fails with. */
async function errorOf(run: () => unknown): Promise<string> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected a ConfigError')
}

describe('schema', () => {
  it('lists exactly the rule ids of the catalogue', () => {
    expect(schemaRuleIds().sort()).toEqual(rules.map((r) => r.id).sort())
  })
})

describe('discovery', () => {
  const kinds: Record<string, string> = {
    '.jdlintrc.json': '{"rules": {"no-two-jobs": "warn"}}',
    '.jdlintrc.yaml': 'rules:\n  no-two-jobs: warn\n',
    '.jdlintrc.yml': 'rules:\n  no-two-jobs: warn\n',
    'jdlint.config.js': 'export default {rules: {"no-two-jobs": "warn"}}\n',
    'jdlint.config.mjs': 'export default {rules: {"no-two-jobs": 1}}\n',
    'package.json': '{"name": "x", "type": "module", "jdlint": {"rules": {"no-two-jobs": ["warn"]}}}',
  }
  for (const [name, text] of Object.entries(kinds)) {
    it(`finds ${name} above the linted file`, async () => {
      // jdlint.config.js is ESM only inside a "type": "module" package.
      const extra: Record<string, string> = name === 'jdlint.config.js' ? {'package.json': '{"type": "module"}'} : {}
      const cwd = tempDir({[name]: text, ...extra, 'jobs/pm/senior.md': '# PM\n'})
      const config = await new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'jobs/pm/senior.md'))
      expect(config.filepath).toBe(path.join(cwd, name))
      expect(config.rules['no-two-jobs']!.severity).toBe(1)
      expect(config.rules['no-mixed-duties']!.severity).toBe(2)
      expect(config.rules['salary-band']).toEqual({severity: 1, options: OPTIONS['salary-band']})
    })
  }

  it('uses the nearest config alone, without merging the parent', async () => {
    const cwd = tempDir({
      '.jdlintrc.json': '{"rules": {"no-two-jobs": "off", "salary-band": "off"}}',
      'team/.jdlintrc.yaml': 'rules:\n  no-two-jobs: error\n',
    })
    const resolver = new ConfigResolver({cwd, rules: RULES})
    const top = await resolver.forFile(path.join(cwd, 'a.md'))
    const team = await resolver.forFile(path.join(cwd, 'team/deep/b.md'))
    expect(top.rules['no-two-jobs']!.severity).toBe(0)
    expect(team.filepath).toBe(path.join(cwd, 'team/.jdlintrc.yaml'))
    expect(team.rules['no-two-jobs']!.severity).toBe(2)
    expect(team.rules['salary-band']!.severity).toBe(1)
  })

  it('lints each file of one run with its own folder\'s config, and the run\'s options with every config', async () => {
    const silenced = MIXED.replace(MIXED_LINE_TEXT, `${MIXED_LINE_TEXT} <!-- jdlint-disable-line no-mixed-duties -->`)
    const cwd = tempDir({
      '.jdlintrc.json': '{"rules": {"no-mixed-duties": "off"}}',
      'a.md': MIXED,
      'b.md': silenced,
      'team/.jdlintrc.json': '{"rules": {"no-mixed-duties": "error"}}',
      'team/c.md': MIXED,
      'team/d.md': silenced,
    })
    const mixedLines = async (options: {inlineConfig?: boolean}) => {
      const {results} = await lintFiles(['.'], {cwd, concurrency: 1, ...options})
      return Object.fromEntries(results.map((r) => [path.relative(cwd, r.filePath), r.messages.filter((m) => m.ruleId === 'no-mixed-duties').map((m) => m.line)]))
    }
    expect(await mixedLines({})).toEqual({'a.md': [], 'b.md': [], [path.join('team', 'c.md')]: [MIXED_LINE], [path.join('team', 'd.md')]: []})
    expect(await mixedLines({inlineConfig: false})).toEqual({'a.md': [], 'b.md': [], [path.join('team', 'c.md')]: [MIXED_LINE], [path.join('team', 'd.md')]: [MIXED_LINE]})
  })

  it('skips a package.json without a jdlint key', async () => {
    const cwd = tempDir({'.jdlintrc.json': '{"rules": {"stage-fit": "off"}}', 'sub/package.json': '{"name": "sub"}'})
    const config = await new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'sub/a.md'))
    expect(config.filepath).toBe(path.join(cwd, '.jdlintrc.json'))
  })

  it('uses only the file given with --config', async () => {
    const cwd = tempDir({'.jdlintrc.json': '{"rules": {"no-two-jobs": "off"}}', 'ci/strict.yaml': 'rules:\n  stage-fit: error\n'})
    const config = await new ConfigResolver({cwd, rules: RULES, configPath: 'ci/strict.yaml'}).forFile(path.join(cwd, 'a.md'))
    expect(config.filepath).toBe(path.join(cwd, 'ci/strict.yaml'))
    expect(config.rules['stage-fit']!.severity).toBe(2)
    expect(config.rules['no-two-jobs']!.severity).toBe(2)
  })

  it('uses rule defaults with --no-config', async () => {
    const cwd = tempDir({'.jdlintrc.json': '{"rules": {"no-two-jobs": "off"}}'})
    const config = await new ConfigResolver({cwd, rules: RULES, noConfig: true}).forFile(path.join(cwd, 'a.md'))
    expect(config).toEqual({
      rules: Object.fromEntries(RULES.map((r) => [r.id, {severity: r.severity === 'error' ? 2 : 1, options: r.options}])),
      vocabulary: {},
      titles: {},
      ignores: [],
      filepath: null,
    })
  })

  it('lets --rule win over the config, keeping the config options it does not set', async () => {
    const cwd = tempDir({'.jdlintrc.json': '{"rules": {"salary-band": ["error", {"currency": "EUR"}], "no-two-jobs": "off"}}'})
    const overrides = parseRuleFlag('salary-band: warn, no-two-jobs: [error]')
    const config = await new ConfigResolver({cwd, rules: RULES, overrides}).forFile(path.join(cwd, 'a.md'))
    expect(config.rules['salary-band']).toEqual({severity: 1, options: {...OPTIONS['salary-band'], currency: 'EUR'}})
    expect(config.rules['no-two-jobs']!.severity).toBe(2)
  })

  it('prints as JSON for --print-config, with vocabulary, titles and ignores', async () => {
    const cwd = tempDir({
      '.jdlintrc.yaml': 'vocabulary:\n  po.sprint: [run the weekly demo]\ntitles:\n  pm: [Product Lead]\nignores: [drafts/]\n',
    })
    const config = await new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'a.md'))
    const printed = JSON.parse(JSON.stringify(config, null, 2))
    expect(printed.vocabulary).toEqual({'po.sprint': ['run the weekly demo']})
    expect(printed.titles).toEqual({pm: ['Product Lead']})
    expect(printed.ignores).toEqual(['drafts/'])
  })

  it('loadConfig loads, validates and fills in one file', async () => {
    const cwd = tempDir({'conf.json': '{"rules": {"stage-fit": ["warn", {"maxEngineers": 20}]}}'})
    const config = await loadConfig(path.join(cwd, 'conf.json'), RULES)
    expect(config.rules['stage-fit']).toEqual({severity: 1, options: {maxEngineers: 20, info: true}})
  })
})

describe('broken config files', () => {
  it('gives the line and column of a JSON syntax error', async () => {
    const cwd = tempDir({'.jdlintrc.json': '{\n  "rules": {\n    "no-two-jobs": ,\n  }\n}\n'})
    const message = await errorOf(() => new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'a.md')))
    expect(message).toBe(".jdlintrc.json:3:20: invalid JSON: Unexpected token ','")
  })

  it('points at a trailing comma and at a missing closing brace', async () => {
    const trailing = tempDir({'c.json': '{"rules": {"no-two-jobs": "off",}}'})
    expect(await errorOf(() => loadConfigFile('c.json', trailing))).toMatch(/^c\.json:1:33: invalid JSON: /)
    const unclosed = tempDir({'c.json': '{\n  "rules": {}\n'})
    expect(await errorOf(() => loadConfigFile('c.json', unclosed))).toMatch(/^c\.json:3:1: invalid JSON: /)
  })

  it('gives the line and column of a YAML syntax error', async () => {
    const cwd = tempDir({'.jdlintrc.yaml': 'rules:\n  no-two-jobs: warn\n  no-two-jobs: error\n'})
    const message = await errorOf(() => new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'a.md')))
    expect(message).toBe('.jdlintrc.yaml:3:3: invalid YAML: Map keys must be unique')
  })

  it('names a config in a subfolder by its path from the cwd', async () => {
    const cwd = tempDir({'team/.jdlintrc.yml': 'rules: [\n'})
    const message = await errorOf(() => new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'team/a.md')))
    expect(message).toMatch(new RegExp(`^team\\${path.sep}\\.jdlintrc\\.yml:\\d+:\\d+: invalid YAML: `))
  })

  it('reports a JS config that throws or has no default export', async () => {
    const cwd = tempDir({'a.mjs': 'throw new Error("boom")\n', 'b.mjs': 'export const rules = {}\n'})
    expect(await errorOf(() => loadConfigFile('a.mjs', cwd))).toBe('a.mjs: cannot load: boom')
    expect(await errorOf(() => loadConfigFile('b.mjs', cwd))).toBe('b.mjs: expected a default export with the configuration')
  })

  it('reports a missing --config file and an unsupported kind', async () => {
    const cwd = tempDir({'conf.toml': 'x = 1\n'})
    expect(await errorOf(() => loadConfigFile('nope.json', cwd))).toBe('nope.json: cannot read config file (ENOENT)')
    expect(await errorOf(() => loadConfigFile('conf.toml', cwd))).toBe('conf.toml: unsupported config file; use .json, .yaml, .yml, .js or .mjs')
  })

  it('validates the config a discovered file holds', async () => {
    const cwd = tempDir({'package.json': '{"jdlint": {"rules": {"no-two-job": "warn"}}}'})
    const message = await errorOf(() => new ConfigResolver({cwd, rules: RULES}).forFile(path.join(cwd, 'a.md')))
    expect(message).toBe('package.json#jdlint: rules.no-two-job: unknown rule; did you mean no-two-jobs?')
  })
})

describe('validateConfig', () => {
  const check = (raw: unknown) => errorOf(() => validateConfig(raw, '.jdlintrc.json', RULES))

  it('accepts every documented form', () => {
    const raw = {
      $schema: './node_modules/jdlint/schema/jdlint.schema.json',
      rules: {'no-two-jobs': 'off', 'stage-fit': 0, 'salary-band': ['error', {currency: 'EUR', bands: {po: {'b-c': [140000, 180000]}}}], 'no-detached-pm': ['warn']},
      vocabulary: {'po.sprint': ['run the weekly demo']},
      titles: {combined: ['PM/PO']},
      ignores: ['drafts/**'],
    }
    expect(validateConfig(raw, '.jdlintrc.json', RULES)).toBe(raw)
  })

  it('suggests the nearest rule ids for an unknown one', async () => {
    expect(await check({rules: {'no-two-job': 'warn'}})).toBe('.jdlintrc.json: rules.no-two-job: unknown rule; did you mean no-two-jobs?')
    expect(await check({rules: {'require-succes': 'warn'}})).toBe(
      '.jdlintrc.json: rules.require-succes: unknown rule; did you mean require-success-criteria?',
    )
    expect(await check({rules: {strategy: 'warn'}})).toBe('.jdlintrc.json: rules.strategy: unknown rule; did you mean no-strategy-in-po-role?')
  })

  it('lists what is allowed when nothing is near', async () => {
    expect(await check({colour: true})).toBe('.jdlintrc.json: colour: unknown key; allowed: $schema, rules, vocabulary, titles, ignores')
    expect(await check({rule: {}})).toBe('.jdlintrc.json: rule: unknown key; did you mean rules?')
  })

  it('names the allowed severities', async () => {
    expect(await check({rules: {'no-two-jobs': 'warning'}})).toBe(
      '.jdlintrc.json: rules.no-two-jobs: expected one of "off", "warn", "error", 0, 1, 2, got "warning"',
    )
    expect(await check({rules: {'no-two-jobs': ['on']}})).toBe(
      '.jdlintrc.json: rules.no-two-jobs[0]: expected one of "off", "warn", "error", 0, 1, 2, got "on"',
    )
    expect(await check({rules: {'no-two-jobs': ['warn', {}, {}]}})).toBe(
      '.jdlintrc.json: rules.no-two-jobs: expected [severity] or [severity, {options}], got 3 items',
    )
  })

  it('checks rule options against their defaults', async () => {
    expect(await check({rules: {'salary-band': ['warn', {curency: 'EUR'}]}})).toBe(
      '.jdlintrc.json: rules.salary-band[1].curency: unknown option of salary-band; did you mean currency?',
    )
    expect(await check({rules: {'stage-fit': ['warn', {toString: 'x'}]}})).toMatch(/^\.jdlintrc\.json: rules\.stage-fit\[1\]\.toString: unknown option of stage-fit; allowed: maxEngineers, info$/)
    expect(await check({rules: {'no-two-jobs': ['warn', {threshold: 3}]}})).toBe(
      '.jdlintrc.json: rules.no-two-jobs[1].threshold: unknown option; no-two-jobs takes no options',
    )
    expect(await check({rules: {'salary-band': ['warn', 'EUR']}})).toBe('.jdlintrc.json: rules.salary-band[1]: expected object, got string')
    expect(await check({rules: {'salary-band': ['warn', {bands: 'high'}]}})).toBe('.jdlintrc.json: rules.salary-band[1].bands: expected object, got string')
    expect(await check({rules: {'salary-band': ['warn', {bands: {pm: {'b-c': [200000, '250k']}}}]}})).toBe(
      '.jdlintrc.json: rules.salary-band[1].bands.pm.b-c[1]: expected number, got string',
    )
    expect(await check({rules: {'stage-fit': ['warn', {info: 'yes'}]}})).toBe('.jdlintrc.json: rules.stage-fit[1].info: expected boolean, got string')
  })

  it('checks vocabulary families, title roles and ignores', async () => {
    expect(await check({vocabulary: {'po.sprints': ['demo day']}})).toBe('.jdlintrc.json: vocabulary.po.sprints: unknown duty family; did you mean po.sprint?')
    expect(await check({vocabulary: {'po.sprint': 'demo day'}})).toBe('.jdlintrc.json: vocabulary.po.sprint: expected array, got string')
    expect(await check({vocabulary: {'po.sprint': ['  ']}})).toBe('.jdlintrc.json: vocabulary.po.sprint[0]: expected a non-blank string, got "  "')
    expect(await check({titles: {manager: ['Lead']}})).toBe('.jdlintrc.json: titles.manager: unknown role; allowed: pm, po, combined, other')
    expect(await check({ignores: 'drafts/'})).toBe('.jdlintrc.json: ignores: expected array, got string')
    expect(await check([])).toBe('.jdlintrc.json: expected object, got array')
  })
})

describe('parseRuleFlag', () => {
  it('reads id: severity, id: [severity, {options}], several at once, and JSON', () => {
    expect(parseRuleFlag('no-two-jobs: warn')).toEqual({'no-two-jobs': 'warn'})
    expect(parseRuleFlag('no-two-jobs:2')).toEqual({'no-two-jobs': 2})
    expect(parseRuleFlag('salary-band: [warn, {"currency": "EUR"}]')).toEqual({'salary-band': ['warn', {currency: 'EUR'}]})
    expect(parseRuleFlag('salary-band: [error, {currency: EUR}], stage-fit: off')).toEqual({
      'salary-band': ['error', {currency: 'EUR'}],
      'stage-fit': 'off',
    })
    expect(parseRuleFlag('{"no-two-jobs": "off"}')).toEqual({'no-two-jobs': 'off'})
  })

  it('rejects bad text, unknown ids and bad severities naming --rule', async () => {
    expect(await errorOf(() => parseRuleFlag('no-two-jobs warn'))).toBe(
      '--rule: cannot read "no-two-jobs warn"; expected "<rule-id>: <severity>", "<rule-id>: [<severity>, {options}]" or a JSON object',
    )
    expect(await errorOf(() => parseRuleFlag('no-two-job: warn'))).toBe('--rule: rules.no-two-job: unknown rule; did you mean no-two-jobs?')
    expect(await errorOf(() => parseRuleFlag('no-two-jobs: high'))).toBe(
      '--rule: rules.no-two-jobs: expected one of "off", "warn", "error", 0, 1, 2, got "high"',
    )
  })

  it('checks --rule options against the rule when the resolver is built', async () => {
    const overrides = parseRuleFlag('salary-band: [warn, {"currancy": "EUR"}]')
    expect(await errorOf(() => new ConfigResolver({cwd: tempDir(), rules: RULES, overrides}))).toBe(
      '--rule: rules.salary-band[1].currancy: unknown option of salary-band; did you mean currency?',
    )
  })
})
