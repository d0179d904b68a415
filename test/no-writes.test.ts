// Issue 6, "never lose or change anything": a run reads the postings and never writes to them, in
// every output format; --output-file replaces its target whole (a temporary file beside it, then
// a rename), leaves no temporary file behind, and never writes over a file it was given to lint.
import {spawn} from 'node:child_process'
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {BIN, ensureBuilt, jdlint as inProcess, MIXED, spawnJdlint, tempDir, type Run} from './helpers.ts'

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const

beforeAll(ensureBuilt)

/** Postings of every kind a run meets, a config and an ignore file. */
function postings(): string {
  const dir = tempDir({
    'careers/mixed.md': MIXED,
    'careers/crlf.md': MIXED.replace(/\n/g, '\r\n'),
    'careers/cr.md': MIXED.replace(/\n/g, '\r'),
    'careers/front-matter.md': `---\ntitle: Product Owner\nrole: [po]\n---\n${MIXED}`,
    'careers/unclosed.md': `---\ntitle: Product Owner\n\n${MIXED}`,
    'careers/directive.md': `<!-- jdlint-disable no-mixed-duties -- reviewed -->\n${MIXED}`,
    'careers/drafts/ignored.md': MIXED,
    'careers/empty.md': '',
    '.jdlintrc.json': '{"rules": {"no-two-jobs": "warn"}}\n',
    '.jdlintignore': 'careers/drafts/\n',
  })
  writeFileSync(join(dir, 'careers/bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MIXED)]))
  writeFileSync(join(dir, 'careers/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]))
  // Old times: a write of any kind would move them to now.
  const past = new Date('2001-02-03T04:05:06Z')
  for (const file of files(dir)) utimesSync(join(dir, file), past, past)
  return dir
}

/** Every file below `dir`, relative to it, sorted. */
function files(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(d, entry.name))
      else out.push(relative(dir, join(d, entry.name)))
    }
  }
  walk(dir)
  return out.sort()
}

/** Each file's bytes and modification time, and the list of files itself. */
function snapshot(dir: string): Record<string, {bytes: string; mtimeMs: number; mode: number}> {
  return Object.fromEntries(
    files(dir).map((f) => {
      const info = lstatSync(join(dir, f))
      return [f, {bytes: readFileSync(join(dir, f)).toString('base64'), mtimeMs: info.mtimeMs, mode: info.mode}]
    }),
  )
}

const jdlint = (cwd: string, args: string[]) => inProcess(cwd, args)

const stderrLines = (r: Run) => r.stderr.split('\n').filter(Boolean)
/** Files in a folder that look like a report's temporary file. */
const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'))

describe('a run changes no posting', () => {
  for (const format of FORMATS) {
    it(`--format ${format}, to stdout and with --output-file: every byte and modification time unchanged`, async () => {
      const dir = postings()
      const before = snapshot(dir)
      const out = tempDir()
      const toStdout = await jdlint(dir, ['careers', '-f', format])
      const toFile = await jdlint(dir, ['careers', '-f', format, '-o', join(out, `report.${format}`)])
      // Two worker threads, too, for a run of many files: they start from the built bundle.
      const threaded = await spawnJdlint(dir, ['careers', '-f', format, '--concurrency', '2'])
      for (const r of [toStdout, toFile, threaded]) expect(r.code, r.stderr).toBe(1)
      expect(threaded.stdout).toBe(toStdout.stdout)
      expect(snapshot(dir)).toEqual(before)
      expect(readFileSync(join(out, `report.${format}`), 'utf8')).toBe(toStdout.stdout)
      expect(files(out)).toEqual([`report.${format}`])
    })
  }

  it('a run that fails part way (a broken config in a subfolder) changes nothing either', async () => {
    const dir = postings()
    writeFileSync(join(dir, 'careers/drafts/.jdlintrc.json'), '{"rules": {')
    writeFileSync(join(dir, 'careers/sub.md'), MIXED)
    mkdirSync(join(dir, 'careers/sub'))
    writeFileSync(join(dir, 'careers/sub/.jdlintrc.json'), '{"rules": {"no-such-rule": "warn"}}')
    writeFileSync(join(dir, 'careers/sub/posting.md'), MIXED)
    const before = snapshot(dir)
    const r = await jdlint(dir, ['careers', '-o', 'report.txt'])
    expect(r.code).toBe(2)
    expect(snapshot(dir)).toEqual(before)
  })
})

describe('--output-file', () => {
  it('replaces an existing report whole, through a new file renamed over it', async () => {
    const dir = postings()
    const target = join(dir, 'report.json')
    // Longer than the new report: a write in place that did not truncate would leave its tail.
    writeFileSync(target, 'x'.repeat(1024 * 1024))
    const inode = statSync(target).ino
    const expected = (await jdlint(dir, ['careers', '-f', 'json'])).stdout
    const r = await jdlint(dir, ['careers', '-f', 'json', '-o', 'report.json'])
    expect(r.code, r.stderr).toBe(1)
    expect(readFileSync(target, 'utf8')).toBe(expected)
    expect(JSON.parse(readFileSync(target, 'utf8'))).toBeInstanceOf(Array)
    // A rename puts a new file in place; writing in place would keep the inode.
    expect(statSync(target).ino).not.toBe(inode)
    expect(temporaries(dir)).toEqual([])
  })

  it('leaves no temporary file when the run ends early', async () => {
    const dir = postings()
    writeFileSync(join(dir, '.jdlintrc.json'), '{"rules": {')
    const r = await jdlint(dir, ['careers', '-o', 'report.txt'])
    expect(r.code).toBe(2)
    expect(stderrLines(r)).toHaveLength(1)
    expect(existsSync(join(dir, 'report.txt'))).toBe(false)
    expect(temporaries(dir)).toEqual([])
  })

  it('into a folder, a missing folder or under a file: one stderr line, exit 2, nothing written', async () => {
    const dir = postings()
    const before = snapshot(dir)
    for (const [target, reason] of [
      ['careers', /is a directory$/],
      ['nowhere/report.txt', /the folder does not exist$/],
      ['careers/mixed.md/report.txt', /not a folder$/],
    ] as const) {
      const r = await jdlint(dir, ['careers', '-o', target])
      expect(r.code, target).toBe(2)
      expect(stderrLines(r), target).toEqual([expect.stringMatching(reason)])
      expect(r.stdout).toBe('')
    }
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses to write over a file it lints, named or found in a folder, or through a link: exit 2, one line, input unchanged', async () => {
    const dir = postings()
    symlinkSync('careers/mixed.md', join(dir, 'link.md'))
    const before = snapshot(dir)
    for (const [args, target] of [
      [['careers/mixed.md'], 'careers/mixed.md'],
      [['careers'], 'careers/crlf.md'],
      [['careers/*.md'], 'careers/bom.md'],
      [['careers/mixed.md'], 'link.md'],
      [['careers/binary.md'], 'careers/binary.md'],
    ] as const) {
      const r = await jdlint(dir, [...args, '-o', target])
      expect(r.code, target).toBe(2)
      expect(stderrLines(r), target).toEqual([expect.stringMatching(/is one of the files being linted; refusing to overwrite it$/)])
      expect(temporaries(join(dir, 'careers')), target).toEqual([])
      expect(temporaries(dir), target).toEqual([])
    }
    expect(snapshot(dir)).toEqual(before)
  })

  // Known bug (src/cli/main.ts): the files refused above are checked against the results only, so a
  // file named on the command line that is not linted (over --max-file-size, or ignored) is
  // overwritten by the report.
  it('refuses to write over a file named on the command line that is refused or ignored', async () => {
    const dir = postings()
    writeFileSync(join(dir, 'careers/big.md'), `${MIXED}\n${'- Interview customers\n'.repeat(200)}`)
    const before = snapshot(dir)
    for (const [args, target] of [
      [['careers/big.md', 'careers/mixed.md', '--max-file-size', '2kb'], 'careers/big.md'],
      [['careers/drafts/ignored.md', 'careers/mixed.md'], 'careers/drafts/ignored.md'],
    ] as const) {
      const r = await jdlint(dir, [...args, '-o', target])
      expect(r.code, target).toBe(2)
      expect(readFileSync(join(dir, target)).toString('base64'), target).toBe(before[target]?.bytes)
    }
    expect(snapshot(dir)).toEqual(before)
  })

  // Known bug (src/cli/main.ts installs no SIGINT handler): Ctrl-C kills the process outright, so the
  // exit hook that removes the temporary report never runs.
  it.skipIf(process.platform === 'win32')('Ctrl-C during a run leaves no temporary report behind', async () => {
    const dir = tempDir()
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, `p${i}.md`), MIXED)
    const out = tempDir()
    const child = spawn(process.execPath, [BIN, '.', '-f', 'json', '-o', join(out, 'report.json')], {cwd: dir, stdio: 'ignore'})
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, sig) => done([c, sig])))
    for (let waited = 0; waited < 5000 && temporaries(out).length === 0; waited += 10) await new Promise((r) => setTimeout(r, 10))
    expect(temporaries(out)).toHaveLength(1)
    child.kill('SIGINT')
    const [code, signal] = await closed
    expect(code === 130 || signal === 'SIGINT', `code ${code}, signal ${signal}`).toBe(true)
    expect(readdirSync(out)).toEqual([])
  })
})
