/// <reference lib="dom" />
// The playground (dist/site, built by npm run build) in a real Chromium, served from 127.0.0.1:
// a posting loaded from a link, typed into, a rule switched off, the chart, the stage setting,
// the same page opened from disk, every request it makes, and axe-core's accessibility check.
import type {Server} from 'node:http'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {encodeText} from '../site/state.ts'
import {hasChrome, OUTPUT, recordRequests, requireChromeUnderCi, ROOT, seriousViolations, serve, skipReason, useBrowser} from './browser.ts'

const SITE = join(ROOT, 'dist/site')

// Line 7 joins PM and PO work; the title says PM while the duties are both jobs.
const MIXED = `# Product Manager, Greenhouse Sensors

We make soil sensors for commercial greenhouses and are hiring a Product Manager.

## Responsibilities

- Own the sensor roadmap and run the sprint reviews with the firmware team
- Interview growers to learn which readings change what they do each morning
- Set the product strategy for our irrigation add-on
- Write user stories and acceptance criteria for each firmware release
- Groom the backlog with the engineers twice a week
- Guard the release scope and triage incoming bug reports
`
const ADDED = '- Lead the daily standups and define the pricing strategy'

requireChromeUnderCi()

describe.skipIf(!hasChrome)(`the playground in Chromium${skipReason}`, () => {
  const browser = useBrowser()
  let server: Server
  let origin: string
  let context: BrowserContext
  let page: Page
  let requests: string[]
  const errors: string[] = []

  beforeAll(async () => {
    ;({server, origin} = await serve(SITE))
    // axe-core is added to the page as an inline script, which the page's own policy forbids.
    context = await browser().newContext({bypassCSP: true, viewport: {width: 1280, height: 1100}})
    page = await context.newPage()
    requests = recordRequests(page)
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(`${origin}/#text=${encodeText(MIXED)}`)
  })
  afterAll(async () => {
    await context?.close()
    server?.close()
  })

  const finding = (rule: string, line?: number) => page.locator(`#findings li[data-rule="${rule}"]${line ? `[data-line="${line}"]` : ''}`)

  it('lists the findings of a posting given in the link, and marks the flagged line in the editor', async () => {
    await finding('no-mixed-duties', 7).waitFor()
    await expect(finding('no-two-jobs').count()).resolves.toBe(1)
    await expect(finding('no-mixed-duties', 7).innerText()).resolves.toMatch(/roadmap/)
    await expect(finding('no-two-jobs').locator('a').getAttribute('href')).resolves.toMatch(/#no-two-jobs$/)
    await expect(page.locator('.cm-content').innerText()).resolves.toContain('Greenhouse Sensors')
    await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('.cm-lintRange-error').first().innerText()).resolves.toMatch(/roadmap|Greenhouse/)
    await expect(page.locator('#verdict').innerText()).resolves.toMatch(/two jobs, PM and PO under a Product Manager title/)
    await page.screenshot({path: join(OUTPUT, 'playground.png'), fullPage: true})
  })

  it('explains a marked line in a tooltip, and F8 walks the findings from the keyboard', async () => {
    await page.locator('.cm-lintRange-error').nth(1).hover()
    await expect(page.locator('.cm-tooltip-lint').innerText()).resolves.toMatch(/Line joins PM work .*roadmap/)
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('F8')
    await page.keyboard.press('F8')
    const line = await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent)
    expect(line).toMatch(/^- Own the sensor roadmap/)
  })

  it('draws the role profile with both sides', async () => {
    expect(await page.locator('#profile svg rect.pm').count()).toBeGreaterThan(0)
    expect(await page.locator('#profile svg rect.po').count()).toBeGreaterThan(0)
    await expect(page.locator('#profile svg desc').textContent()).resolves.toMatch(/roadmap 1.*sprint [1-9]/)
  })

  it('updates the findings as a line is typed, and keeps the posting in the address', async () => {
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(ADDED)
    const line = MIXED.split('\n').length
    await finding('no-mixed-duties', line).waitFor()
    await expect(finding('no-mixed-duties', line).innerText()).resolves.toMatch(/standups/)
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#text=${encodeText(`${MIXED}${ADDED}`)}`)
  })

  it('drops a rule switched off, and gives the config that does the same', async () => {
    await page.locator('#severity-no-mixed-duties').selectOption('off')
    await expect.poll(() => finding('no-mixed-duties').count()).toBe(0)
    expect(await finding('no-two-jobs').count()).toBe(1)
    expect(JSON.parse((await page.locator('#config').textContent()) ?? '')).toEqual({rules: {'no-mixed-duties': 'off'}})
    expect(await page.evaluate(() => location.hash)).toMatch(/&rules=no-mixed-duties:off$/)
    await page.locator('#severity-no-mixed-duties').selectOption('error')
    await finding('no-mixed-duties', 7).waitFor()
  })

  it('copies the equivalent .jdlintrc.json', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin})
    await page.locator('#severity-stage-fit').selectOption('error')
    await page.locator('#copy').click()
    await expect.poll(() => page.locator('#copy-status').innerText()).toBe('Copied.')
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual({rules: {'stage-fit': 'error'}})
    await page.locator('#severity-stage-fit').selectOption('warn')
  })

  it('loads a posting dropped on the editor', async () => {
    const drop = await page.evaluateHandle((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'dropped.md', {type: 'text/markdown'}))
      return data
    }, '# Product Owner, Dropped File\n\n- Write user stories with acceptance criteria\n')
    await page.locator('.cm-content').dispatchEvent('drop', {dataTransfer: drop})
    await expect.poll(() => page.locator('#reading').innerText()).toMatch(/Product Owner, Dropped File/)
    await expect(page.locator('.cm-content').innerText()).resolves.toMatch(/^# Product Owner, Dropped File/)
    await page.goto(`${origin}/#text=${encodeText(MIXED)}`)
    await finding('no-mixed-duties', 7).waitFor()
  })

  it('writes the chosen company stage into the posting, where jdlint reads it', async () => {
    await page.locator('#stage').selectOption('b-c')
    await expect.poll(() => page.locator('#reading').innerText()).toMatch(/Series B to C \(from the front matter\)/)
    await expect(page.locator('.cm-content').innerText()).resolves.toMatch(/^---\nstage: Series B\n---/)
    await page.locator('#stage').selectOption('')
    await expect.poll(() => page.locator('#reading').innerText()).toMatch(/stage not stated/)
  })

  it('says when a link\'s posting cannot be read, and keeps the link until the posting is edited', async () => {
    await page.goto(`${origin}/#text=%%%`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.innerText()).toMatch(/could not be read/)
    // The sample is linted meanwhile; neither that nor the wait takes the message or the address.
    await finding('no-mixed-duties').first().waitFor()
    await page.waitForTimeout(400)
    await expect(alert.innerText()).resolves.toMatch(/could not be read/)
    expect(await page.evaluate(() => location.hash)).toBe('#text=%%%')
    // Once the posting is edited, the address follows it again.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' x')
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#text=[A-Za-z0-9_-]+$/)
    await page.goto(`${origin}/#text=${encodeText(MIXED)}`)
    await finding('no-mixed-duties', 7).waitFor()
  })

  it('can be used by keyboard: the skip link, then the samples', async () => {
    await page.reload()
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the findings')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Mixed PM and PO')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Clean Product Owner')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#counts').innerText()).toMatch(/No findings/)
    await expect(page.locator('#verdict').innerText()).resolves.toMatch(/Product Owner posting and the title agrees/)
  })

  it('has landmarks and no serious or critical accessibility violation (axe-core)', async () => {
    // The first view (a sample longer than the editor, which scrolls), then a posting from a link.
    await page.goto(`${origin}/`)
    await finding('no-mixed-duties').waitFor()
    expect(await page.locator('.cm-scroller').evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${origin}/#text=${encodeText(MIXED)}`)
    await finding('no-mixed-duties', 7).waitFor()
    for (const landmark of ['banner', 'main', 'contentinfo']) expect(await page.getByRole(landmark as 'main').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('asks nothing of any host but its own, sets no cookie, and logs no error', async () => {
    expect(errors).toEqual([])
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
    expect(await context.cookies()).toEqual([])
  })

  it('works opened from disk (file://), where a module script would be blocked', async () => {
    const local = await context.newPage()
    const made = recordRequests(local)
    const index = pathToFileURL(join(SITE, 'index.html')).href
    await local.goto(`${index}#text=${encodeText(MIXED)}`)
    await local.locator('#findings li[data-rule="no-two-jobs"]').waitFor()
    expect(made.filter((url) => !url.startsWith(pathToFileURL(SITE).href))).toEqual([])
    await local.close()
  })
})
