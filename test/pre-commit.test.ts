// End to end: a real git repository whose pre-commit hook runs the built jdlint on the staged
// Markdown files, the way docs/integration.md tells users to set it up.
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const BIN = fileURLToPath(new URL('../bin/jdlint.js', import.meta.url))
const ROOT = fileURLToPath(new URL('..', import.meta.url))

const CLEAN_PM = `# Product Manager, Route Planning

We build route planning software for regional couriers, and we are hiring a Product Manager to decide where it goes next.

## What you will own

You are accountable for the route planning roadmap and for choosing which courier problems we solve first.

- Ride along with couriers every month to see where their routes go wrong
- Own the route planning roadmap and explain the reasoning behind its order
- Define the metrics that show whether a release shortened the working day
- Partner with the engineering lead on feasibility before we commit to a direction

## What success looks like

Success in this role means couriers finish their rounds earlier each quarter, and the whole team can say why the roadmap is ordered as it is.
`

const MIXED_LINE_TEXT = '- Own the courier app roadmap and run sprint planning with the developers'
const MIXED = `# Product Manager, Courier App

We make the app couriers use on the road. You are accountable for the courier app roadmap.

## Responsibilities

- Interview couriers about the deliveries that go wrong
${MIXED_LINE_TEXT}
- Define the metrics that tell us whether a release worked
- Work closely with engineering on feasibility

## Success in this role

Success in this role means fewer failed deliveries within a year.
`
const MIXED_LINE = MIXED.split('\n').indexOf(MIXED_LINE_TEXT) + 1

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

function git(...args: string[]) {
  const run = spawnSync('git', args, {cwd: repo, env, encoding: 'utf8'})
  return {code: run.status, output: `${run.stdout}${run.stderr}`}
}

function commits(): number {
  const run = git('rev-list', '--count', 'HEAD')
  return run.code === 0 ? Number(run.output.trim()) : 0
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.cjs'))) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'})
  repo = mkdtempSync(join(tmpdir(), 'jdlint-hook-'))
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['config', 'user.name', 'Hiring Team'],
    ['config', 'user.email', 'hiring@example.com'],
    ['config', 'commit.gpgsign', 'false'],
    ['config', 'core.hooksPath', '.git/hooks'],
  ]) {
    expect(git(...args).code).toBe(0)
  }
  writeFileSync(join(repo, '.git/hooks/pre-commit'), HOOK)
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755)
})

afterAll(() => {
  if (repo) rmSync(repo, {recursive: true, force: true})
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
    writeFileSync(join(repo, 'route-planning.md'), CLEAN_PM.replace('- Own the route planning roadmap and explain the reasoning behind its order', '- Own the route planning roadmap and run sprint planning with the developers'))
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
