// End to end, the two ways docs/integration.md sets up a hook: a plain git hook that runs the
// built jdlint on the staged Markdown files, and the pre-commit framework installing jdlint from
// a hook repository built from this tree (.pre-commit-hooks.yaml, `npm install` and `npm pack`).
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {CLEAN_PM, MIXED, MIXED_LINE, tempDir, treeCopy} from './helpers.ts'

const BIN = fileURLToPath(new URL('../bin/jdlint.js', import.meta.url))
const ROOT = fileURLToPath(new URL('..', import.meta.url))


const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

// The hook from docs/integration.md, calling the built bin instead of `npx jdlint`.
const HOOK = `#!/bin/sh
# Lint the Markdown files staged for this commit; an error-level finding stops the commit.
git diff --cached --quiet --diff-filter=ACM -- '*.md' '*.markdown' && exit 0
git diff --cached --name-only -z --diff-filter=ACM -- '*.md' '*.markdown' |
  xargs -0 ${shellQuote(process.execPath)} ${shellQuote(BIN)}
`

let repo = ''
// No variable from an enclosing git process (a hook running this suite) may point git at
// another repository, and no user or system config may change how the commit runs.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')))
Object.assign(env, {GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1'})

function run(command: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const done = spawnSync(command, args, {cwd, env: {...env, ...extraEnv}, encoding: 'utf8'})
  return {code: done.status, output: `${done.stdout}${done.stderr}`}
}

const gitIn = (cwd: string, ...args: string[]) => run('git', args, cwd)
const git = (...args: string[]) => gitIn(repo, ...args)

function commitsIn(cwd: string): number {
  const count = gitIn(cwd, 'rev-list', '--count', 'HEAD')
  return count.code === 0 ? Number(count.output.trim()) : 0
}
const commits = () => commitsIn(repo)

/** Makes `dir` a git repository with a committer, no signing, and the given `git config` settings. */
function gitInit(dir: string, settings: [string, string][] = []): string {
  for (const args of [['init', '--quiet', '--initial-branch=main'], ...[['user.name', 'Hiring Team'], ['user.email', 'hiring@example.com'], ['commit.gpgsign', 'false'], ...settings].map((kv) => ['config', ...kv])]) {
    expect(gitIn(dir, ...args).code).toBe(0)
  }
  return dir
}

const gitRepo = (prefix: string, settings: [string, string][] = []) => gitInit(tempDir({}, prefix), settings)

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.cjs'))) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'})
  repo = gitRepo('jdlint-hook-', [['core.hooksPath', '.git/hooks']])
  writeFileSync(join(repo, '.git/hooks/pre-commit'), HOOK)
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755)
})

// One repository, one history: the steps run in order.
describe('pre-commit hook running jdlint', () => {
  it('lets a commit without Markdown through', () => {
    writeFileSync(join(repo, 'notes.txt'), 'Interview loop: two rounds.\n')
    git('add', 'notes.txt')
    const run = git('commit', '-m', 'Add interview notes')
    expect(run.code, run.output).toBe(0)
    expect(commits()).toBe(1)
  })

  it('refuses a posting that mixes the roles, and shows the findings', () => {
    writeFileSync(join(repo, 'courier app.md'), MIXED)
    git('add', 'courier app.md')
    const run = git('commit', '-m', 'Add the courier app posting')
    expect(run.code).not.toBe(0)
    expect(run.output).toContain('courier app.md')
    expect(run.output).toMatch(new RegExp(`^\\s+${MIXED_LINE}:3\\s+error\\s+.+\\s{2}no-mixed-duties$`, 'm'))
    expect(run.output).toMatch(/✖ \d+ problems? \(\d+ errors?/)
    expect(commits()).toBe(1)
  })

  it('commits a clean posting', () => {
    git('reset', '--quiet')
    rmSync(join(repo, 'courier app.md'))
    writeFileSync(join(repo, 'route-planning.md'), CLEAN_PM)
    git('add', 'route-planning.md')
    const run = git('commit', '-m', 'Add the route planning posting')
    expect(run.code, run.output).toBe(0)
    // The hook ran and linted it.
    expect(run.output).toContain('no problems')
    expect(commits()).toBe(2)
  })

  it('refuses a clean posting edited into a mixed one', () => {
    writeFileSync(join(repo, 'route-planning.md'), CLEAN_PM.replace('- Own the invoicing roadmap and explain why it is ordered the way it is', '- Own the invoicing roadmap and run sprint planning with the developers'))
    git('add', 'route-planning.md')
    const run = git('commit', '-m', 'Widen the route planning role')
    expect(run.code).not.toBe(0)
    expect(run.output).toContain('no-mixed-duties')
    expect(commits()).toBe(2)
  })

  it('lets a deletion through: deleted files are not linted', () => {
    git('checkout', '--quiet', 'HEAD', '--', 'route-planning.md')
    git('rm', '--quiet', 'route-planning.md')
    const run = git('commit', '-m', 'Close the route planning role')
    expect(run.code, run.output).toBe(0)
    expect(commits()).toBe(3)
  })
})

const preCommitVersion = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'})
const PRE_COMMIT = preCommitVersion.status === 0 ? preCommitVersion.stdout.trim() : ''
const IN_CI = process.env.CI === 'true'
const MISSING = 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)'

