import type {Period, Salary, Stage} from '../model.ts'

export type {Period, Salary}

/** Hours in a working year (40 × 52), the usual factor for an hourly rate. */
export const HOURS_PER_YEAR = 2080
const PER_YEAR: Record<Period, number> = {year: 1, month: 12, hour: HOURS_PER_YEAR}

/** The figure a year: hourly × 2080, monthly × 12. */
export function annualise(salary: Salary): {min: number; max: number} {
  const factor = PER_YEAR[salary.period]
  return {min: salary.min * factor, max: salary.max * factor}
}

// Dollar prefixes of other countries come first so that "CA$" is not read as US dollars.
const DOLLAR_PREFIX: Record<string, string> = {US: 'USD', CA: 'CAD', C: 'CAD', A: 'AUD', AU: 'AUD', NZ: 'NZD', S: 'SGD', SG: 'SGD', HK: 'HKD', R: 'BRL', MX: 'MXN'}
const SYMBOL: Record<string, string> = {$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR'}
// Codes only; a bare three-letter word next to a number ("KPI 150") must not pass for a currency.
const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|JPY|INR|SGD|HKD|BRL|MXN|ZAR|ILS|AED|CNY'

const CUR = `(?:\\b(?:US|CA|C|AU|A|NZ|SG|S|HK|R|MX)\\$|[$€£¥₹]|\\b(?:${CODES})(?![A-Za-z]))`
// 150 | 150.5 | 150,000 | 150.000 | 150 000 | 150,000.00 (groups of exactly three digits)
const NUM = `\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?!\\d)(?:\\.\\d{1,2}(?!\\d))?|\\d+(?:\\.\\d+)?`
// A currency written after the figure ("150K USD") must not be the next figure's prefix ("2024 $150k").
const AMOUNT = `(${CUR})?\\s?(${NUM})(\\s?(?:k|K|m|M|mm|MM|thousand)\\b)?(?:\\s?(${CUR})(?!\\s?\\d))?`
const DASH = `\\s*(?:-|‐|‑|‒|–|—|−|\\bto\\b|\\band\\b)\\s*`
/** A currency code as `CUR` reads one. */
const CODE = `\\b(?:${CODES})(?![A-Za-z])`
/** A currency as `CUR` reads one: every salary needs one, so a text without it holds none. */
const ANY_CURRENCY = new RegExp(`[$€£¥₹]|${CODE}`)
const RANGE = new RegExp(`(?:between\\s+|from\\s+|up\\s+to\\s+)?${AMOUNT}(?:${DASH}${AMOUNT})?\\+?`, 'g')

const PERIOD_AFTER = /^\s*(?:\/\s*|\bper\s+|\ba\s+|\ban\s+|\beach\s+)?(year|yr|annum|annual|hour|hr|h|month|mo|day|week|wk)\b|^\s*(p\.?\s?a\.?|annually|yearly|hourly|monthly|daily|weekly)(?![\w])/i
const PERIOD_BEFORE = /\b(hourly|monthly|annual|yearly|daily|weekly|day)\s+(?:rate|salary|pay|wage|compensation|base)?(?:\s+of)?\W*$/i
const PERIODS: Record<string, Period | null> = {year: 'year', yr: 'year', annum: 'year', annual: 'year', annually: 'year', yearly: 'year', pa: 'year', hour: 'hour', hr: 'hour', h: 'hour', hourly: 'hour', month: 'month', mo: 'month', monthly: 'month', day: null, daily: null, week: null, wk: null, weekly: null}

function currencyOf(token: string | undefined): string | null {
  if (!token) return null
  if (token in SYMBOL) return SYMBOL[token] as string
  if (token.endsWith('$')) return DOLLAR_PREFIX[token.slice(0, -1)] ?? null
  return token.toUpperCase()
}

function numberOf(digits: string): number {
  // A separator followed by exactly three digits groups thousands (150,000; 150.000; 150 000).
  const grouped = /^(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)(\.\d{1,2})?$/.exec(digits)
  return grouped ? Number((grouped[1] as string).replace(/\D/g, '') + (grouped[2] ?? '')) : Number(digits)
}

function multiplierOf(suffix: string | undefined): number | null {
  if (!suffix) return null
  const s = suffix.trim().toLowerCase()
  return s === 'k' || s === 'thousand' ? 1_000 : 1_000_000
}

function periodOf(after: string, before: string): Period | null | undefined {
  const a = PERIOD_AFTER.exec(after)
  const word = a ? (a[1] ?? a[2] ?? '') : (PERIOD_BEFORE.exec(before)?.[1] ?? '')
  if (!word) return undefined
  const key = word.toLowerCase().replace(/[.\s]/g, '')
  return key in PERIODS ? PERIODS[key] : undefined
}

// A figure outside these (per period) is not a salary: a funding round, a budget, a typo.
const PLAUSIBLE: Record<Period, [number, number]> = {year: [10_000, 1_000_000], month: [800, 80_000], hour: [5, 500]}

/**
 * Every salary figure or range in a piece of text: `$150k`, `$150,000 - $180,000`,
 * `150-180K USD`, `USD 150,000/year`, `between €60.000 and €75.000`, `$75–$95 an hour`. A figure
 * needs a currency (symbol or ISO code) to count. Weekly and daily rates, and figures that
 * cannot be a salary for their period, are left out.
 */
export function parseSalaries(text: string): Salary[] {
  const out: Salary[] = []
  if (!mayNameSalary(text)) return out
  for (const m of text.matchAll(RANGE)) {
    const [words, cur1, num1, mult1, cur2, cur3, num2, mult2, cur4] = m
    if (!num1) continue
    const currency = currencyOf(cur1) ?? currencyOf(cur2) ?? currencyOf(cur3) ?? currencyOf(cur4)
    if (!currency) continue
    const m2 = multiplierOf(mult2)
    const m1 = multiplierOf(mult1) ?? (num2 && m2 && numberOf(num1) < 1000 ? m2 : 1)
    const low = numberOf(num1) * m1
    const high = num2 ? numberOf(num2) * (m2 ?? 1) : low
    const end = (m.index ?? 0) + words.length
    const period = periodOf(text.slice(end, end + 24), text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))
    if (period === null) continue
    const salary: Salary = {currency, min: Math.min(low, high), max: Math.max(low, high), period: period ?? 'year', words: trimPlus(words)}
    const [floor, ceiling] = PLAUSIBLE[salary.period]
    if (salary.min < floor || salary.max >= ceiling) continue
    out.push(salary)
  }
  return out
}

