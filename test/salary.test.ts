import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import {buildPosting} from '../src/read/posting.ts'
import {annualise, bandFor, currencyFinder, DEFAULT_BANDS, formatRange, mayNameSalary, parseSalaries} from '../src/duties/salary.ts'

const one = (text: string) => {
  const found = parseSalaries(text)
  expect(found, text).toHaveLength(1)
  const [s] = found
  return {currency: s!.currency, min: s!.min, max: s!.max, period: s!.period}
}

describe('parseSalaries', () => {
  it.each([
    ['$150k', 'USD', 150_000, 150_000],
    ['$150K', 'USD', 150_000, 150_000],
    ['$150,000 - $180,000', 'USD', 150_000, 180_000],
    ['$150,000-$180,000', 'USD', 150_000, 180_000],
    ['150-180K USD', 'USD', 150_000, 180_000],
    ['USD 150,000/year', 'USD', 150_000, 150_000],
    ['USD 150,000 - 180,000 per year', 'USD', 150_000, 180_000],
    ['$150k to $180k', 'USD', 150_000, 180_000],
    ['$150K–$180K', 'USD', 150_000, 180_000],
    ['$150K — $180K', 'USD', 150_000, 180_000],
    ['$150-180k', 'USD', 150_000, 180_000],
    ['between $150k and $180k', 'USD', 150_000, 180_000],
    ['US$150k', 'USD', 150_000, 150_000],
    ['$150,000.00', 'USD', 150_000, 150_000],
    ['$150k+', 'USD', 150_000, 150_000],
    ['up to $180k', 'USD', 180_000, 180_000],
    ['$152.5k', 'USD', 152_500, 152_500],
    ['$150 thousand', 'USD', 150_000, 150_000],
    ['€60.000 – €75.000', 'EUR', 60_000, 75_000],
    ['60.000-75.000 €', 'EUR', 60_000, 75_000],
    ['£70k-£85k', 'GBP', 70_000, 85_000],
    ['CHF 150 000', 'CHF', 150_000, 150_000],
    ['CA$150,000', 'CAD', 150_000, 150_000],
    ['A$140k', 'AUD', 140_000, 140_000],
  ])('%s', (text, currency, min, max) => {
    expect(one(text)).toEqual({currency, min, max, period: 'year'})
  })

  it.each([
    ['$75/hour', 'hour', 75, 75],
    ['$75/hr', 'hour', 75, 75],
    ['$75–$95 an hour', 'hour', 75, 95],
    ['$75-95 per hour', 'hour', 75, 95],
    ['Hourly rate: $75-95', 'hour', 75, 95],
    ['$12,500/month', 'month', 12_500, 12_500],
    ['$12,500 a month', 'month', 12_500, 12_500],
    ['monthly salary of $12,500', 'month', 12_500, 12_500],
    ['$150k p.a.', 'year', 150_000, 150_000],
    ['$150k annually', 'year', 150_000, 150_000],
    ['$150k per annum', 'year', 150_000, 150_000],
  ])('%s is paid by the %s', (text, period, min, max) => {
    expect(one(text)).toEqual({currency: 'USD', min, max, period})
  })

  it('reads every range in a line', () => {
    const found = parseSalaries('San Francisco: $190k-$230k; remote: $170k-$200k')
    expect(found.map((s) => [s.min, s.max])).toEqual([
      [190_000, 230_000],
      [170_000, 200_000],
    ])
  })

  it.each([
    ['a figure without a currency', '150-180K'],
    ['a day rate', '£600 a day'],
    ['a weekly rate', '$3,000 per week'],
    ['a funding round', 'We raised $40M'],
    ['a budget too small to be a salary', '$1,000 learning budget'],
    ['a 401(k)', '401(k) match'],
    ['a three-letter word that is no currency', 'KPI 150'],
    ['an hourly figure too high to be a rate', '$900 an hour'],
  ])('ignores %s', (_, text) => {
    expect(parseSalaries(text)).toEqual([])
  })

  it('keeps the words that stated the figure', () => {
    expect(parseSalaries('Base pay: $150,000 - $180,000 plus equity')[0]?.words).toBe('$150,000 - $180,000')
  })

  const thousands = fc.integer({min: 20, max: 900}).map((n) => n * 1000)
  const range = fc.tuple(thousands, thousands).filter(([a, b]) => a < b)
  const usd = (n: number) => n.toLocaleString('en-US')
  const eur = (n: number) => n.toLocaleString('de-DE')
  const styles: [string, string, (a: number, b: number) => string][] = [
    ['USD', 'dollars with commas', (a, b) => `$${usd(a)} - $${usd(b)}`],
    ['USD', 'k suffixes', (a, b) => `$${a / 1000}k-$${b / 1000}k`],
    ['USD', 'one K and a code after', (a, b) => `${a / 1000}-${b / 1000}K USD`],
    ['USD', 'a code before and "to"', (a, b) => `USD ${usd(a)} to ${usd(b)}`],
    ['USD', 'an en dash', (a, b) => `$${a / 1000}K–$${b / 1000}K`],
    ['USD', 'between ... and', (a, b) => `between $${usd(a)} and $${usd(b)}`],
    ['EUR', 'European grouping', (a, b) => `€${eur(a)} – €${eur(b)}`],
    ['GBP', 'pounds per annum', (a, b) => `£${a / 1000}k to £${b / 1000}k per annum`],
  ]
  for (const [currency, name, format] of styles) {
    it(`reads back a range written with ${name}`, () => {
      fc.assert(
        fc.property(range, fc.constantFrom('', 'Salary: ', 'The base pay range is '), fc.constantFrom('', ' plus equity', ', depending on experience.'), ([a, b], before, after) => {
          expect(one(`${before}${format(a, b)}${after}`)).toEqual({currency, min: a, max: b, period: 'year'})
        }),
      )
    })
  }

  it('reads back an hourly rate and annualises it at 2080 hours', () => {
    fc.assert(
      fc.property(fc.integer({min: 10, max: 400}), fc.constantFrom('/hour', '/hr', ' an hour', ' per hour', ' hourly'), (rate, unit) => {
        const [s] = parseSalaries(`$${rate}${unit}`)
        expect(s?.period).toBe('hour')
        expect(annualise(s!)).toEqual({min: rate * 2080, max: rate * 2080})
      }),
    )
  })

  it('never throws and returns ordered, finite figures on any text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'$€£0123456789kK,.- to/hourUSD '.split(''))}), (text) => {
        for (const s of parseSalaries(text)) {
          expect(Number.isFinite(s.min) && Number.isFinite(s.max)).toBe(true)
          expect(s.min).toBeLessThanOrEqual(s.max)
        }
      }),
    )
  })
})

