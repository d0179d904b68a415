/// <reference lib="dom" />
// `jdlint --format html postings/ -o report.html`, opened from disk in a real Chromium: the
// summary table lists every posting with the counts the JSON format gives, sorts, quotes the
// flagged lines as text, and the page makes no request at all.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hasChrome, OUTPUT, recordRequests, requireChromeUnderCi, ROOT, seriousViolations, skipReason, useBrowser} from './browser.ts'
import {tempDir} from './helpers.ts'

const BIN = join(ROOT, 'bin/jdlint.js')

// Line 5 joins PM and PO work, and names a team in angle brackets that must show as text.
const MIXED = `# Product Manager, Loyalty

## Responsibilities

- Own the loyalty roadmap and run sprint planning for <Team Rewards> & partners
- Interview members to find out why they stop collecting points
- Set the strategy for the partner programme
- Write user stories and acceptance criteria for each release
- Refine the backlog with the engineers every week
`
const CLEAN_PO = `# Product Owner, Store Locator

Our Product Manager owns the roadmap; you own delivery for one squad.

You are accountable for what the squad ships each sprint.

## What you will do

- Write user stories with acceptance criteria
- Run sprint planning and backlog refinement with the squad
- Protect the scope of each release

## Success in this role

Success looks like a store locator that ships every two weeks without escaped bugs.
`
const PO_WITH_STRATEGY = `# Product Owner, Returns

You are accountable for the returns flow.

## Responsibilities

- Define the product vision and strategy for returns
- Write user stories with acceptance criteria
- Run sprint planning with the team

## Success in this role

Success looks like returns handled in one visit.
`

requireChromeUnderCi()

describe.skipIf(!hasChrome)(`the HTML report in Chromium${skipReason}`, () => {
  const browser = useBrowser()
  let context: BrowserContext
  let page: Page
  let requests: string[]
  let expected: {file: string; errors: number; warnings: number}[]
  let reportUrl: string

  beforeAll(async () => {
    const dir = tempDir({'postings/loyalty-pm.md': MIXED, 'postings/store-locator-po.md': CLEAN_PO, 'postings/returns-po.md': PO_WITH_STRATEGY})
    const run = spawnSync(process.execPath, [BIN, '--format', 'html', 'postings/', '-o', 'report.html'], {cwd: dir, encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toBe('')
    // What the report must show, from the JSON format of the same postings.
    const json = JSON.parse(spawnSync(process.execPath, [BIN, '--format', 'json', 'postings/'], {cwd: dir, encoding: 'utf8'}).stdout) as {filePath: string; errorCount: number; warningCount: number}[]
    expected = json.map((r) => ({file: `postings/${r.filePath.split('/').pop()}`, errors: r.errorCount, warnings: r.warningCount}))
    context = await browser().newContext({bypassCSP: true, viewport: {width: 1200, height: 900}})
    page = await context.newPage()
    requests = recordRequests(page)
    reportUrl = pathToFileURL(join(dir, 'report.html')).href
    await page.goto(reportUrl)
  }, 60000)
  afterAll(async () => {
    await context?.close()
  })

  const rows = () =>
    page.locator('#summary tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...(tr as HTMLTableRowElement).cells].map((td) => td.textContent ?? '')
        return {file: (tr as HTMLTableRowElement).cells[0]?.querySelector('a')?.textContent ?? '', role: cells[1], errors: Number(cells[3]), warnings: Number(cells[4])}
      }),
    )

  it('lists every posting with its error and warning counts', async () => {
    expect(expected).toHaveLength(3)
    expect(expected.find((r) => r.file.endsWith('loyalty-pm.md'))?.errors).toBeGreaterThan(0)
    expect(await rows()).toEqual(expected.map((r) => expect.objectContaining(r)))
    await page.screenshot({path: join(OUTPUT, 'report.png'), fullPage: true})
  })

  it('sorts the table by a column, both ways', async () => {
    await page.getByRole('button', {name: 'Errors'}).click()
    const up = (await rows()).map((r) => r.errors)
    expect(up).toEqual([...up].sort((a, b) => a - b))
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toMatch(/Errors/)
    await page.getByRole('button', {name: 'Errors'}).click()
    const down = (await rows()).map((r) => r.errors)
    expect(down).toEqual([...up].reverse())
    expect(down[0]).toBeGreaterThan(down[2] ?? 0)
    await page.getByRole('button', {name: 'Posting'}).click()
    expect((await rows()).map((r) => r.file)).toEqual(expected.map((r) => r.file).sort())
  })

  it('quotes the flagged line as text, and draws each posting’s role profile', async () => {
    const mixed = page.locator('li[data-rule="no-mixed-duties"]')
    await expect(mixed.locator('pre').innerText()).resolves.toContain('run sprint planning for <Team Rewards> & partners')
    expect(await page.locator('team').count()).toBe(0)
    expect(await page.locator('section.posting svg.profile').count()).toBe(3)
    expect(await page.locator('section.posting').filter({hasText: 'loyalty-pm.md'}).locator('svg rect.po').count()).toBeGreaterThan(0)
  })

  it('makes no request at all, and has no serious or critical accessibility violation', async () => {
    expect(requests).toEqual([reportUrl])
    expect(await seriousViolations(page)).toEqual([])
  })
})
