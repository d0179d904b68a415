// jdlint as a unified plugin, through a real host: remark-cli loads `jdlint/remark` by package
// name from a project's node_modules, as a user's `.remarkrc.json` or `--use` would. The package
// is linked there (node_modules/jdlint -> this repository): its dependencies then resolve from the
// repository's own node_modules, as they would from an install.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from './helpers.ts'

const ROOT = join(import.meta.dirname, '..')
const REMARK = join(ROOT, 'node_modules', 'remark-cli', 'cli.js')

const POSTING = `---
title: Senior Product Manager
stage: Series B
salary: $120,000 - $140,000
---

# Senior Product Manager

We are a Series B company with 40 engineers.

## What you will do

- Own the product roadmap and run sprint planning every two weeks
- Interview customers and turn what you learn into the strategy
- Write detailed user stories with acceptance criteria
- Groom the backlog <!-- jdlint-disable-line no-execution-in-pm-role -- kept on purpose -->

\`\`\`
Series C, 12 teams
\`\`\`
`

const PO_WORK = `# Product Manager

## Responsibilities

- Write user stories with acceptance criteria
- Run sprint planning and daily standups
- Groom the backlog every week
`

type Finding = [line: number, ruleId: string, severity: 'error' | 'warning']

interface Plugin {
  default: (options?: unknown) => (tree: unknown, file: VFile) => void
  preset: {plugins: unknown[]}
}

let plugin: Plugin

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/remark.js')) || !existsSync(join(ROOT, 'dist/cli.cjs'))) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'})
  plugin = (await import(join(ROOT, 'dist/remark.js'))) as Plugin
})

/** A project folder holding `files`, with jdlint and remark-frontmatter in its node_modules. */
function project(files: Record<string, string>): string {
  const dir = tempDir(files, 'jdlint-remark-')
  execFileSync('mkdir', ['-p', join(dir, 'node_modules')])
  symlinkSync(ROOT, join(dir, 'node_modules', 'jdlint'), 'dir')
  symlinkSync(join(ROOT, 'node_modules', 'remark-frontmatter'), join(dir, 'node_modules', 'remark-frontmatter'), 'dir')
  return dir
}

/** jdlint's own findings on a file, from its JSON output. */
function jdlintFindings(dir: string, file: string): Finding[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/jdlint.js'), '--format', 'json', file], {cwd: dir, encoding: 'utf8'})
  const [result] = JSON.parse(run.stdout) as {messages: {line: number; ruleId: string; severity: number}[]}[]
  return result!.messages.map((m): Finding => [m.line, m.ruleId, m.severity === 2 ? 'error' : 'warning'])
}

/** The findings remark-cli reports for jdlint (vfile-reporter's lines: `3:1-3:28 warning ... rule-id jdlint`). */
function remarkFindings(output: string): Finding[] {
  const out: Finding[] = []
  for (const line of output.split('\n')) {
    const m = /^\s*(\d+):\d+(?:-\d+:\d+)?\s+(error|warning)\s.*\s(\S+)\s+jdlint\s*$/.exec(line)
    if (m) out.push([Number(m[1]), m[3]!, m[2] as Finding[2]])
  }
  return out
}

const sorted = (findings: Finding[]) => [...findings].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))

describe('jdlint/remark in remark-cli', () => {
  it('reports the same rule ids on the same lines, with the same severities, as jdlint', () => {
    const dir = project({'posting.md': POSTING})
    const remark = spawnSync(process.execPath, [REMARK, '--no-color', '--no-stdout', '--use', 'remark-frontmatter', '--use', 'jdlint/remark', 'posting.md'], {cwd: dir, encoding: 'utf8'})
    const expected = jdlintFindings(dir, 'posting.md')
    expect(expected.map((f) => f[1])).toEqual(expect.arrayContaining(['no-mixed-duties', 'no-execution-in-pm-role', 'salary-band']))
    expect(sorted(remarkFindings(remark.stderr))).toEqual(sorted(expected))
    // An error finding fails the run, as it fails jdlint.
    expect(remark.status).toBe(1)
  })

  it('reads a posting whose front matter is never closed as jdlint does (its list is still a list)', () => {
    const text = '---\ntitle: Product Manager\n\n# Product Manager\n\n- Own the roadmap and run sprint planning\n'
    const dir = project({'posting.md': text})
    const remark = spawnSync(process.execPath, [REMARK, '--no-color', '--no-stdout', '--use', 'remark-frontmatter', '--use', 'jdlint/remark', 'posting.md'], {cwd: dir, encoding: 'utf8'})
    // Both say the front matter is never closed (a finding without a rule id); the rules' findings agree.
    expect(remark.stderr).toMatch(/^\s*1:1\S*\s+warning\s+Front matter .* never closed/m)
    const expected = jdlintFindings(dir, 'posting.md').filter((f) => f[1] !== null)
    expect(expected).toContainEqual([6, 'no-mixed-duties', 'error'])
    expect(sorted(remarkFindings(remark.stderr).filter((f) => f[0] !== 1))).toEqual(sorted(expected))
    // The duty is the list item's text, after its bullet.
    expect(remark.stderr).toMatch(/^\s*6:3-6:42\s+error\s.*no-mixed-duties/m)
  })

  it('takes its options from .remarkrc.json, in the shape of a jdlint config', () => {
    const config = {rules: {'no-mixed-duties': 'off', 'no-two-jobs': 'off', 'no-execution-in-pm-role': 'off'}}
    const rc = {plugins: ['remark-frontmatter', ['jdlint/remark', config]]}
    const dir = project({'posting.md': POSTING, '.remarkrc.json': JSON.stringify(rc), '.jdlintrc.json': JSON.stringify(config)})
    const remark = spawnSync(process.execPath, [REMARK, '--no-color', '--no-stdout', 'posting.md'], {cwd: dir, encoding: 'utf8'})
    const found = remarkFindings(remark.stderr)
    expect(found.map((f) => f[1])).not.toContain('no-mixed-duties')
    expect(sorted(found)).toEqual(sorted(jdlintFindings(dir, 'posting.md')))
    expect(found.length).toBeGreaterThan(0)
    expect(remark.status).toBe(found.some((f) => f[2] === 'error') ? 1 : 0)
  })
})