describe('currencyFinder', () => {
  it('finds the first currency at or after each place asked, as one pattern for symbols and codes does', () => {
    // The pattern the looks for symbols and codes apart stand for.
    const pattern = /[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|JPY|INR|SGD|HKD|BRL|MXN|ZAR|ILS|AED|CNY)(?![A-Za-z])/g
    const pieces = ['$', '€', '£', '¥', '₹', 'USD', 'EUR', 'usd', 'USDA', 'XUSD', '_GBP', 'CHF1', 'CNY-', 'SEKs', 'KPI', '150k', ' ', '\n', '\0', 'a', 'é', 'ж', '🚀', '-']
    let found = 0
    fc.assert(
      // Places asked in any order, as salaryStatements asks them (rising) and not.
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), fc.array(fc.nat(40), {minLength: 1, maxLength: 6}), (parts, places) => {
        const text = parts.join('')
        const next = currencyFinder(text)
        for (const from of places) {
          pattern.lastIndex = from
          const expected = pattern.exec(text)?.index ?? -1
          expect(next(from)).toBe(expected)
          if (expected >= 0) found++
        }
        expect(mayNameSalary(text)).toBe(currencyFinder(text)(0) >= 0)
      }),
      {numRuns: 5000},
    )
    expect(found).toBeGreaterThan(1500)
  })

  it('reads a posting of many salary lines once per symbol, not once per line', () => {
    // Each line names a dollar figure and no other currency. Before each look remembered what it
    // found, the looks for the other symbols read to the end of the text from every line: a time
    // that grows with the square of the posting. Counted here (the characters indexOf passes over
    // in this text), never timed.
    const text = Array.from({length: 2000}, (_, i) => `Pay $${i}k a year`).join('\n')
    const indexOf = String.prototype.indexOf
    let read = 0
    let lines = 0
    String.prototype.indexOf = function (this: string, search: string, position = 0) {
      const at = indexOf.call(this, search, position)
      if (this === text && search !== '\n') read += (at < 0 ? this.length : at) - position
      return at
    }
    try {
      const next = currencyFinder(text)
      for (let at = next(0); at >= 0; at = next(text.indexOf('\n', at) + 1 || text.length)) lines++
    } finally {
      String.prototype.indexOf = indexOf
    }
    expect(lines).toBe(2000)
    // Five symbols: at most about five passes over the text.
    expect(read / text.length).toBeLessThan(6)
  })
})

