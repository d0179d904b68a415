// The CLI as a user meets it: run(argv, io) called in process in temporary folders of postings
// written here, judged by exit code, stdout, stderr and the files it writes. A few tests run the
// built bin as a process, for what only a process has: its exit code and a terminal.
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, createReadStream, existsSync, lstatSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {beforeAll, describe, expect, it} from 'vitest'
import {sarifValidator} from './sarif-schema.ts'
import {BIN, CLEAN_PM, ensureBuilt, jdlint, lines, MIXED, MIXED_LINE, MIXED_LINE_TEXT, plainEnv, ROOT, shellQuote, spawnJdlint, tempDir as project, type Run} from './helpers.ts'

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version
const ANSI = /\u001b\[/

/** A PM posting whose only problem is a warning: one line of PO execution work. */
const WARN_ONLY = `# Product Manager, Reporting

We build reporting tools for dental clinics. You are accountable for the reporting roadmap and for deciding which clinic problems we solve first.

## Responsibilities

- Interview practice managers to learn which reports they rebuild by hand
- Own the reporting roadmap and decide what comes first
- Define the metrics that show whether a report saves time
- Work closely with the engineering lead on feasibility
- Write the acceptance criteria for each release

## Success in this role

Success in this role means practice managers stop exporting to spreadsheets within a year.
`

const SCRUM_MASTER = `# Scrum Master, Platform Team

We run a platform team of six engineers and need a Scrum Master to help it work well.

## Responsibilities

You are accountable for the health of the team's process.

- Facilitate the daily stand-up, reviews and retrospectives
- Coach the team on Scrum and help it remove impediments
- Raise delivery risks early

## Success in this role

The team meets its commitments and says its ceremonies are worth the time.
`

interface JsonMessage {
  ruleId: string | null
  messageId?: string
  severity: number
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  suppressions?: {kind: string; justification: string}[]
}

interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  suppressedMessages: JsonMessage[]
  errorCount: number
  warningCount: number
  posting: {title: string; role: string; roleSource: string; stage: string} | null
}

beforeAll(ensureBuilt)

// util-linux `script` gives the CLI a pseudo-terminal, as a user's shell would.
const SCRIPT = process.platform === 'linux' && existsSync('/usr/bin/script')

/** Runs the bin on a terminal; stdout and stderr both arrive on stdout, with CRLF line ends. */
function inTerminal(cwd: string, args: string[]): Promise<Run> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ')
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], {cwd, env: plainEnv()})
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.on('error', fail)
    child.on('close', (code) => done({code, stdout, stderr: ''}))
    child.stdin.end()
  })
}

function json(run: Run): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[]
}

