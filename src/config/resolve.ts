import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {lilconfigSync, type Loader, type LoaderSync} from 'lilconfig'
import schema from '../../schema/jdlint.schema.json' with {type: 'json'}
import {nearestNames, orList} from '../suggest.ts'
import {displayPath} from '../files/paths.ts'
import {importModule} from './importer.ts'
import {loadYaml} from '../lazy.ts'
import validateShape, {type ShapeError} from '../generated/config-validator.js'
import {resolveSetting, SEVERITIES, type RuleDefinition, type RuleSettingResolved} from '../rule.ts'
import type {Family, Role, SeverityName} from '../model.ts'

/** A severity by name or by ESLint's number. */
export type SeverityValue = SeverityName | 0 | 1 | 2

/** How a config sets one rule: a severity, or a severity and options. */
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?]

/** The contents of a config file (`.jdlintrc.json`, `package.json#jdlint`...), validated. */
export interface JdlintConfig {
  rules?: Record<string, RuleSetting>
  /** Phrases added to duty families. */
  vocabulary?: Partial<Record<Family, string[]>>
  /** Title patterns added to role classes. */
  titles?: Partial<Record<Role, string[]>>
  /** Gitignore-style globs of files not to lint. */
  ignores?: string[]
}

/** The configuration that applies to one file: every rule, with defaults filled in. */
export interface ResolvedConfig {
  rules: Record<string, RuleSettingResolved>
  vocabulary: Partial<Record<Family, string[]>>
  titles: Partial<Record<Role, string[]>>
  ignores: string[]
  /** The config file it came from, or null when none applies. */
  filepath: string | null
}

/** What config handling needs to know of a rule. */
export type RuleInfo = Pick<RuleDefinition, 'id' | 'severity' | 'options'>

/** A bad config, flag or config file; the message is one line: `<file>: <key path>: <problem>`. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(source: string, keyPath: string, detail: string) {
    super([source, keyPath, detail].filter(Boolean).join(': ').replace(/\s*\n\s*/g, ' '))
  }
}

const SEARCH_PLACES = ['.jdlintrc.json', '.jdlintrc.yaml', '.jdlintrc.yml', 'jdlint.config.js', 'jdlint.config.mjs', 'package.json']
const NOUNS: Record<string, string> = {'': 'key', '/rules': 'rule', '/vocabulary': 'duty family', '/titles': 'role'}

/** The rule ids the JSON Schema lists; they must equal the rule catalogue's. */
export function schemaRuleIds(): string[] {
  return Object.keys(schema.properties.rules.properties)
}

/**
 * Checks a config object: its shape against the JSON Schema, then each rule's options against
 * the rule's defaults (an unknown key or a value of another type than the default is an error;
 * nested objects and arrays are checked the same way, but nested keys the defaults lack are
 * allowed). Throws a one-line {@link ConfigError} naming `source` and the key.
 */
export function validateConfig(raw: unknown, source: string, rules: readonly Pick<RuleDefinition, 'id' | 'options'>[]): JdlintConfig {
  checkShape(raw, source)
  const config = raw as JdlintConfig
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rules.find((r) => r.id === id)
    if (!rule) throw new ConfigError(source, `rules.${id}`, unknown('rule', id, rules.map((r) => r.id)))
    if (Array.isArray(setting) && setting[1]) checkOptions(setting[1], rule, source)
  }
  return config
}

function checkShape(raw: unknown, source: string): void {
  if (validateShape(raw)) return
  const error = validateShape.errors![0]!
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
  const value = segments.reduce<unknown>((data, key) => (data as Record<string, unknown>)[key], raw)
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty)
    const node = segments.reduce<{properties?: Record<string, unknown>}>((s, k) => s.properties![k] as typeof s, schema)
    const noun = NOUNS[error.instancePath] ?? 'key'
    throw new ConfigError(source, keyPath(raw, [...segments, key]), unknown(noun, key, Object.keys(node.properties!)))
  }
  throw new ConfigError(source, keyPath(raw, segments), describe(error, value))
}