describe('annualise', () => {
  it('multiplies months by 12 and hours by 2080', () => {
    expect(annualise({currency: 'USD', min: 10_000, max: 12_000, period: 'month', words: ''})).toEqual({min: 120_000, max: 144_000})
    expect(annualise({currency: 'USD', min: 80, max: 90, period: 'hour', words: ''})).toEqual({min: 166_400, max: 187_200})
    expect(annualise({currency: 'USD', min: 150_000, max: 180_000, period: 'year', words: ''})).toEqual({min: 150_000, max: 180_000})
  })
})

describe('bandFor', () => {
  it('has the usual figures per role and stage (docs/roles.md#pay-by-stage)', () => {
    expect(bandFor(DEFAULT_BANDS, 'USD', 'pm', 'seed-a')).toEqual([150_000, 200_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'combined', 'seed-a')).toEqual([150_000, 200_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'pm', 'b-c')).toEqual([200_000, 250_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'po', 'b-c')).toEqual([140_000, 180_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'cpo', 'd-public')).toEqual([300_000, 400_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'po', 'd-public')).toEqual([140_000, 180_000])
  })

  it('has no band where none is priced', () => {
    expect(bandFor(DEFAULT_BANDS, 'USD', 'po', 'seed-a')).toBeNull()
    expect(bandFor(DEFAULT_BANDS, 'USD', 'combined', 'b-c')).toBeNull()
    expect(bandFor(DEFAULT_BANDS, 'EUR', 'pm', 'b-c')).toBeNull()
  })

  it('spans every stage of the role when the stage is unknown', () => {
    expect(bandFor(DEFAULT_BANDS, 'USD', 'pm', 'unknown')).toEqual([150_000, 250_000])
    expect(bandFor(DEFAULT_BANDS, 'USD', 'po', 'unknown')).toEqual([140_000, 180_000])
  })

  it('takes bands for other currencies', () => {
    expect(bandFor({...DEFAULT_BANDS, EUR: {po: {'b-c': [60_000, 80_000]}}}, 'EUR', 'po', 'b-c')).toEqual([60_000, 80_000])
  })
})

describe('formatRange', () => {
  it('writes thousands as K and keeps small figures whole', () => {
    expect(formatRange(140_000, 180_000, 'USD')).toBe('$140K-$180K')
    expect(formatRange(62_500, 62_500, 'EUR')).toBe('€62.5K')
    expect(formatRange(150_000, 160_000, 'CHF')).toBe('CHF 150K-CHF 160K')
  })
})

describe('salaryStatements', () => {
  const statements = (text: string) => buildPosting(text, {vocabulary: builtInVocabulary()}).posting.salaries.map((s) => [s.range.line, s.salary.min, s.salary.max])

  it('reads the front matter salary on its own line', () => {
    expect(statements('---\ntitle: Product Owner\nstage: Series B\nsalary: $150k - $170k\n---\n\nText\n')).toEqual([[4, 150_000, 170_000]])
  })

  it('reads a line that talks about pay', () => {
    expect(statements('# Product Manager\n\nWe raised $40M.\n\nThe salary range is $150k-$180k.\n')).toEqual([[5, 150_000, 180_000]])
  })

  it('reads a figure under a compensation heading', () => {
    expect(statements('# Product Manager\n\n## Compensation\n\n- $150,000 to $180,000\n')).toEqual([[5, 150_000, 180_000]])
  })

  it('ignores money that is not pay, HTML comments and code', () => {
    expect(statements('# Product Manager\n\nOur customers save $50k a year.\n\n<!-- salary: $300k -->\n\n```\nsalary = "$300k"\n```\n')).toEqual([])
  })
})