/** `rule-id:severity` of each finding in one result. */
function findings(result: JsonResult | undefined): string[] {
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'problem'}:${m.severity}`)
}

function byName(results: JsonResult[], name: string): JsonResult | undefined {
  return results.find((r) => r.filePath.endsWith(`/${name}`))
}

/** Stylish finding lines: `line:column  severity  message  rule-id`, split on the column gaps. */
function findingRows(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((l) => /^\s+\d+:\d+\s/.test(l))
    .map((l) => l.trim().split(/ {2,}/))
}


describe.concurrent('jdlint CLI: output and exit codes', () => {
  it('a clean posting: exit 0, nothing on stderr, the role and stage read', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM})
    const run = await jdlint(dir, ['pm.md'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(findingRows(run.stdout)).toEqual([])
    expect(run.stdout).toContain('role: pm (title)')
    expect(run.stdout).toMatch(/stage: unknown/)
    expect(run.stdout).toMatch(/no problems/)
  })

  it('a posting that mixes the roles: exit 1, findings as `line:column  severity  message  rule-id`', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const run = await jdlint(dir, ['mixed.md'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const out = run.stdout.split('\n')
    expect(out).toContain('mixed.md')
    const rows = findingRows(run.stdout)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row, row.join(' | ')).toHaveLength(4)
      expect(row[0]).toMatch(/^\d+:\d+$/)
      expect(['error', 'warning']).toContain(row[1])
      expect(row[2]).not.toBe('')
      expect(row[3]).toMatch(/^[a-z]+(?:-[a-z]+)+$/)
    }
    const mixed = rows.find((r) => r[3] === 'no-mixed-duties')
    expect(mixed?.slice(0, 2)).toEqual([`${MIXED_LINE}:3`, 'error'])
    // Findings sit under their file's header; the summary counts them.
    const header = out.indexOf('mixed.md')
    const firstRow = out.findIndex((l) => /^\s+\d+:\d+\s/.test(l))
    expect(firstRow).toBeGreaterThan(header)
    expect(run.stdout).toMatch(/role: pm \(title\)\s+·\s+stage: unknown/)
    expect(run.stdout).toMatch(new RegExp(`✖ ${rows.length} problems? \\(\\d+ errors?, \\d+ warnings?\\)`))
  })

  it('groups findings by file, in the order given, with one summary line', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'mixed.md': MIXED, 'scrum-master.md': SCRUM_MASTER, 'series-b.md': `---\nstage: b-c\n---\n${CLEAN_PM}`})
    const run = await jdlint(dir, ['pm.md', 'mixed.md', 'scrum-master.md', 'series-b.md'])
    expect(run.code).toBe(1)
    const out = run.stdout.split('\n')
    const at = (name: string) => out.findIndex((l) => l.includes(name))
    expect(at('pm.md')).toBeGreaterThanOrEqual(0)
    expect(at('pm.md')).toBeLessThan(at('mixed.md'))
    expect(at('mixed.md')).toBeLessThan(at('scrum-master.md'))
    // Every finding row belongs to mixed.md: between its header and the next file.
    const rowIndexes = out.flatMap((l, i) => (/^\s+\d+:\d+\s/.test(l) ? [i] : []))
    expect(rowIndexes.every((i) => i > at('mixed.md') && i < at('scrum-master.md'))).toBe(true)
    expect(out.filter((l) => /^✖ \d+ problems?/.test(l))).toHaveLength(1)
    expect(out.find((l) => l.includes('pm.md'))).toMatch(/role: pm \(title\)/)
    expect(out.find((l) => l.includes('scrum-master.md'))).toMatch(/role: other \(title\)/)
    // Where the stage was read from, too.
    expect(run.stdout).toMatch(/role: pm \(title\)\s+·\s+stage: b-c \(front-matter\)/)
  })

  it('no colour when piped or with --no-color; colour with --color', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const [piped, noColor, color] = await Promise.all([
      jdlint(dir, ['mixed.md']),
      jdlint(dir, ['--no-color', 'mixed.md']),
      jdlint(dir, ['--color', 'mixed.md']),
    ])
    expect(piped.stdout).not.toMatch(ANSI)
    expect(noColor.stdout).not.toMatch(ANSI)
    expect(noColor.stdout).toBe(piped.stdout)
    expect(color.stdout).toMatch(ANSI)
    expect(color.stdout.replace(/\u001b\[[\d;]*m/g, '')).toBe(piped.stdout)
    expect([piped.code, noColor.code, color.code]).toEqual([1, 1, 1])
  })

  it.skipIf(!SCRIPT)('colour on a terminal, none there with --no-color', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const [tty, ttyNoColor] = await Promise.all([inTerminal(dir, ['mixed.md']), inTerminal(dir, ['--no-color', 'mixed.md'])])
    expect(tty.stdout).toMatch(ANSI)
    expect(tty.stdout).toContain('no-mixed-duties')
    expect(ttyNoColor.stdout).not.toMatch(ANSI)
    expect(ttyNoColor.stdout).toContain('no-mixed-duties')
  })

  it('on a terminal (and no NO_COLOR) the output is coloured; NO_COLOR or --no-color turn it off', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const [tty, noColorEnv, noColorFlag] = await Promise.all([
      jdlint(dir, ['mixed.md'], {isTTY: true}),
      jdlint(dir, ['mixed.md'], {isTTY: true, env: {NO_COLOR: '1'}}),
      jdlint(dir, ['--no-color', 'mixed.md'], {isTTY: true}),
    ])
    expect(tty.stdout).toMatch(ANSI)
    expect(noColorEnv.stdout).not.toMatch(ANSI)
    expect(noColorFlag.stdout).not.toMatch(ANSI)
    expect(noColorEnv.stdout).toBe(tty.stdout.replace(/\u001b\[[\d;]*m/g, ''))
  })

  it('a real process exits 0 when clean, 1 on error findings, 2 on a usage error', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'mixed.md': MIXED})
    const [clean, mixed, usage] = await Promise.all([spawnJdlint(dir, ['pm.md']), spawnJdlint(dir, ['mixed.md']), spawnJdlint(dir, ['--bogus', 'pm.md'])])
    expect([clean.code, clean.stderr]).toEqual([0, ''])
    expect(clean.stdout).toMatch(/no problems/)
    expect(mixed.code).toBe(1)
    expect(mixed.stdout).toContain('no-mixed-duties')
    expect(usage.code).toBe(2)
    expect(usage.stdout).toBe('')
    expect(usage.stderr).toMatch(/^jdlint: .*--bogus/)
  })

  it('loading the command does no work: the bundle only exports run, main and worker until one is called', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const script = `const cli = require(${JSON.stringify(join(ROOT, 'dist/cli.cjs'))}); console.log(Object.keys(cli).sort().join(' '))`
    const loaded = await spawnJdlint(dir, [], {shell: `${shellQuote(process.execPath)} -e ${shellQuote(script)} mixed.md`})
    expect(loaded).toMatchObject({code: 0, stdout: 'main run worker\n', stderr: ''})
  })

  it('--version prints the package version; --help prints usage; both exit 0', async ({expect}) => {
    const dir = project()
    const [version, help] = await Promise.all([jdlint(dir, ['--version']), jdlint(dir, ['--help'])])
    expect(version).toEqual({code: 0, stdout: `${VERSION}\n`, stderr: ''})
    expect(help.code).toBe(0)
    expect(help.stderr).toBe('')
    expect(help.stdout).toMatch(/^Usage: jdlint/m)
    for (const flag of ['--format', '--quiet', '--max-warnings', '--no-color', '--stdin', '--stdin-filename', '--config', '--no-config', '--print-config', '--rule', '--no-inline-config', '--report-unused-disable-directives', '--ignore-pattern', '--no-error-on-unmatched-pattern', '--output-file']) {
      expect(help.stdout).toContain(flag)
    }
  })

  it('usage errors exit 2 with the problem on stderr and nothing on stdout', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM})
    const cases = await Promise.all([
      jdlint(dir, ['--bogus', 'pm.md']),
      jdlint(dir, []),
      jdlint(dir, ['--format', 'xml', 'pm.md']),
    ])
    for (const run of cases) {
      expect(run.code, run.stderr).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^jdlint: /)
    }
    expect(cases[0]!.stderr).toContain('--bogus')
    expect(cases[2]!.stderr).toContain('xml')
  })
})

describe.concurrent('jdlint CLI: the rules and explain commands', () => {
  it('`jdlint rules` lists every rule; with --format json (before or after the command) as JSON', async ({expect}) => {
    const dir = project()
    const [plain, after, before] = await Promise.all([jdlint(dir, ['rules']), jdlint(dir, ['rules', '--format', 'json']), jdlint(dir, ['-f', 'json', 'rules'])])
    expect([plain.code, plain.stderr]).toEqual([0, ''])
    expect(plain.stdout).toMatch(/^no-mixed-duties\s+error\s+One duty line/m)
    expect(plain.stdout).not.toMatch(ANSI)
    const listed = JSON.parse(after.stdout) as {id: string; severity: string}[]
    expect(listed.map((r) => r.id)).toContain('no-execution-in-pm-role')
    expect(before.stdout).toBe(after.stdout)
    expect((await jdlint(dir, ['rules', '--color'])).stdout).toMatch(ANSI)
  })

  it('`jdlint explain <id>` explains a rule; an unknown id or a format it lacks is one line, exit 2', async ({expect}) => {
    const dir = project()
    const [known, typo, missing, sarif] = await Promise.all([
      jdlint(dir, ['explain', 'no-mixed-duties']),
      jdlint(dir, ['explain', 'no-mixed-duty']),
      jdlint(dir, ['explain']),
      jdlint(dir, ['rules', '--format', 'sarif']),
    ])
    expect([known.code, known.stderr]).toEqual([0, ''])
    expect(known.stdout).toMatch(/^no-mixed-duties {2}error by default/)
    expect(known.stdout).toContain('What to do instead')
    for (const run of [typo, missing, sarif]) {
      expect(run.code, run.stderr).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^jdlint: /)
    }
    expect(lines(typo.stderr)).toEqual(['jdlint: Unknown rule "no-mixed-duty"; did you mean "no-mixed-duties"?'])
    expect(missing.stderr).toContain("missing required argument 'rule-id'")
    expect(lines(sarif.stderr)).toEqual(['jdlint: --format sarif is not available for "jdlint rules" (stylish or json)'])
  })
})

describe.concurrent('jdlint CLI: files, globs, directories', () => {
  it('expands a quoted glob itself, skipping node_modules', async ({expect}) => {
    const dir = project({
      'careers/pm.md': CLEAN_PM,
      'careers/eng/mixed.md': MIXED,
      'careers/notes.txt': MIXED,
      'careers/node_modules/pkg/readme.md': MIXED,
      'other/mixed.md': MIXED,
    })
    const run = await jdlint(dir, ['--format', 'json', 'careers/**/*.md'])
    expect(run.stderr).toBe('')
    expect(json(run).map((r) => r.filePath).sort()).toEqual([join(dir, 'careers/eng/mixed.md'), join(dir, 'careers/pm.md')])
  })

  it('a directory: every .md and .markdown below it, skipping node_modules and .git', async ({expect}) => {
    const dir = project({
      'careers/pm.md': CLEAN_PM,
      'careers/2025/scrum-master.markdown': SCRUM_MASTER,
      'careers/2025/deep/mixed.md': MIXED,
      'careers/notes.txt': MIXED,
      'careers/node_modules/pkg/readme.md': MIXED,
      'careers/.git/description.md': MIXED,
    })
    const run = await jdlint(dir, ['--format', 'json', 'careers/'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(json(run).map((r) => r.filePath).sort()).toEqual(
      ['careers/2025/deep/mixed.md', 'careers/2025/scrum-master.markdown', 'careers/pm.md'].map((f) => join(dir, f)),
    )
  })

  it('a directory and a glob find the same Markdown files, whatever the case of .md or .markdown', async ({expect}) => {
    const dir = project({'careers/a.Md': MIXED, 'careers/b.MARKDOWN': MIXED, 'careers/c.mD': CLEAN_PM, 'careers/d.md': CLEAN_PM, 'careers/e.txt': MIXED, 'careers/f.mdx': MIXED})
    const [walked, globbed] = await Promise.all([jdlint(dir, ['--format', 'json', 'careers']), jdlint(dir, ['--format', 'json', 'careers/*'])])
    const expected = ['a.Md', 'b.MARKDOWN', 'c.mD', 'd.md'].map((f) => join(dir, 'careers', f))
    expect(json(walked).map((r) => r.filePath)).toEqual(expected)
    expect(json(globbed).map((r) => r.filePath)).toEqual(expected)
  })

  it('a directory: files in other dot-folders and dot-files are linted too', async ({expect}) => {
    const dir = project({
      'careers/pm.md': CLEAN_PM,
      'careers/.drafts/mixed.md': MIXED,
      'careers/.scrum-master.md': SCRUM_MASTER,
      'careers/.git/description.md': MIXED,
    })
    const run = await jdlint(dir, ['--format', 'json', 'careers'])
    expect(json(run).map((r) => r.filePath).sort()).toEqual(['careers/.drafts/mixed.md', 'careers/.scrum-master.md', 'careers/pm.md'].map((f) => join(dir, f)))
  })

  it('a missing file among good ones: one stderr line naming it, the others still linted, exit 2', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'mixed.md': MIXED})
    const run = await jdlint(dir, ['pm.md', 'missing.md', 'mixed.md'])
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toHaveLength(1)
    expect(run.stderr).toMatch(/^jdlint: missing\.md: .*no such file/i)
    const out = run.stdout.split('\n')
    expect(out).toContainEqual(expect.stringMatching(/^✔ pm\.md /))
    expect(out).toContain('mixed.md')
    expect(findingRows(run.stdout).some((r) => r[3] === 'no-mixed-duties')).toBe(true)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file: one stderr line naming it, exit 2', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'locked.md': CLEAN_PM})
    chmodSync(join(dir, 'locked.md'), 0o000)
    const run = await jdlint(dir, ['locked.md', 'pm.md'])
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^jdlint: locked\.md: /)])
    expect(run.stdout).toContain('pm.md')
  })

  it('a file over --max-file-size: one stderr line naming it, the others linted, exit 2', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'big.md': `${CLEAN_PM}\n${'Filler text for a long posting.\n'.repeat(200)}`})
    const run = await jdlint(dir, ['--max-file-size', '4kb', '--format', 'json', 'big.md', 'pm.md'])
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^jdlint: big\.md: .*limit/)])
    expect(json(run).map((r) => r.filePath)).toEqual([join(dir, 'pm.md')])
  })

  it('a pattern that matches nothing exits 2 with "No files matching", unless --no-error-on-unmatched-pattern', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'empty/notes.txt': 'no postings here'})
    const [glob, folder, allowed] = await Promise.all([
      jdlint(dir, ['jobs/**/*.md', 'pm.md']),
      jdlint(dir, ['empty']),
      jdlint(dir, ['--no-error-on-unmatched-pattern', 'jobs/**/*.md', 'pm.md']),
    ])
    expect(glob.code).toBe(2)
    expect(lines(glob.stderr)).toEqual([expect.stringMatching(/jobs\/\*\*\/\*\.md.*No files matching/)])
    expect(folder.code).toBe(2)
    expect(folder.stderr).toMatch(/empty.*No files matching/)
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toBe('')
    expect(allowed.stdout).toContain('pm.md')
  })
})

describe.concurrent('jdlint CLI: standard input', () => {
  it('`jdlint -` lints standard input', async ({expect}) => {
    const dir = project()
    const run = await jdlint(dir, ['-'], {input: MIXED})
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('<stdin>')
    expect(findingRows(run.stdout).find((r) => r[3] === 'no-mixed-duties')?.slice(0, 2)).toEqual([`${MIXED_LINE}:3`, 'error'])
  })

  it('`--stdin --stdin-filename` names the input and finds its config', async ({expect}) => {
    const dir = project({'roles/.jdlintrc.json': JSON.stringify({rules: {'no-mixed-duties': 'warn'}})})
    const run = await jdlint(dir, ['--stdin', '--stdin-filename', 'roles/pm.md', '--format', 'json'], {input: MIXED})
    const [result] = json(run)
    expect(result?.filePath).toBe(join(dir, 'roles/pm.md'))
    expect(findings(result)).toContain('no-mixed-duties:1')
    expect(run.code).toBe(0)

    const stylish = await jdlint(dir, ['--stdin', '--stdin-filename', 'roles/pm.md'], {input: CLEAN_PM})
    expect(stylish.code).toBe(0)
    expect(stylish.stdout).toContain('roles/pm.md')
  })

  it('standard input and files together is a usage error', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM})
    const run = await jdlint(dir, ['-', 'pm.md'], {input: MIXED})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(lines(run.stderr)).toHaveLength(1)
  })
})

describe.concurrent('jdlint CLI: formats and thresholds', () => {
  it('--format json is ESLint-compatible, with the posting added', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'mixed.md': MIXED, 'scrum-master.md': SCRUM_MASTER})
    const run = await jdlint(dir, ['--format', 'json', 'pm.md', 'mixed.md', 'scrum-master.md'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const results = json(run)
    expect(results).toHaveLength(3)
    for (const result of results) {
      expect(result).toMatchObject({
        filePath: expect.stringMatching(/^\//),
        messages: expect.any(Array),
        errorCount: expect.any(Number),
        warningCount: expect.any(Number),
        posting: {title: expect.any(String), role: expect.any(String), roleSource: expect.any(String), stage: expect.any(String)},
      })
      expect(['pm', 'po', 'combined', 'other']).toContain(result.posting?.role)
      expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length)
      expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length)
      for (const m of result.messages) {
        expect(m).toMatchObject({
          ruleId: expect.any(String),
          messageId: expect.any(String),
          message: expect.any(String),
          line: expect.any(Number),
          column: expect.any(Number),
          endLine: expect.any(Number),
          endColumn: expect.any(Number),
        })
        expect([1, 2]).toContain(m.severity)
      }
    }
    const mixed = byName(results, 'mixed.md')!
    expect(mixed.posting).toMatchObject({title: 'Product Manager, Checkout', role: 'pm', roleSource: 'title', stage: 'unknown'})
    expect(mixed.messages.find((m) => m.ruleId === 'no-mixed-duties')).toMatchObject({severity: 2, line: MIXED_LINE, column: 3, endLine: MIXED_LINE})
    // Warnings too, which --quiet drops.
    expect(findings(mixed)).toContain('no-execution-in-pm-role:1')
    expect(results.map((r) => r.filePath)).toEqual(['pm.md', 'mixed.md', 'scrum-master.md'].map((f) => join(dir, f)))
    expect(byName(results, 'scrum-master.md')).toMatchObject({posting: {role: 'other', roleSource: 'title'}, messages: []})
    expect(byName(results, 'pm.md')).toMatchObject({errorCount: 0, warningCount: 0, messages: []})
  })

  it('--quiet reports errors only', async ({expect}) => {
    const dir = project({'mixed.md': MIXED, 'warn.md': WARN_ONLY})
    const [quiet, quietJson, quietWarnOnly] = await Promise.all([
      jdlint(dir, ['--quiet', 'mixed.md']),
      jdlint(dir, ['--quiet', '--format', 'json', 'mixed.md']),
      jdlint(dir, ['--quiet', 'warn.md']),
    ])
    expect(quiet.code).toBe(1)
    const rows = findingRows(quiet.stdout)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r[1] === 'error')).toBe(true)
    expect(quiet.stdout).not.toMatch(/\bwarning\b/)
    expect(json(quietJson)[0]?.messages.every((m) => m.severity === 2)).toBe(true)
    expect(quietWarnOnly.code).toBe(0)
    expect(findingRows(quietWarnOnly.stdout)).toEqual([])
  })

  it('warnings alone pass; --max-warnings <n> fails when there are more than n', async ({expect}) => {
    const dir = project({'warn.md': WARN_ONLY})
    const counted = json(await jdlint(dir, ['--format', 'json', 'warn.md']))[0]!
    expect(counted.errorCount).toBe(0)
    const warnings = counted.warningCount
    expect(warnings).toBeGreaterThan(0)
    const [plain, atLimit, overLimit] = await Promise.all([
      jdlint(dir, ['warn.md']),
      jdlint(dir, ['--max-warnings', String(warnings), 'warn.md']),
      jdlint(dir, ['--max-warnings', String(warnings - 1), 'warn.md']),
    ])
    expect(plain.code).toBe(0)
    expect(atLimit.code).toBe(0)
    expect(overLimit.code).toBe(1)
    expect(overLimit.stderr).toBe('')
    expect(overLimit.stdout).toContain(`too many warnings (maximum: ${warnings - 1}, found: ${warnings})`)
  })

  it('--format sarif validates against the SARIF 2.1.0 schema', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'roles/mixed.md': MIXED})
    const run = await jdlint(dir, ['--format', 'sarif', 'pm.md', 'roles/mixed.md'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const log = JSON.parse(run.stdout) as {version: string; runs: {tool: {driver: {name: string; rules: {id: string}[]}}; results: {ruleId: string; level: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[]}[]}
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.version).toBe('2.1.0')
    const [sarifRun] = log.runs
    expect(sarifRun?.tool.driver.name).toBe('jdlint')
    expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toContain('no-mixed-duties')
    expect(sarifRun?.results.find((r) => r.ruleId === 'no-mixed-duties')).toMatchObject({
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'roles/mixed.md'}, region: {startLine: MIXED_LINE}}}],
    })
  })

  it('--format sarif of a clean run also validates', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM})
    const run = await jdlint(dir, ['--format', 'sarif', 'pm.md'])
    expect(run.code).toBe(0)
    const validate = sarifValidator()
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('--format github prints one workflow command per finding', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM, 'roles/mixed.md': MIXED})
    const run = await jdlint(dir, ['--format', 'github', 'pm.md', 'roles/mixed.md'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const out = lines(run.stdout)
    expect(out.length).toBeGreaterThan(0)
    for (const line of out) {
      expect(line).toMatch(/^::(error|warning) file=roles\/mixed\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=jdlint \([a-z-]+\)::\S/)
    }
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^::error file=roles/mixed\\.md,line=${MIXED_LINE},col=3,.*title=jdlint \\(no-mixed-duties\\)::`)))
    expect(out.filter((l) => l.startsWith('::warning')).length).toBeGreaterThan(0)
  })

  it('--output-file writes the report for any format and leaves stdout empty', async ({expect}) => {
    const dir = project({'mixed.md': MIXED, 'reports/.keep': ''})
    const [stylish, asJson, sarif, github] = await Promise.all([
      jdlint(dir, ['--output-file', 'reports/out.txt', 'mixed.md']),
      jdlint(dir, ['-o', 'reports/out.json', '--format', 'json', 'mixed.md']),
      jdlint(dir, ['--output-file', 'reports/out.sarif', '--format', 'sarif', 'mixed.md']),
      jdlint(dir, ['--output-file', 'reports/out.github', '--format', 'github', 'mixed.md']),
    ])
    for (const run of [stylish, asJson, sarif, github]) {
      expect(run).toMatchObject({code: 1, stdout: '', stderr: ''})
    }
    const text = readFileSync(join(dir, 'reports/out.txt'), 'utf8')
    expect(text).toContain('no-mixed-duties')
    expect(text).not.toMatch(ANSI)
    expect(findings((JSON.parse(readFileSync(join(dir, 'reports/out.json'), 'utf8')) as JsonResult[])[0])).toContain('no-mixed-duties:2')
    const validate = sarifValidator()
    expect(validate(JSON.parse(readFileSync(join(dir, 'reports/out.sarif'), 'utf8')))).toBe(true)
    expect(readFileSync(join(dir, 'reports/out.github'), 'utf8')).toMatch(/^::error file=mixed\.md,/m)
  })

  it('--output-file into a named pipe writes through it and leaves it a pipe (as /dev/null stays a device)', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const pipe = join(dir, 'report.pipe')
    execFileSync('mkfifo', [pipe])
    // The reader opens the pipe's other end; the run's writes arrive there.
    let received = ''
    const reader = new Promise<void>((done, failed) => {
      createReadStream(pipe, 'utf8')
        .on('data', (chunk) => (received += String(chunk)))
        .on('end', () => done())
        .on('error', failed)
    })
    const run = await jdlint(dir, ['-o', pipe, '--format', 'json', 'mixed.md'])
    expect(run).toMatchObject({code: 1, stdout: '', stderr: ''})
    // Renaming a temporary file over it would have made it a plain file, and left nothing to read.
    expect(lstatSync(pipe).isFIFO()).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['mixed.md', 'report.pipe'])
    await reader
    expect(findings((JSON.parse(received) as JsonResult[])[0])).toContain('no-mixed-duties:2')
  })

  it('--output-file into a folder that does not exist: one stderr line, exit 2', async ({expect}) => {
    const dir = project({'mixed.md': MIXED})
    const run = await jdlint(dir, ['--output-file', 'nowhere/out.json', 'mixed.md'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/nowhere\/out\.json/)])
  })
})