describe('jdlint/remark in a unified pipeline', () => {
  const lint = (text: string, options?: unknown) => {
    const file = new VFile({value: text, path: 'posting.md'})
    const processor = unified().use(remarkParse).use(plugin.preset as never)
    if (options !== undefined) processor.use(plugin.default as never, options)
    processor.runSync(processor.parse(file), file)
    return file
  }

  it('reports on the host\'s VFile with its own VFileMessage class, as remark-lint rules do', () => {
    const file = lint(POSTING)
    const mixed = file.messages.find((m) => m.ruleId === 'no-mixed-duties')
    expect(mixed).toBeInstanceOf(VFileMessage)
    expect(mixed).toMatchObject({source: 'jdlint', fatal: true, line: 13, column: 3, url: expect.stringContaining('#no-mixed-duties')})
    expect(mixed!.place).toMatchObject({start: {line: 13, column: 3}, end: {line: 13}})
    const salary = file.messages.find((m) => m.ruleId === 'salary-band')
    expect(salary).toMatchObject({fatal: false, line: 4})
  })

  it('reads a file with a byte order mark at the same places as one without', () => {
    const places = (file: VFile) => file.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.place && 'end' in m.place ? m.place.end.column : ''}`)
    expect(places(lint(`\uFEFF${POSTING}`))).toEqual(places(lint(POSTING)))
  })

  it('reads a file whose value is bytes (as to-vfile gives it) at the same places as its text', () => {
    const places = (file: VFile) => file.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)
    const bytes = new VFile({value: new Uint8Array(Buffer.from(POSTING)), path: 'posting.md'})
    const processor = unified().use(remarkParse).use(plugin.preset as never)
    processor.runSync(processor.parse(bytes), bytes)
    expect(places(bytes)).toContain('no-mixed-duties@13:3')
    expect(places(bytes)).toEqual(places(lint(POSTING)))
  })

  it('applies the posting\'s directives, and keeps what they silenced on file.data', () => {
    const file = lint(POSTING)
    expect(file.messages.filter((m) => m.ruleId === 'no-execution-in-pm-role').map((m) => m.line)).not.toContain(16)
    expect(file.data.jdlint).toMatchObject({posting: {role: 'pm', stage: 'b-c'}, suppressed: [{ruleId: 'no-execution-in-pm-role', line: 16}]})
  })

  it('offers the retitled heading as the expected text where the duties are another role\'s', () => {
    const file = lint(PO_WORK)
    expect(file.messages.find((m) => m.ruleId === 'title-matches-duties')).toMatchObject({expected: ['# Product Owner'], line: 1})
  })

  it('refuses options a jdlint config would refuse, naming them', () => {
    expect(() => lint(POSTING, {rules: {'no-such-rule': 'off'}})).toThrow(/no-such-rule/)
  })
})

describe('the package as a library', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {types: string; exports: Record<string, string | Record<string, string>>}

  it('names only files the build makes', () => {
    const named = [pkg.types, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))]
    expect(named.filter((f) => !existsSync(join(ROOT, f)))).toEqual([])
  })

  it('leaves unified, vfile and the mdast utilities to the host', () => {
    const library = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))
    const code = library.map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8')).join('\n')
    for (const name of ['unified', 'vfile', 'remark-parse', 'remark-frontmatter']) expect(code).toMatch(new RegExp(`from\\s*["']${name}["']`))
    // vfile itself is not inside (the command's bundle, which has it, holds this message).
    expect(code).not.toContain('cannot contain multiple dots')
    expect(readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8')).toContain('cannot contain multiple dots')
  })

  it('gives a TypeScript consumer the types of both entries', () => {
    const consumer = `import {lintText, type LintResult} from 'jdlint'
import remarkJdlint, {preset} from 'jdlint/remark'
const result: LintResult = lintText('# Product Manager')
const transformer = remarkJdlint({rules: {'no-mixed-duties': 'warn'}})
console.log(result.errorCount, typeof transformer, preset.plugins?.length)
// @ts-expect-error a LintResult has no such field
console.log(result.noSuchField)
// @ts-expect-error options are a jdlint config
remarkJdlint({rules: 3})
`
    const dir = project({'package.json': '{"type": "module"}', 'consumer.ts': consumer})
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
    const run = spawnSync(process.execPath, [tsc, '--ignoreConfig', 'consumer.ts', '--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2023', '--skipLibCheck', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types')], {cwd: dir, encoding: 'utf8'})
    expect(run.stdout + run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
