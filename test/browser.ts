/// <reference lib="dom" />
// A real Chromium for the browser tests: Debian's (CHROME_PATH, default /usr/bin/chromium),
// driven by playwright-core, which never downloads a browser. Without one the tests are skipped
// with the reason; under CI=true a missing browser fails instead.
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import {extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, it} from 'vitest'

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const hasChrome = existsSync(CHROME)
/** Why the browser tests are skipped, for their names. */
export const skipReason = hasChrome ? '' : ` (skipped: no Chromium at ${CHROME}; install it or set CHROME_PATH)`
if (!hasChrome && process.env.CI !== 'true') console.warn(`browser tests${skipReason}`)
export const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Where the tests save their screenshots (gitignored). */
export const OUTPUT = join(ROOT, 'test-output')

/** Under CI a missing browser is a failure, not a skip. */
export function requireChromeUnderCi(): void {
  if (hasChrome || process.env.CI !== 'true') return
  it(`Chromium is installed at ${CHROME} (CI=true)`, () => {
    throw new Error(`no Chromium at ${CHROME}: .ci/run installs it with apt; set CHROME_PATH to use another`)
  })
}

/**
 * One browser for the whole test file, started as root can run it and with nothing phoning home
 * (playwright-core gives each launch a fresh profile of its own).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    if (!hasChrome) return
    mkdirSync(OUTPUT, {recursive: true})
    browser = await chromium.launch({
      executablePath: CHROME,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser did not start')
    return browser
  }
}

const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8'}

/** Serves a folder from 127.0.0.1 on a free port; answers 404 outside it. */
export async function serve(folder: string): Promise<{origin: string; server: Server}> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(folder + sep) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return {origin: `http://127.0.0.1:${address.port}`, server}
}

/** Every URL the page asks for, from now on (documents, scripts, styles, fetches, images). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')

/** axe-core's violations of impact serious or critical, as "id: help (n nodes)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: AXE})
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as {axe: {run(): Promise<{violations: {id: string; impact: string; help: string; nodes: {target: string[]}[]}[]}>}}).axe.run()
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' '))}))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`)
}