function describe(error: ShapeError, value: unknown): string {
  switch (error.keyword) {
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map(show).join(', ')}, got ${show(value)}`
    case 'type':
      return `expected ${String(error.params.type).replaceAll(',', ' or ')}, got ${kindOf(value)}`
    // Only a rule setting is a tuple.
    case 'minItems':
    case 'additionalItems':
      return `expected [severity] or [severity, {options}], got ${(value as unknown[]).length} items`
    // The schema's only pattern asks for a non-blank phrase.
    case 'pattern':
      return `expected a non-blank string, got ${show(value)}`
    default:
      return error.message ?? error.keyword
  }
}

function checkOptions(options: Record<string, unknown>, rule: Pick<RuleDefinition, 'id' | 'options'>, source: string): void {
  const allowed = Object.keys(rule.options)
  for (const [key, value] of Object.entries(options)) {
    const at = `rules.${rule.id}[1].${key}`
    if (!Object.hasOwn(rule.options, key)) {
      const detail = allowed.length === 0 ? `unknown option; ${rule.id} takes no options` : unknown(`option of ${rule.id}`, key, allowed)
      throw new ConfigError(source, at, detail)
    }
    checkValue(value, rule.options[key], at, source)
  }
}

/** Loose structural check of an option value against its default. */
function checkValue(value: unknown, fallback: unknown, at: string, source: string): void {
  if (fallback === null || fallback === undefined) return
  const expected = kindOf(fallback)
  if (kindOf(value) !== expected) throw new ConfigError(source, at, `expected ${expected}, got ${kindOf(value)}`)
  if (Array.isArray(value) && Array.isArray(fallback) && fallback.length > 0) {
    value.forEach((item, i) => checkValue(item, fallback[0], `${at}[${i}]`, source))
  } else if (expected === 'object') {
    const defaults = fallback as Record<string, unknown>
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (Object.hasOwn(defaults, key)) checkValue(item, defaults[key], `${at}.${key}`, source)
    }
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

/** A scalar as written in JSON; an object or array by its kind, which is shorter. */
function show(value: unknown): string {
  return typeof value === 'object' && value !== null ? kindOf(value) : JSON.stringify(value)
}

function unknown(noun: string, name: string, candidates: readonly string[]): string {
  const near = nearestNames(name, candidates)
  return near.length > 0 ? `unknown ${noun}; did you mean ${orList(near)}?` : `unknown ${noun}; allowed: ${candidates.join(', ')}`
}

/** `rules.salary-band[1].bands` from path segments, indexing where the data is an array. */
function keyPath(raw: unknown, segments: readonly string[]): string {
  let data = raw
  let out = ''
  for (const segment of segments) {
    out += Array.isArray(data) ? `[${segment}]` : out ? `.${segment}` : segment
    data = (data as Record<string, unknown> | undefined)?.[segment]
  }
  return out
}

/**
 * Parses one `--rule` value: `id: severity`, `id: [severity, {options}]`, several of those
 * separated by commas, or a JSON object. Bare words are read as strings, as ESLint's levn does.
 */
export function parseRuleFlag(text: string): Record<string, RuleSetting> {
  const trimmed = text.trim()
  const quoted = trimmed.replace(/"(?:[^"\\]|\\.)*"|(?<![\w.-])[A-Za-z_][\w.-]*/g, (token) =>
    token.startsWith('"') || /^(?:true|false|null)$/.test(token) ? token : JSON.stringify(token),
  )
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed.startsWith('{') ? quoted : `{${quoted}}`)
  } catch {
    parsed = undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError('--rule', '', `cannot read ${JSON.stringify(text)}; expected "<rule-id>: <severity>", "<rule-id>: [<severity>, {options}]" or a JSON object`)
  }
  checkShape({rules: parsed}, '--rule')
  return parsed as Record<string, RuleSetting>
}

/**
 * Reads one config file by its kind (JSON, YAML, JS/MJS default export, `package.json#jdlint`)
 * without validating it. Syntax errors name the file, line and column.
 */
export async function loadConfigFile(file: string, cwd = process.cwd()): Promise<{config: unknown; filepath: string}> {
  const filepath = path.resolve(cwd, file)
  const name = displayPath(filepath, cwd)
  // Said first: a folder named like a config file (team.json/) would otherwise fail as unreadable.
  if ((await stat(filepath).catch(() => null))?.isDirectory()) throw new ConfigError(name, '', 'is a directory, not a config file')
  const loader = loaders(cwd)[path.extname(filepath)]
  if (!loader) throw new ConfigError(name, '', 'unsupported config file; use .json, .yaml, .yml, .js or .mjs')
  let content: string
  try {
    content = await readFile(filepath, 'utf8')
  } catch (error) {
    throw new ConfigError(name, '', `cannot read config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const loaded = (await loader(filepath, content)) as unknown
  if (path.basename(filepath) !== 'package.json') return {config: loaded, filepath}
  const config = (loaded as Record<string, unknown> | null)?.jdlint
  if (config === undefined) throw new ConfigError(name, '', 'no "jdlint" key')
  return {config, filepath}
}

/** Loads and validates one config file and returns the configuration it gives every rule. */
export async function loadConfig(file: string, rules: readonly RuleInfo[], cwd = process.cwd()): Promise<ResolvedConfig> {
  const {config, filepath} = await loadConfigFile(file, cwd)
  return resolve(validateConfig(config, sourceName(filepath, cwd), rules), filepath, rules)
}

/** How the CLI asks for configs: `--config`, `--no-config` and the `--rule` overrides. */
export interface ConfigResolverOptions {
  cwd: string
  /** Use this file (relative to `cwd`) for every linted file. */
  configPath?: string
  /** Use no config file: rule defaults and `overrides` only. */
  noConfig?: boolean
  rules: readonly RuleInfo[]
  /** Settings from `--rule`, which win over any config. */
  overrides?: Record<string, RuleSetting>
}

/**
 * Finds the config of each linted file: the nearest config file in the file's folder or above,
 * up to the filesystem root. The nearest file applies alone (parent configs are not merged), as
 * in ESLint's flat config. `configPath` uses that one file for every file; `noConfig` none.
 * `overrides` (from `--rule`) win over any config.
 */
export class ConfigResolver {
  readonly #opts: ConfigResolverOptions
  readonly #search: ReturnType<typeof lilconfigSync>
  readonly #importJs: Loader
  readonly #byDir = new Map<string, Promise<ResolvedConfig>>()
  readonly #byFile = new Map<string | null, ResolvedConfig>()

  constructor(opts: ConfigResolverOptions) {
    if (opts.overrides) validateConfig({rules: opts.overrides}, '--rule', opts.rules)
    this.#opts = opts
    // The search is synchronous: it checks a few names in every folder up to the root, and each
    // asynchronous check waits for Node's thread pool (2.5 to 11 ms in all against 1 ms here). A
    // JavaScript config it finds is imported afterwards (see #searchFrom).
    const all = loaders(opts.cwd)
    this.#importJs = all['.js']
    this.#search = lilconfigSync('jdlint', {searchPlaces: SEARCH_PLACES, loaders: {...all, '.js': importLater, '.mjs': importLater}, stopDir: path.parse(path.resolve(opts.cwd)).root})
  }

  /** The configuration for one file (absolute path); cached per folder. */
  forFile(absPath: string): Promise<ResolvedConfig> {
    const {cwd, configPath, noConfig} = this.#opts
    const dir = path.dirname(absPath)
    // With --config or --no-config every folder gets the same answer.
    const key = noConfig || configPath ? '' : dir
    let found = this.#byDir.get(key)
    if (!found) {
      const loaded = noConfig ? Promise.resolve(null) : configPath ? loadConfigFile(configPath, cwd) : this.#searchFrom(dir)
      found = loaded.then((result) => this.#resolve(result))
      this.#byDir.set(key, found)
    }
    return found
  }

  /** The nearest config file from `dir` up, loaded (a JavaScript one imported now). */
  async #searchFrom(dir: string): Promise<{config: unknown; filepath: string} | null> {
    const found = this.#search.search(dir)
    if (!found || !(found.config instanceof ImportLater)) return found
    return {...found, config: await this.#importJs(found.filepath, '')}
  }

  #resolve(result: {config: unknown; filepath: string} | null): ResolvedConfig {
    const filepath = result?.filepath ?? null
    let resolved = this.#byFile.get(filepath)
    if (!resolved) {
      const {cwd, rules, overrides} = this.#opts
      const config = result ? validateConfig(result.config ?? {}, sourceName(result.filepath, cwd), rules) : null
      resolved = resolve(config, filepath, rules, overrides)
      this.#byFile.set(filepath, resolved)
    }
    return resolved
  }
}

/** A config given as an object (the remark plugin's options), validated and resolved as a file's would be. */
export function resolveConfigObject(raw: unknown, source: string, rules: readonly RuleInfo[]): ResolvedConfig {
  return resolve(validateConfig(raw ?? {}, source, rules), null, rules)
}

function resolve(config: JdlintConfig | null, filepath: string | null, rules: readonly RuleInfo[], overrides: Record<string, RuleSetting> = {}): ResolvedConfig {
  const resolved: ResolvedConfig['rules'] = {}
  for (const rule of rules) {
    resolved[rule.id] = resolveSetting(rule, [split(config?.rules?.[rule.id]), split(overrides[rule.id])])
  }
  return {rules: resolved, vocabulary: config?.vocabulary ?? {}, titles: config?.titles ?? {}, ignores: config?.ignores ?? [], filepath}
}

function split(setting: RuleSetting | undefined): {severity?: 0 | 1 | 2; options?: Record<string, unknown>} {
  if (setting === undefined) return {}
  const [level, options] = Array.isArray(setting) ? setting : [setting]
  return {severity: typeof level === 'number' ? level : SEVERITIES[level], options}
}

/** What the synchronous search gives for a JavaScript config: the file, to import once found. */
class ImportLater {}
const importLater: LoaderSync = () => new ImportLater()

/** Loaders that report syntax errors with the file's path relative to `cwd`, line and column (all but the JavaScript one synchronous). */
function loaders(cwd: string): Record<string, LoaderSync> & {'.js': Loader; '.mjs': Loader} {
  const js: Loader = async (filepath) => {
    let module: {default?: unknown}
    try {
      module = (await importModule(pathToFileURL(filepath).href)) as {default?: unknown}
    } catch (error) {
      throw new ConfigError(displayPath(filepath, cwd), '', `cannot load: ${String((error as Error).message ?? error).split('\n')[0]}`)
    }
    if (module.default === undefined) throw new ConfigError(displayPath(filepath, cwd), '', 'expected a default export with the configuration')
    return module.default
  }
  const yaml: LoaderSync = (filepath, content) => {
    // Loaded on demand: most projects have no YAML config, and yaml is the largest dependency.
    const {parseDocument} = loadYaml()
    const document = parseDocument(content)
    const [error] = document.errors
    if (error) {
      const at = error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : ''
      throw new ConfigError(displayPath(filepath, cwd) + at, '', `invalid YAML: ${error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')}`)
    }
    try {
      // An empty document (only comments) is an empty config.
      return (document.toJS() as unknown) ?? {}
    } catch (aliasError) {
      // toJS throws only when aliases expand past yaml's limit (a "billion laughs" file).
      throw new ConfigError(displayPath(filepath, cwd), '', `invalid YAML: ${(aliasError as Error).message}`)
    }
  }
  const json: LoaderSync = (filepath, content) => {
    const text = content.replace(/^\uFEFF/, '')
    if (text.trim() === '') return {}
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      const offset = jsonErrorOffset(text)
      const before = text.slice(0, offset)
      const line = before.split('\n').length
      const column = offset - before.lastIndexOf('\n')
      const detail = (error as Error).message.replace(/, (?:\.\.\.)?"[\s\S]* is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '')
      throw new ConfigError(`${displayPath(filepath, cwd)}:${line}:${column}`, '', `invalid JSON: ${detail}`)
    }
  }
  return {'.json': json, '.yaml': yaml, '.yml': yaml, '.js': js, '.mjs': js}
}

/**
 * Offset of the first syntax error in `text`, which JSON.parse rejected. Node 20's messages
 * give a position only for some errors ("Unexpected token" has none), so scan for it.
 */
function jsonErrorOffset(text: string): number {
  const whitespace = /[ \t\n\r]*/y
  const token = /[{}[\]:,]|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
  // The closing brackets owed, innermost last, and what may come next.
  const closers: string[] = []
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value'
  let closable = false
  let offset = 0
  for (;;) {
    whitespace.lastIndex = offset
    const start = offset + whitespace.exec(text)![0].length
    token.lastIndex = start
    const t = token.exec(text)?.[0]
    if (t === undefined) return start
    offset = start + t.length
    const justOpened = closable
    closable = false
    if ((expect === 'next' || justOpened) && t === closers.at(-1)) {
      closers.pop()
      expect = 'next'
    } else if (expect === 'next') {
      if (t !== ',' || closers.length === 0) return start
      expect = closers.at(-1) === '}' ? 'key' : 'value'
    } else if (expect === 'colon') {
      if (t !== ':') return start
      expect = 'value'
    } else if (expect === 'key') {
      if (!t.startsWith('"')) return start
      expect = 'colon'
    } else if (t === '{' || t === '[') {
      closers.push(t === '{' ? '}' : ']')
      expect = t === '{' ? 'key' : 'value'
      closable = true
    } else if ('}]:,'.includes(t)) {
      return start
    } else {
      expect = 'next'
    }
  }
}

/** How errors name a config: the path, plus `#jdlint` for package.json. */
function sourceName(filepath: string, cwd: string): string {
  return displayPath(filepath, cwd) + (path.basename(filepath) === 'package.json' ? '#jdlint' : '')
}