/** CODE, looked for from a place (`lastIndex`). */
const ANY_CODE_FROM = new RegExp(CODE, 'g')
const SYMBOLS = Object.keys(SYMBOL)

/**
 * Where the currencies (as `mayNameSalary` finds them) stand in `text`: `next(from)` is where the
 * first at or after `from` stands, or -1. A symbol is one character, found by `indexOf` (which
 * passes over a text much faster than a pattern); only the codes need a pattern, and one of codes
 * alone passes over a text faster than one that looks for symbols too. Each of these looks
 * remembers what it found and looks again only once `from` has passed it: a posting asks from the
 * end of every line that names a currency, and a look for a symbol it never uses would otherwise
 * read to the end of the text each time (a time that grows with the square of the posting).
 */
export function currencyFinder(text: string): (from: number) => number {
  const looks: ((from: number) => number)[] = [
    (from) => {
      ANY_CODE_FROM.lastIndex = from
      return ANY_CODE_FROM.exec(text)?.index ?? -1
    },
    ...SYMBOLS.map((symbol) => (from: number) => text.indexOf(symbol, from)),
  ]
  // Per look, the place it found from `lastFrom` or before (-1: none there or after), or
  // undefined before it looks. Asked from an earlier place than the last, all look again.
  let found: (number | undefined)[] = []
  let lastFrom = 0
  return (from) => {
    if (from < lastFrom) found = []
    lastFrom = from
    let first = -1
    for (let i = 0; i < looks.length; i++) {
      let at = found[i]
      if (at === undefined || (at >= 0 && at < from)) found[i] = at = looks[i]!(from)
      if (at >= 0 && (first < 0 || at < first)) first = at
    }
    return first
  }
}

/** Whether `text` names a currency, as every salary `parseSalaries` finds does: one look, where reading the figures takes one per number. */
export function mayNameSalary(text: string): boolean {
  return ANY_CURRENCY.test(text)
}

/** A band: `[min, max]` a year. */
export type Band = [number, number]
/** The role a band is for: bands price the CPO, the PM, the PO and the combined PM (docs/roles.md#pay-by-stage). */
export type BandRole = 'cpo' | 'pm' | 'po' | 'combined'
export type KnownStage = Exclude<Stage, 'unknown'>
/** Bands per currency, role and stage: `bands.USD.po['b-c'] = [140000, 180000]`. */
export type BandTable = Record<string, Partial<Record<BandRole, Partial<Record<KnownStage, Band>>>>>

/**
 * The usual costs per stage (docs/roles.md#pay-by-stage), in US dollars: at Seed to Series A one PM who does both jobs
 * ($150-200K all-in); at Series B to C a PM ($200-250K) and a PO ($140-180K); at Series D and
 * public a CPO ($300-400K), PMs ($200-250K) and POs ($140-180K).
 */
export const DEFAULT_BANDS: BandTable = {
  USD: {
    cpo: {'d-public': [300_000, 400_000]},
    pm: {'seed-a': [150_000, 200_000], 'b-c': [200_000, 250_000], 'd-public': [200_000, 250_000]},
    po: {'b-c': [140_000, 180_000], 'd-public': [140_000, 180_000]},
    combined: {'seed-a': [150_000, 200_000]},
  },
}

/**
 * The band for a currency, role and stage, or null when there is none (no band prices a PO
 * at Seed and no combined role after Series A). With the stage unknown, the band spans every
 * stage's band for the role: a figure outside all of them is outside the usual costs anywhere.
 */
export function bandFor(table: BandTable, currency: string, role: BandRole, stage: Stage): Band | null {
  const byStage = table[currency]?.[role]
  if (!byStage) return null
  if (stage !== 'unknown') return byStage[stage] ?? null
  const bands = Object.values(byStage).filter((b): b is Band => Array.isArray(b))
  if (!bands.length) return null
  return [Math.min(...bands.map((b) => b[0])), Math.max(...bands.map((b) => b[1]))]
}

const MONEY_SYMBOL: Record<string, string> = {USD: '$', EUR: '€', GBP: '£'}

// `$150K`, `€62.5K`, `CHF 150K`; hourly and monthly figures stay whole.
function formatMoney(amount: number, currency: string): string {
  const value = amount >= 10_000 ? `${Number((amount / 1000).toFixed(1))}K` : amount.toLocaleString('en-US', {maximumFractionDigits: 2})
  const symbol = MONEY_SYMBOL[currency]
  return symbol ? `${symbol}${value}` : `${currency} ${value}`
}

/** `$140K-$180K`, or one figure when both ends are equal. */
export function formatRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}-${formatMoney(max, currency)}`
}

/** "$150K +" without its trailing plus, in linear time. */
function trimPlus(words: string): string {
  const trimmed = words.trim()
  return trimmed.endsWith('+') ? trimmed.slice(0, -1).trimEnd() : trimmed
}
