// The HTML reporter as a pure function: what it escapes, what it counts, what the sorting
// script needs, and that the page's policy lets its one script run and nothing else load.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/engine/lint-text.ts'
import type {LintResult, ReportContext} from '../src/model.ts'
import html from '../src/report/html.ts'

const cwd = '/srv/careers'
const context = (sources?: Map<string, string>): ReportContext => ({cwd, color: false, version: '0.1.0', rulesMeta: {}, showProfile: true, ...(sources ? {sources} : {})})

const MIXED = `# Product Manager, Parcel Lockers

## Responsibilities

- Own the locker roadmap and run sprint planning for <Squad "B"> & the app team
- Interview couriers to learn where a delivery goes wrong
- Set the strategy for the apartment-building lockers
- Write user stories and acceptance criteria for each release
- Refine the backlog with the engineers every week
`
const CLEAN = `# Product Owner, Courier App

You are accountable for what the squad ships each sprint.

## What you will do

- Write user stories with acceptance criteria
- Run sprint planning and backlog refinement with the squad

## Success in this role

Success looks like a courier app that ships every two weeks.
`

function lint(name: string, text: string): LintResult {
  return lintText(text, {filePath: `${cwd}/${name}`})
}

/** The text of every `<tag ...>` opening in the page, in order. */
function tags(page: string, tag: string): string[] {
  return [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0])
}

describe('html reporter', () => {
  const mixed = lint('lockers-pm.md', MIXED)
  const clean = lint('courier-po.md', CLEAN)
  const sources = new Map([
    [mixed.filePath, MIXED],
    [clean.filePath, CLEAN],
  ])

  it('quotes the flagged lines with markup escaped, and escapes messages and titles', () => {
    const hostile: LintResult = {
      ...lint('evil.md', '# Product Manager <img src=x onerror=alert(1)>\n'),
      filePath: `${cwd}/<b>evil</b>.md`,
    }
    hostile.messages = [{ruleId: 'no-two-jobs', severity: 2, message: 'a </li><script>alert(2)</script> message', line: 1, column: 1, endLine: 1, endColumn: 5}]
    hostile.errorCount = 1
    const page = html([mixed, hostile], context(new Map([...sources, [hostile.filePath, '# Product Manager <img src=x onerror=alert(1)>\n']])))
    expect(page).toContain('5</span>- Own the locker roadmap and run sprint planning for &lt;Squad &quot;B&quot;&gt; &amp; the app team')
    expect(page).toContain('a &lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt; message')
    expect(page).toContain('&lt;b&gt;evil&lt;/b&gt;.md')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>evil')
    expect(tags(page, 'script')).toEqual(['<script>'])
  })

  it('lists findings unquoted when it is given no sources', () => {
    const page = html([mixed], context())
    expect(page).toContain('data-rule="no-mixed-duties"')
    expect(page).not.toContain('<pre>')
  })

  it('counts errors and warnings per posting and in all', () => {
    expect(mixed.errorCount).toBeGreaterThan(0)
    const page = html([mixed, clean], context(sources))
    const rows = page.split('<tbody>')[1]?.split('</tbody>')[0]?.split('<tr>').slice(1) ?? []
    expect(rows).toHaveLength(2)
    for (const [row, result] of [[rows[0], mixed], [rows[1], clean]] as const) {
      expect(row).toContain(`data-value="${result.errorCount}">${result.errorCount}</td><td class="n" data-value="${result.warningCount}">${result.warningCount}</td>`)
    }
    expect(rows[0]).toContain('has-errors')
    expect(rows[1]).not.toContain('has-errors')
    const errors = mixed.errorCount + clean.errorCount
    const warnings = mixed.warningCount + clean.warningCount
    expect(page).toContain(`2 postings · ${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`)
    expect(page).toContain('<a href="#p1">lockers-pm.md</a>')
    expect(page).toContain('two jobs, PM and PO under a Product Manager title')
    expect(page.match(/<svg class="profile"/g)).toHaveLength(2)
    expect(page).toContain('No findings.')
  })

  it('gives the sorting script what it needs: a button in every heading, aria-sort, a value in every cell', () => {
    const page = html([mixed, clean], context(sources))
    const headings = tags(page, 'th')
    expect(headings).toHaveLength(5)
    for (const th of headings) expect(th).toContain('aria-sort="none"')
    expect(headings.filter((th) => /class="n"/.test(th))).toHaveLength(2)
    expect(page.match(/<th [^>]*><button type="button">/g)).toHaveLength(5)
    const cells = tags(page.split('<tbody>')[1] ?? '', 'td')
    expect(cells).toHaveLength(10)
    for (const td of cells) expect(td).toMatch(/data-value="[^"]*"/)
  })

  it('lets its own script run and nothing else load (Content-Security-Policy)', () => {
    const page = html([mixed], context(sources))
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`)
    expect(page).not.toMatch(/<(?:link|img)\b|src=|url\(/)
  })
})
