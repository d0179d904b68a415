// Findings quote the words that matched in text order, overlapping matches merged. Matches
// nearly always come in text order and are then quoted without sorting a copy: the quote must be
// the one sorting and merging gives, in whatever order the matches come.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {quoteMatches} from '../rules/helpers.ts'
import type {DutyUnit, FamilyMatch} from '../src/model.ts'

/** Sorts a copy by start, merges overlapping spans, quotes each. */
function sortedQuote(unit: DutyUnit, matches: FamilyMatch[]): string {
  const spans: [number, number][] = []
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1]
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end)
    else spans.push([m.start, m.end])
  }
  return spans.map(([a, b]) => `"${unit.text.slice(a, b)}"`).join(', ')
}

const text = 'Own the roadmap and run the sprint reviews with the team every week'
const unit = {text} as DutyUnit
const match = fc.tuple(fc.nat(text.length), fc.nat(12)).map(([start, length]) => ({start, end: Math.min(text.length, start + length)}) as FamilyMatch)

describe('quoting the matched words', () => {
  it('quotes as sorting and merging the matches does, in order or not', () => {
    fc.assert(
      fc.property(fc.array(match, {maxLength: 6}), fc.boolean(), (matches, sort) => {
        const given = sort ? [...matches].sort((a, b) => a.start - b.start) : matches
        expect(quoteMatches(unit, given)).toBe(sortedQuote(unit, given))
      }),
      {numRuns: 3000},
    )
    expect(quoteMatches(unit, [{start: 8, end: 15} as FamilyMatch, {start: 0, end: 3} as FamilyMatch, {start: 10, end: 19} as FamilyMatch])).toBe('"Own", "roadmap and"')
  })
})
