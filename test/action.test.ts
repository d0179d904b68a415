// The composite GitHub Action, run here as a runner would run it: its own steps from action.yml,
// with `${{ github.action_path }}` a copy of this tree (no dist/, no node_modules, as GitHub checks
// it out) and `${{ inputs.* }}` given, against a workspace of postings. Only GitHub itself is
// missing: the steps run with bash the way `shell: bash` does.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {beforeAll, describe, expect, it} from 'vitest'
import {sarifValidator} from './sarif-schema.ts'
import {CLEAN_PM, MIXED, MIXED_LINE, tempDir, treeCopy} from './helpers.ts'

interface Step {
  name: string
  run?: string
  shell?: string
  env?: Record<string, string>
  'working-directory'?: string
}
interface Action {
  inputs: Record<string, {default?: string}>
  runs: {using: string; steps: Step[]}
}

const ROOT = new URL('..', import.meta.url).pathname
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {dependencies: Record<string, string>; devDependencies: Record<string, string>}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {packages: Record<string, {dev?: boolean}>}
const buildTools = JSON.parse(readFileSync(join(ROOT, 'scripts/package.json'), 'utf8')) as {dependencies: Record<string, string>}

let actionPath = ''
let workspace = ''

/** Runs one step of the action with the given inputs, as a runner's `shell: bash` does. */
function runStep(step: Step, inputs: Record<string, string> = {}) {
  const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']))
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*(?:github\.action_path|inputs\.([\w-]+))\s*\}\}/g, (_, input?: string) => {
      if (input === undefined) return actionPath
      if (!(input in values)) throw new Error(`action.yml uses an input it does not declare: ${input}`)
      return values[input]!
    })
  expect(step.shell, step.name).toBe('bash')
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(?:GITHUB_|RUNNER_|INPUT_)/.test(key)))
  const done = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run!)], {
    cwd: step['working-directory'] ? expand(step['working-directory']) : workspace,
    // npm takes packages from its cache when it has them (`npm ci` before the tests fills it),
    // so this runs offline; a runner fetches them from the registry.
    env: {...env, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)])), GITHUB_ACTION_PATH: actionPath, NO_COLOR: '1', npm_config_prefer_offline: 'true'},
    encoding: 'utf8',
  })
  return {code: done.status, stdout: done.stdout, stderr: done.stderr}
}

const step = (name: RegExp) => {
  const found = action.runs.steps.find((s) => name.test(s.name))
  if (!found) throw new Error(`action.yml has no step named like ${name}`)
  return found
}

describe('the GitHub Action, run from a checkout of this tree', () => {
  beforeAll(() => {
    actionPath = treeCopy('jdlint-action-')
    workspace = tempDir({'careers/courier-app.md': MIXED, 'careers/route-planning.md': CLEAN_PM}, 'jdlint-workspace-')
    expect(existsSync(join(actionPath, 'dist'))).toBe(false)
  })

  it('installs what running needs and builds, without the development tool chain', () => {
    const install = runStep(step(/install/i))
    expect(install.code, install.stderr).toBe(0)
    expect(existsSync(join(actionPath, 'dist/cli.cjs'))).toBe(true)
    const has = (where: string, name: string) => existsSync(join(actionPath, where, name, 'package.json'))
    for (const name of Object.keys(pkg.dependencies)) expect(has('node_modules', name), name).toBe(true)
    // Nothing package-lock.json marks as needed only for development (vitest, TypeScript, esbuild, ...).
    const devOnly = Object.entries(lock.packages).filter(([where, entry]) => where.startsWith('node_modules/') && entry.dev)
    expect(devOnly.map(([where]) => where)).toContain('node_modules/vitest')
    for (const [where] of devOnly) expect(existsSync(join(actionPath, where)), where).toBe(false)
    for (const name of Object.keys(buildTools.dependencies)) expect(has('scripts/node_modules', name), `build tool ${name}`).toBe(true)
  }, 300_000)

  it('annotates the mixed posting and fails the step, and writes a valid SARIF report', () => {
    const run = runStep(step(/run/i), {files: 'careers/', 'sarif-file': 'jdlint.sarif'})
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`^::error file=careers/courier-app\\.md,line=${MIXED_LINE},col=3,.*title=jdlint \\(no-mixed-duties\\)::`, 'm'))
    expect(run.stdout).not.toContain('route-planning.md')
    const log = JSON.parse(readFileSync(join(workspace, 'jdlint.sarif'), 'utf8')) as {runs: {results: {ruleId: string}[]}[]}
    expect(sarifValidator()(log), JSON.stringify(sarifValidator().errors)).toBe(true)
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('no-mixed-duties')
  })

  it('passes a clean posting', () => {
    const run = runStep(step(/run/i), {files: 'careers/route-planning.md'})
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).not.toMatch(/^::error/m)
  })
})

describe('the build tools in scripts/package.json', () => {
  const imports = ['build.mjs', 'gen-validators.mjs', 'gen-stems.mjs'].flatMap((file) =>
    [...readFileSync(join(ROOT, 'scripts', file), 'utf8').matchAll(/^import .* from '([^'.][^']*)'$/gm)].map((m) => m[1]!.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1')),
  )

  it('are every package the build imports beyond the runtime dependencies', () => {
    const needed = [...new Set(imports.filter((name) => !name.startsWith('node:') && !(name in pkg.dependencies)))].sort()
    expect(needed).toContain('esbuild')
    expect(Object.keys(buildTools.dependencies).sort()).toEqual(needed)
  })

  it('are pinned at the versions of package.json', () => {
    for (const [name, version] of Object.entries(buildTools.dependencies)) expect(version, name).toBe(pkg.devDependencies[name])
  })
})