describe.concurrent('jdlint CLI: configuration', () => {
  const tree = () =>
    project({
      'mixed.md': MIXED,
      'team/.jdlintrc.json': JSON.stringify({rules: {'no-mixed-duties': 'warn', 'no-execution-in-pm-role': 'off'}}),
      'team/mixed.md': MIXED,
      'team/sub/.jdlintrc.yaml': 'rules:\n  no-mixed-duties: off\n',
      'team/sub/mixed.md': MIXED,
      'strict.json': JSON.stringify({rules: {'no-execution-in-pm-role': 'error'}}),
    })

  it('the nearest config applies alone, per file', async ({expect}) => {
    const dir = tree()
    const run = await jdlint(dir, ['--format', 'json', '.'])
    expect(run.stderr).toBe('')
    const results = json(run)
    const at = (name: string) => findings(results.find((r) => r.filePath === join(dir, name)))
    const [root, team, sub] = [at('mixed.md'), at('team/mixed.md'), at('team/sub/mixed.md')]
    expect(root).toContain('no-mixed-duties:2')
    expect(root).toContain('no-execution-in-pm-role:1')
    expect(team).toContain('no-mixed-duties:1')
    expect(team.some((f) => f.startsWith('no-execution-in-pm-role'))).toBe(false)
    expect(sub.some((f) => f.startsWith('no-mixed-duties'))).toBe(false)
    // Not merged with team/.jdlintrc.json: the rule it turned off is back at its default.
    expect(sub).toContain('no-execution-in-pm-role:1')
  })

  it('package.json#jdlint is a config too', async ({expect}) => {
    const dir = project({'package.json': JSON.stringify({name: 'careers', jdlint: {rules: {'no-mixed-duties': 'off'}}}), 'mixed.md': MIXED})
    const run = await jdlint(dir, ['--format', 'json', 'mixed.md'])
    expect(findings(json(run)[0]).some((f) => f.startsWith('no-mixed-duties'))).toBe(false)
  })

  it('--config uses one file for every file; --no-config uses none', async ({expect}) => {
    const dir = tree()
    const [withConfig, noConfig] = await Promise.all([
      jdlint(dir, ['--config', 'strict.json', '--format', 'json', '.']),
      jdlint(dir, ['--no-config', '--format', 'json', '.']),
    ])
    expect(withConfig.stderr).toBe('')
    const configured = json(withConfig)
    expect(configured).toHaveLength(3)
    for (const result of configured) {
      expect(findings(result)).toContain('no-mixed-duties:2')
      expect(findings(result)).toContain('no-execution-in-pm-role:2')
      expect(findings(result)).not.toContain('no-execution-in-pm-role:1')
    }
    const defaults = json(noConfig)
    expect(defaults).toHaveLength(3)
    for (const result of defaults) {
      expect(findings(result)).toContain('no-mixed-duties:2')
      expect(findings(result)).toContain('no-execution-in-pm-role:1')
    }
  })

  it('--print-config prints the configuration that applies to a file, and exits 0', async ({expect}) => {
    const dir = tree()
    const [team, sub, overridden] = await Promise.all([
      jdlint(dir, ['--print-config', 'team/mixed.md']),
      jdlint(dir, ['--print-config', 'team/sub/mixed.md']),
      jdlint(dir, ['--print-config', 'team/mixed.md', '--rule', 'no-mixed-duties: error']),
    ])
    expect(team.code).toBe(0)
    expect(team.stderr).toBe('')
    const config = JSON.parse(team.stdout) as {rules: Record<string, {severity: number}>}
    expect(config.rules['no-mixed-duties']?.severity).toBe(1)
    expect(config.rules['no-execution-in-pm-role']?.severity).toBe(0)
    expect(config.rules['no-two-jobs']?.severity).toBe(2)
    expect((JSON.parse(sub.stdout) as typeof config).rules['no-mixed-duties']?.severity).toBe(0)
    expect((JSON.parse(overridden.stdout) as typeof config).rules['no-mixed-duties']?.severity).toBe(2)
  })

  it("--rule 'no-mixed-duties: warn' sets a rule over any config", async ({expect}) => {
    const dir = tree()
    const [flagged, overConfig] = await Promise.all([
      jdlint(dir, ['--rule', 'no-mixed-duties: warn', '--format', 'json', 'mixed.md']),
      jdlint(dir, ['--rule', 'no-mixed-duties: error', '--rule', 'no-execution-in-pm-role: off', '--format', 'json', 'team/sub/mixed.md']),
    ])
    expect(flagged.code).toBe(0)
    expect(findings(json(flagged)[0])).toContain('no-mixed-duties:1')
    expect(overConfig.code).toBe(1)
    expect(findings(json(overConfig)[0])).toContain('no-mixed-duties:2')
    expect(findings(json(overConfig)[0]).some((f) => f.startsWith('no-execution-in-pm-role'))).toBe(false)
  })

  it('a bad config exits 2 with one line naming the file, the key and what is allowed', async ({expect}) => {
    const dir = project({
      'severity/.jdlintrc.json': JSON.stringify({rules: {'no-mixed-duties': 'loud'}}),
      'severity/pm.md': CLEAN_PM,
      'key/.jdlintrc.json': JSON.stringify({rulez: {}}),
      'key/pm.md': CLEAN_PM,
      'rule/.jdlintrc.yaml': 'rules:\n  no-mixed-dutys: warn\n',
      'rule/pm.md': CLEAN_PM,
      'syntax/.jdlintrc.json': '{"rules": {"no-mixed-duties": "warn",}}\n',
      'syntax/pm.md': CLEAN_PM,
      'option/package.json': JSON.stringify({name: 'careers', jdlint: {rules: {'no-two-jobs': ['error', {minUnits: 'three'}]}}}),
      'option/pm.md': CLEAN_PM,
      'good/pm.md': CLEAN_PM,
    })
    const [severity, key, rule, syntax, option, flag] = await Promise.all([
      jdlint(dir, ['severity/pm.md']),
      jdlint(dir, ['key/pm.md']),
      jdlint(dir, ['rule/pm.md']),
      jdlint(dir, ['syntax/pm.md']),
      jdlint(dir, ['option/pm.md']),
      jdlint(dir, ['--rule', 'no-mixed-duties: loud', 'good/pm.md']),
    ])
    for (const run of [severity, key, rule, syntax, option, flag]) {
      expect(run.code, run.stderr).toBe(2)
      expect(run.stdout).toBe('')
      expect(lines(run.stderr), run.stderr).toHaveLength(1)
    }
    expect(severity.stderr).toMatch(/severity\/\.jdlintrc\.json.*rules\.no-mixed-duties.*"off", "warn", "error".*"loud"/)
    expect(key.stderr).toMatch(/key\/\.jdlintrc\.json.*rulez.*rules/)
    expect(rule.stderr).toMatch(/rule\/\.jdlintrc\.yaml.*no-mixed-dutys.*no-mixed-duties/)
    expect(syntax.stderr).toMatch(/syntax\/\.jdlintrc\.json:1:\d+.*JSON/)
    expect(option.stderr).toMatch(/option\/package\.json#jdlint.*rules\.no-two-jobs\[1\]\.minUnits.*expected number/)
    expect(flag.stderr).toMatch(/--rule.*no-mixed-duties.*"off", "warn", "error"/)
  })

  it('a phrase added in the config to an execution family counts as execution, as the built-in ones do', async ({expect}) => {
    const line = '- Tally the plant orders every Friday'
    const posting = CLEAN_PM.replace('- Define the metrics', `${line}\n- Define the metrics`)
    const lineNo = posting.split('\n').indexOf(line) + 1
    const families = ['po.requirements', 'po.sprint', 'po.scope', 'po.stakeholders']
    const runs = await Promise.all(
      families.map((family) => {
        const dir = project({'.jdlintrc.json': JSON.stringify({vocabulary: {[family]: ['tally the plant orders']}}), 'pm.md': posting})
        return jdlint(dir, ['--format', 'json', 'pm.md'])
      }),
    )
    const execution = runs.map((run) => json(run)[0]!.messages.filter((m) => m.ruleId === 'no-execution-in-pm-role').map((m) => `${m.line} ${m.message.match(/\((po\.\w+)\)/)?.[1]}`))
    expect(execution).toEqual([[`${lineNo} po.requirements`], [`${lineNo} po.sprint`], [`${lineNo} po.scope`], []])
  })

  it('--config naming a missing file exits 2 with one line naming it', async ({expect}) => {
    const dir = project({'pm.md': CLEAN_PM})
    const run = await jdlint(dir, ['--config', 'nope.json', 'pm.md'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(lines(run.stderr)).toEqual([expect.stringContaining('nope.json')])
  })
})

describe.concurrent('jdlint CLI: inline directives', () => {
  const disabledLine = MIXED.replace(MIXED_LINE_TEXT, `${MIXED_LINE_TEXT} <!-- jdlint-disable-line no-mixed-duties -- the PO joins in March -->`)

  it('a directive silences a finding through the CLI; --no-inline-config ignores it', async ({expect}) => {
    const dir = project({'mixed.md': disabledLine})
    const [honoured, ignored] = await Promise.all([
      jdlint(dir, ['--format', 'json', 'mixed.md']),
      jdlint(dir, ['--no-inline-config', '--format', 'json', 'mixed.md']),
    ])
    expect(honoured.code).toBe(0)
    const [result] = json(honoured)
    expect(findings(result).some((f) => f.startsWith('no-mixed-duties'))).toBe(false)
    expect(result?.suppressedMessages.find((m) => m.ruleId === 'no-mixed-duties')?.suppressions).toEqual([{kind: 'directive', justification: 'the PO joins in March'}])
    expect(ignored.code).toBe(1)
    expect(findings(json(ignored)[0])).toContain('no-mixed-duties:2')
  })

  it('disable/enable, disable-next-line and disable-file work from the command line', async ({expect}) => {
    const block = MIXED.replace(MIXED_LINE_TEXT, `<!-- jdlint-disable -->\n\n${MIXED_LINE_TEXT}\n\n<!-- jdlint-enable -->`)
    const nextLine = MIXED.replace(MIXED_LINE_TEXT, `<!-- jdlint-disable-next-line no-mixed-duties -->\n${MIXED_LINE_TEXT}`)
    const file = `<!-- jdlint-disable-file no-mixed-duties -->\n${MIXED}`
    const dir = project({'block.md': block, 'next-line.md': nextLine, 'file.md': file})
    const run = await jdlint(dir, ['--format', 'json', 'block.md', 'next-line.md', 'file.md'])
    const results = json(run)
    expect(results).toHaveLength(3)
    for (const result of results) {
      expect(findings(result).some((f) => f.startsWith('no-mixed-duties')), result.filePath).toBe(false)
      expect(result.suppressedMessages.some((m) => m.ruleId === 'no-mixed-duties'), result.filePath).toBe(true)
    }
    // The block silenced every rule on its line; the named directives only no-mixed-duties.
    expect(findings(byName(results, 'next-line.md'))).toContain('no-execution-in-pm-role:1')
    expect(run.code).toBe(0)
  })

  it('--report-unused-disable-directives reports a directive that silences nothing', async ({expect}) => {
    const posting = `${CLEAN_PM}\n<!-- jdlint-disable-next-line no-mixed-duties -->\nWe answer every applicant within a week.\n`
    const directiveLine = posting.split('\n').indexOf('<!-- jdlint-disable-next-line no-mixed-duties -->') + 1
    const dir = project({'pm.md': posting})
    const [off, warn, error, inlineOff] = await Promise.all([
      jdlint(dir, ['--format', 'json', 'pm.md']),
      jdlint(dir, ['--report-unused-disable-directives', '--format', 'json', 'pm.md']),
      jdlint(dir, ['--report-unused-disable-directives', 'error', 'pm.md']),
      jdlint(dir, ['--report-unused-disable-directives', '--no-inline-config', '--format', 'json', 'pm.md']),
    ])
    expect(off.code).toBe(0)
    expect(json(off)[0]?.messages).toEqual([])
    expect(warn.code).toBe(0)
    expect(json(warn)[0]?.messages).toEqual([expect.objectContaining({ruleId: null, severity: 1, line: directiveLine, message: expect.stringMatching(/Unused jdlint-disable-next-line directive.*no-mixed-duties/)})])
    expect(error.code).toBe(1)
    expect(error.stdout).toMatch(new RegExp(`^\\s+${directiveLine}:1\\s+error\\s+Unused jdlint-disable-next-line`, 'm'))
    expect(json(inlineOff)[0]?.messages).toEqual([])
  })

  it('a directive naming an unknown rule is reported, with a suggestion', async ({expect}) => {
    const dir = project({'mixed.md': MIXED.replace(MIXED_LINE_TEXT, `${MIXED_LINE_TEXT} <!-- jdlint-disable-line no-mixed-duty -->`)})
    const run = await jdlint(dir, ['--format', 'json', 'mixed.md'])
    const messages = json(run)[0]?.messages ?? []
    expect(messages).toContainEqual(expect.objectContaining({ruleId: null, severity: 2, line: MIXED_LINE, message: expect.stringMatching(/no-mixed-duty.*no-mixed-duties/)}))
    expect(findings(json(run)[0])).toContain('no-mixed-duties:2')
    expect(run.code).toBe(1)
  })
})

describe.concurrent('jdlint CLI: ignoring files', () => {
  const tree = () =>
    project({
      '.jdlintignore': '# drafts are not published\ndrafts/\n',
      'live/pm.md': CLEAN_PM,
      'drafts/mixed.md': MIXED,
      'archive/2019/mixed.md': MIXED,
    })

  it('.jdlintignore keeps files out of a directory walk', async ({expect}) => {
    const dir = tree()
    const run = await jdlint(dir, ['--format', 'json', '.'])
    expect(run.stderr).toBe('')
    expect(json(run).map((r) => r.filePath).sort()).toEqual([join(dir, 'archive/2019/mixed.md'), join(dir, 'live/pm.md')])
  })

  it('--ignore-pattern adds gitignore-style patterns', async ({expect}) => {
    const dir = tree()
    const run = await jdlint(dir, ['--ignore-pattern', 'archive/**', '--format', 'json', '.'])
    expect(run.code).toBe(0)
    expect(json(run).map((r) => r.filePath)).toEqual([join(dir, 'live/pm.md')])
  })

  it('a file named on the command line but ignored is skipped silently, exit 0', async ({expect}) => {
    const dir = tree()
    const [byFile, byPattern, stylish] = await Promise.all([
      jdlint(dir, ['--format', 'json', 'drafts/mixed.md', 'live/pm.md']),
      jdlint(dir, ['--ignore-pattern', 'archive/', '--format', 'json', 'archive/2019/mixed.md']),
      jdlint(dir, ['drafts/mixed.md']),
    ])
    expect(byFile).toMatchObject({code: 0, stderr: ''})
    expect(json(byFile).map((r) => r.filePath)).toEqual([join(dir, 'live/pm.md')])
    expect(byPattern).toMatchObject({code: 0, stderr: ''})
    expect(json(byPattern)).toEqual([])
    expect(stylish).toMatchObject({code: 0, stderr: ''})
    expect(stylish.stdout).not.toContain('drafts/mixed.md')
    expect(stylish.stdout).not.toMatch(/warning|error/i)
  })
})

describe('integration files', () => {
  it('.pre-commit-hooks.yaml declares the jdlint hook', () => {
    const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[]
    expect(hooks).toHaveLength(1)
    expect(hooks[0]).toMatchObject({id: 'jdlint', name: expect.any(String), description: expect.any(String), entry: 'jdlint', language: 'node', types: ['markdown'], require_serial: false})
  })

  it('action.yml is a composite action that runs jdlint with --format github and can write SARIF', () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      name: string
      description: string
      inputs: Record<string, {description: string; required?: boolean; default?: string}>
      runs: {using: string; steps: {run?: string; shell?: string; uses?: string}[]}
    }
    expect(action.name).toEqual(expect.any(String))
    expect(action.description).toEqual(expect.any(String))
    expect(action.inputs.files).toMatchObject({description: expect.any(String), default: '.'})
    expect(action.inputs['sarif-file']).toMatchObject({description: expect.any(String), required: false})
    expect(action.inputs.args).toMatchObject({description: expect.any(String), required: false})
    expect(action.runs.using).toBe('composite')
    const runSteps = action.runs.steps.filter((s) => s.run !== undefined)
    expect(runSteps.length).toBeGreaterThan(0)
    for (const step of runSteps) expect(step.shell).toBe('bash')
    const scripts = runSteps.map((s) => s.run).join('\n')
    expect(scripts).toMatch(/npm ci --omit=dev/)
    expect(scripts).toMatch(/node scripts\/build\.mjs/)
    expect(scripts).toMatch(/\$GITHUB_ACTION_PATH\/bin\/jdlint\.js"? --format github/)
    expect(scripts).toMatch(/--format sarif --output-file/)
  })

  it('the YAML and JSON snippets in docs/integration.md parse', () => {
    const doc = readFileSync(join(ROOT, 'docs/integration.md'), 'utf8')
    const blocks = [...doc.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)]
    expect(blocks.map((b) => b[1])).toEqual(expect.arrayContaining(['yaml', 'json']))
    for (const [, lang, body] of blocks) {
      if (lang === 'json') expect(() => JSON.parse(body!)).not.toThrow()
      else expect(() => parseYaml(body!)).not.toThrow()
    }
    expect(doc).toContain('github/codeql-action/upload-sarif@v3')
    expect(doc).toContain('security-events: write')
    expect(doc).toContain('"*.md": "jdlint --max-warnings 0"')
    expect(doc).toMatch(/- id: jdlint/)
  })
})

