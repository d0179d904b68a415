// `--format html` through the command (run in process): one page written whole by --output-file (the same
// temporary-file-and-rename as every format), the flagged lines quoted from files and stdin.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jdlint, tempDir} from './helpers.ts'

const MIXED = `# Product Manager, Bike Rental

## Responsibilities

- Own the rental roadmap and run the sprint planning for the app squad
- Interview riders to learn why they stop renting after a month
- Set the strategy for the corporate fleet offer
- Write user stories and acceptance criteria for each release
- Refine the backlog with the engineers every week
`
const SCRUM = '# Scrum Master\n\nYou coach two teams in Scrum.\n'

describe('jdlint --format html', () => {
  it('writes one page for a folder with -o, quoting the flagged lines, and leaves nothing else behind', async () => {
    const dir = tempDir({'postings/bike-pm.md': MIXED, 'postings/scrum-master.md': SCRUM})
    const run = await jdlint(dir, ['--format', 'html', 'postings/', '-o', 'report.html'])
    expect(run).toEqual({code: 1, stdout: '', stderr: ''})
    expect(readdirSync(dir).sort()).toEqual(['postings', 'report.html'])
    const page = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('<a href="#p1">postings/bike-pm.md</a>')
    expect(page).toContain('<a href="#p2">postings/scrum-master.md</a>')
    expect(page).toContain('5</span>- Own the rental roadmap and run the sprint planning for the app squad')
    expect(readFileSync(join(dir, 'postings/bike-pm.md'), 'utf8')).toBe(MIXED)
  })

  it('quotes lines read from standard input, and --quiet leaves warnings out of the counts', async () => {
    const dir = tempDir()
    const run = await jdlint(dir, ['--format', 'html', '--quiet', '--stdin', '--stdin-filename', 'roles/bike-pm.md'], {input: MIXED})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('<a href="#p1">roles/bike-pm.md</a>')
    expect(run.stdout).toContain('5</span>- Own the rental roadmap')
    expect(run.stdout).not.toContain('class="warning"')
    expect(run.stdout).toMatch(/<td class="n" data-value="0">0<\/td><\/tr>/)
  })

  it('leaves the other formats as they were: no source text in JSON', async () => {
    const dir = tempDir({'bike-pm.md': MIXED})
    const run = await jdlint(dir, ['--format', 'json', 'bike-pm.md'])
    const [result] = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(Object.keys(result ?? {})).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount', 'posting'])
    expect(run.stdout).not.toContain('corporate fleet')
  })
})