// Outside CI a machine without pre-commit skips this, saying why; under CI=true it fails.
const SKIP = !PRE_COMMIT && !IN_CI
if (SKIP) console.warn(`the pre-commit framework tests are skipped: ${MISSING}`)

describe.skipIf(SKIP)(`the pre-commit framework installing the jdlint hook (${PRE_COMMIT || MISSING})`, () => {
  let careers = ''
  let home = ''
  // The hook's npm install takes packages from npm's cache when it has them (the `npm ci` before
  // the tests fills it), so the test runs offline; without them it needs the registry.
  const hookEnv = () => ({PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true'})
  const preCommit = (...args: string[]) => run('pre-commit', args, careers, hookEnv())

  beforeAll(() => {
    if (!PRE_COMMIT) throw new Error(`${MISSING}; under CI=true the pre-commit framework must be tested`)
    // The hook repository is this tree as it would be committed: tracked and new files, no dist/
    // and no node_modules. pre-commit installs it the way it installs jdlint's own repository at
    // a tag: npm install (whose prepare builds dist/), npm pack, npm install -g of the tarball.
    const hooks = gitInit(treeCopy('jdlint-hook-repo-'))
    expect(existsSync(join(hooks, '.pre-commit-hooks.yaml'))).toBe(true)
    expect(existsSync(join(hooks, 'dist'))).toBe(false)
    gitIn(hooks, 'add', '--all')
    expect(gitIn(hooks, 'commit', '--quiet', '-m', 'jdlint as it stands').code).toBe(0)
    const rev = gitIn(hooks, 'rev-parse', 'HEAD').output.trim()

    home = tempDir({}, 'jdlint-pre-commit-home-')
    careers = gitRepo('jdlint-careers-')
    writeFileSync(join(careers, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: jdlint\n`)
    writeFileSync(join(careers, 'courier-app.md'), MIXED)
    writeFileSync(join(careers, 'route-planning.md'), CLEAN_PM)
    gitIn(careers, 'add', '.pre-commit-config.yaml')
    expect(gitIn(careers, 'commit', '--quiet', '-m', 'Lint postings with jdlint').code).toBe(0)
  }, 300_000)

  it('installs the hook, and `pre-commit run --files` fails on a mixed posting with the finding', () => {
    const hook = preCommit('run', '--files', 'courier-app.md')
    expect(hook.code, hook.output).toBe(1)
    expect(hook.output).toMatch(/^jdlint\.+Failed$/m)
    expect(hook.output).toContain('courier-app.md')
    expect(hook.output).toMatch(new RegExp(`^\\s+${MIXED_LINE}:3\\s+error\\s+.+\\s{2}no-mixed-duties$`, 'm'))
  }, 300_000)

  it('passes a clean posting', () => {
    const hook = preCommit('run', '--files', 'route-planning.md')
    expect(hook.code, hook.output).toBe(0)
    expect(hook.output).toMatch(/^jdlint\.+Passed$/m)
  })

  it('blocks a real git commit of the mixed posting and lets the clean one through', () => {
    expect(preCommit('install').code).toBe(0)
    gitIn(careers, 'add', 'courier-app.md')
    const blocked = run('git', ['commit', '-m', 'Add the courier app posting'], careers, hookEnv())
    expect(blocked.code).not.toBe(0)
    expect(blocked.output).toMatch(/^jdlint\.+Failed$/m)
    expect(blocked.output).toContain('no-mixed-duties')
    expect(commitsIn(careers)).toBe(1)

    gitIn(careers, 'reset', '--quiet')
    gitIn(careers, 'add', 'route-planning.md')
    const passed = run('git', ['commit', '-m', 'Add the route planning posting'], careers, hookEnv())
    expect(passed.code, passed.output).toBe(0)
    expect(passed.output).toMatch(/^jdlint\.+Passed$/m)
    expect(commitsIn(careers)).toBe(2)
  })
})
