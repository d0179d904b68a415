// Properties of lintText over generated Markdown-ish postings: it never throws, every finding
// lies inside the document and points at the text it names, and the answer does not depend on
// the run, the line endings or a byte order mark. The seed is fixed so that the suite gives the
// same answer every time; JDLINT_FC_SEED=<n> or =random and JDLINT_FC_RUNS=<n> explore further,
// and a failure prints the seed and path that reproduce it.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintText, type LintMessage, type LintResult, type Range} from '../src/index.ts'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import {buildPosting} from '../src/read/posting.ts'
import {stripBom} from '../src/read/text.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 200)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261130)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

// ---------------------------------------------------------------------------------------------
// Generators. Words come from the vocabulary's world so that rules fire; odd characters cover
// unicode, control characters and Markdown punctuation. No `&`: a character reference puts
// letters in the text that are not in the source, which the "points at its text" check reads.

const WORDS = [
  'Own', 'own', 'the', 'roadmap', 'and', 'run', 'sprint', 'planning', 'sprints', 'write', 'user', 'stories', 'acceptance',
  'criteria', 'groom', 'backlog', 'prioritise', 'prioritize', 'set', 'product', 'vision', 'strategy', 'interview', 'customers',
  'define', 'metrics', 'OKRs', 'align', 'stakeholders', 'engineers', 'developers', 'tech', 'lead', 'feasibility', 'Product',
  'Manager', 'Owner', 'PM', 'PO', 'Scrum', 'Master', 'you', 'You', 'will', 'not', 'never', 'our', 'Our', 'runs', 'with', 'by',
  'accountable', 'for', 'decide', 'success', 'Success', 'looks', 'like', 'Series', 'A', 'B', 'C', 'seed', 'IPO', 'teams',
  'squads', '40', '3+', 'years', 'experience', 'salary', '$150,000', '-', '$190,000', '€90k', 'per', 'year', 'hour', '$60',
  'both', 'combined', 'looking', 'hiring', 'a', 'an', 'of', 'to', 'in', 'is', 'this', 'role', 'Responsibilities', 'Requirements',
  'About', 'Benefits', 'apply', 'rather', 'than', 'instead', 'daily', 'standups', 'release', 'QA', 'market', 'research',
]
const ODD = [
  'é', 'ß', 'İ', 'ﬁ', '中文', '日本語', 'العربية', '😀', '👩‍💻', '🇩🇪', 'e\u0301', '\u200b', '\u200d', '\u202e', '\u00a0', '\u2028', '\u2029',
  '\u0085', '\ufeff', '\ufffd', '\ud800', '\udfff', '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\t',
  '*', '**', '_', '__', '`', '``', '[', ']', '(', ')', '<', '>', '!', '#', '|', '~', '\\', '.', '. ', '?', ':', ';', '"', "'", '’',
  '—', '–', '/', '+', '=', '{', '}', '%', '^', '...', 'e.g.', 'U.S.', '1.', '2)', '--', '---',
]
/** Whole duty phrases, so that generated postings reach the rules often. */
const DUTIES = [
  'Own the product roadmap', 'run sprint planning with the developers', 'write user stories and acceptance criteria',
  'set the product vision and strategy', 'interview customers every week', 'groom and prioritise the backlog',
  'define the success metrics', 'facilitate the daily standups', 'align stakeholders on the roadmap',
  'decide what the team builds next', 'accept or reject user stories', 'manage the release scope',
  'you will not run sprints', 'our Product Owner runs the backlog', 'work with engineers on feasibility',
]
const word = fc.oneof({weight: 5, arbitrary: fc.constantFrom(...WORDS)}, {weight: 1, arbitrary: fc.constantFrom(...ODD)}, {weight: 2, arbitrary: fc.constantFrom(...DUTIES)})
const words = fc.array(word, {minLength: 1, maxLength: 10}).map((ws) => ws.join(' '))

const inline = fc.oneof(
  {weight: 6, arbitrary: words},
  {weight: 1, arbitrary: words.map((t) => `**${t}**`)},
  {weight: 1, arbitrary: words.map((t) => `*${t}* and _${t}_`)},
  {weight: 1, arbitrary: fc.tuple(words, words).map(([a, b]) => `${a} \`${b}\` ${a}`)},
  {weight: 1, arbitrary: fc.tuple(words, words).map(([a, b]) => `[${a}](https://example.com/jobs?id=1) ${b}`)},
  {weight: 1, arbitrary: fc.tuple(words, words).map(([a, b]) => `${a} <b>${b}</b> <br/>`)},
  {weight: 1, arbitrary: words.map((t) => `![${t}](logo.png) ${t}`)},
  {weight: 1, arbitrary: fc.tuple(words, words).map(([a, b]) => `${a}. ${b}! ${a}? ${b}.`)},
  {weight: 1, arbitrary: words.map((t) => `${t} <!-- jdlint-disable-line -->`)},
  {weight: 1, arbitrary: words.map((t) => `${t}<!-- jdlint-disable-line no-mixed-duties -- a reason -->`)},
  {weight: 1, arbitrary: words.map((t) => `${t}\\\n${t}`)},
  {weight: 1, arbitrary: words.map((t) => `<https://example.com> ${t}`)},
)

const indent = fc.constantFrom('', '', '  ', '    ', '\t', '   ', '      ', '        ')
const marker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.')
const listItem = fc.tuple(indent, marker, inline).map(([i, m, t]) => `${i}${m} ${t}`)
const nestedList = fc.tuple(fc.integer({min: 1, max: 40}), inline).map(([depth, t]) => Array.from({length: depth}, (_, d) => `${'  '.repeat(d)}- ${t}`).join('\n'))
const SECTIONS = ['Responsibilities', 'What you will do', 'Requirements', 'About us', 'About the role', 'Benefits', 'How to apply', 'Nice to have', 'What you will not do', 'Success in this role']

const block = fc.oneof(
  {weight: 4, arbitrary: inline},
  {weight: 5, arbitrary: listItem},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`)},
  {weight: 2, arbitrary: fc.constantFrom('# Product Manager', '# Product Owner', '# Senior Product Manager, Payments', '# Product Manager / Product Owner', '# Scrum Master', 'Product Owner\n===')},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 3}), fc.constantFrom(...SECTIONS)).map(([n, t]) => `${'#'.repeat(n)} ${t}`)},
  {weight: 1, arbitrary: fc.constantFrom(...SECTIONS).map((t) => `**${t}**`)},
  {weight: 1, arbitrary: fc.constantFrom(...SECTIONS).map((t) => `${t}:`)},
  {weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`)},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 5}), fc.oneof(inline, listItem)).map(([n, t]) => `${'> '.repeat(n)}${t}`)},
  {weight: 1, arbitrary: inline.map((t) => `> - ${t}\n>   - ${t}\n> > ${t}`)},
  {weight: 1, arbitrary: nestedList},
  {weight: 1, arbitrary: fc.tuple(inline, fc.boolean()).map(([t, closed]) => `\`\`\`\n${t}\n${closed ? '```' : ''}`)},
  {weight: 1, arbitrary: inline.map((t) => `    ${t}`)},
  {weight: 1, arbitrary: fc.constantFrom('<div>', '</div>', '<div class="x">\n<p>\n</div>', '<!-- a comment -->', '<!--\nunclosed comment', '<!-- jdlint-disable -->', '<!-- jdlint-enable -->', '<!-- jdlint-disable-next-line -->', '<!-- jdlint-disable-file no-two-jobs -->', '<!-- jdlint-bogus -->', '<!-- jdlint-disable no-such-rule -->', '<!-- expect no-mixed-duties -->')},
  {weight: 1, arbitrary: inline.map((t) => `| a | b |\n|---|---|\n| ${t} | x |`)},
  {weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '- - -')},
  {weight: 1, arbitrary: fc.constantFrom('Job title: Product Owner', 'Position: Product Manager', 'Role: Senior Product Owner', 'We are looking for a Product Owner.', 'We are a Series B company with 40 engineers in 6 squads.', 'Salary: $120,000 - $150,000 per year')},
  {weight: 2, arbitrary: fc.constant('')},
)

const YAML_LINES = [
  'title: Product Manager', 'title: Product Owner', "title: 'Senior Product Manager, Payments'", 'title: Product Manager / Product Owner',
  'role: pm', 'role: po', 'role: combined', 'role: 3', 'role: [pm, po]', 'role: constructor', 'stage: Series B', 'stage: seed', 'stage: {a: 1}',
  'salary: 150000', 'salary: $120,000 - $150,000', 'title: [unclosed', 'a: *nope', '  bad: indent', '\tx: 1', 'title: "unclosed', 'x: 1',
  'x: 1', '- a list', 'title: !!binary aGVsbG8=', 'title: 2024-01-01', '# a comment', '',
]
const frontMatter = fc.oneof(
  {weight: 3, arbitrary: fc.constant('')},
  {weight: 3, arbitrary: fc.array(fc.constantFrom(...YAML_LINES), {maxLength: 6}).map((ls) => `---\n${ls.join('\n')}\n---\n`)},
  {weight: 1, arbitrary: fc.array(fc.constantFrom(...YAML_LINES), {maxLength: 4}).map((ls) => `---\n${ls.join('\n')}\n`)},
)

/** A posting with LF line endings (CR only inside odd words, never as a line ending). */
const posting = fc
  .tuple(fc.boolean(), frontMatter, fc.array(block, {maxLength: 30}), fc.array(fc.constantFrom('\n', '\n\n'), {minLength: 30, maxLength: 30}), fc.boolean())
  .map(([bom, fm, blocks, gaps, finalNewline]) => `${bom ? '\ufeff' : ''}${fm}${blocks.map((b, i) => b + (i < blocks.length - 1 ? gaps[i] : '')).join('')}${finalNewline ? '\n' : ''}`)

/** The same, with any mixture of LF, CRLF and lone CR line endings. */
const mixedEndings = fc.tuple(posting, fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r'))).map(([text, endings]) => text.replace(/\n/g, () => endings.next().value as string))

// ---------------------------------------------------------------------------------------------
// Helpers

/** Offsets where each line starts; CRLF, CR and LF each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length)
  return starts
}

function lineLength(text: string, starts: number[], line: number): number {
  const start = starts[line - 1] as number
  const next = starts[line]
  let end = next === undefined ? text.length : next
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--
  return end - start
}

function offsetOf(starts: number[], line: number, column: number): number {
  return (starts[line - 1] as number) + column - 1
}

function slice(text: string, starts: number[], r: Range): string {
  return text.slice(offsetOf(starts, r.line, r.column), offsetOf(starts, r.endLine, r.endColumn))
}

const sameRange = (a: Range, b: Range) => a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn
const WORD = /[\p{L}\p{N}]+/gu
const wordsOf = (text: string) => text.match(WORD) ?? []

/** Words of `needles` occur in `haystack` in this order. */
function inOrder(needles: string[], haystack: string): boolean {
  let from = 0
  for (const n of needles) {
    const at = haystack.indexOf(n, from)
    if (at < 0) return false
    from = at + n.length
  }
  return true
}

/** What a reader would not count as words before a unit's text: markup, tags, code spans, link targets. */
function withoutMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/`+[^`]*`+/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
}

function checkBounds(text: string, starts: number[], r: Range, what: string): void {
  const lines = starts.length
  expect(r.line, what).toBeGreaterThanOrEqual(1)
  expect(r.endLine, what).toBeLessThanOrEqual(lines)
  expect(r.endLine, what).toBeGreaterThanOrEqual(r.line)
  expect(r.column, what).toBeGreaterThanOrEqual(1)
  expect(r.column, what).toBeLessThanOrEqual(lineLength(text, starts, r.line) + 1)
  expect(r.endColumn, what).toBeGreaterThanOrEqual(1)
  expect(r.endColumn, what).toBeLessThanOrEqual(lineLength(text, starts, r.endLine) + 1)
  if (r.endLine === r.line) expect(r.endColumn, what).toBeGreaterThanOrEqual(r.column)
}

const describeMessage = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`

/** What two runs must agree on: everything but the file path. */
function comparable(result: LintResult) {
  return {messages: result.messages, suppressed: result.suppressedMessages, posting: result.posting, counts: [result.errorCount, result.warningCount, result.fatalErrorCount]}
}

// ---------------------------------------------------------------------------------------------

describe('lintText on generated postings', () => {
  it('never throws, and fills in counts that match its messages', () => {
    fc.assert(
      fc.property(mixedEndings, (text) => {
        const result = lintText(text, {filePath: 'x.md', reportUnusedDisableDirectives: 'warn'})
        expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length)
        expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length)
        expect(result.posting).not.toBeNull()
      }),
      params,
    )
  })

  it('places every finding and related location inside the document', () => {
    fc.assert(
      fc.property(mixedEndings, (text) => {
        const source = stripBom(text)
        const starts = lineStarts(source)
        const result = lintText(text, {reportUnusedDisableDirectives: 'warn'})
        for (const m of [...result.messages, ...result.suppressedMessages]) {
          checkBounds(source, starts, m, describeMessage(m))
          for (const r of m.relatedLocations ?? []) checkBounds(source, starts, r, `related of ${describeMessage(m)}`)
        }
      }),
      params,
    )
  })

  it('points a finding on a duty line at that line as written, and a title finding at the title', () => {
    let unitFindings = 0
    let titleFindings = 0
    fc.assert(
      fc.property(mixedEndings, (text) => {
        const source = stripBom(text)
        const starts = lineStarts(source)
        const {posting} = buildPosting(source, {vocabulary: builtInVocabulary()})
        for (const m of lintText(text, {inlineConfig: false}).messages) {
          if (m.ruleId === null) continue
          const what = describeMessage(m)
          const unit = posting.units.find((u) => sameRange(u, m))
          if (unit) {
            unitFindings++
            const written = slice(source, starts, m)
            // Non-empty, starting on the unit's first character, not on the space or line ending
            // before it (Markdown trims only these; a no-break space or U+FEFF is text to it).
            expect(written.trim(), what).not.toBe('')
            expect(written[0], what).not.toMatch(/[ \t\r\n]/)
            const unitWords = wordsOf(unit.text)
            // Every word of the unit, in order, inside the range...
            expect(inOrder(unitWords, written), `${what}\nunit: ${JSON.stringify(unit.text)}\nsource: ${JSON.stringify(written)}`).toBe(true)
            // ...and nothing a reader would call a word before the first of them.
            if (unitWords.length) {
              const before = written.slice(0, written.indexOf(unitWords[0] as string))
              expect(wordsOf(withoutMarkup(before)), `${what}\nsource: ${JSON.stringify(written)}`).toEqual([])
            }
          } else if (posting.title && sameRange(posting.titleRange, m)) {
            titleFindings++
            const written = slice(source, starts, m)
            expect(inOrder(wordsOf(posting.title).slice(0, 1), written), `${what}\ntitle: ${posting.title}\nsource: ${JSON.stringify(written)}`).toBe(true)
          }
        }
      }),
      params,
    )
    // The generator must reach the rules, or the property says nothing.
    expect(unitFindings).toBeGreaterThan(RUNS / 4)
    expect(titleFindings).toBeGreaterThan(0)
  })

  it('returns findings sorted by line, column, rule id and message', () => {
    fc.assert(
      fc.property(mixedEndings, (text) => {
        const messages = lintText(text, {reportUnusedDisableDirectives: 'warn'}).messages
        const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message))
        expect(messages.map(describeMessage)).toEqual(sorted.map(describeMessage))
      }),
      params,
    )
  })

  it('gives the same answer twice, and leaves its options alone', () => {
    fc.assert(
      fc.property(mixedEndings, (text) => {
        const options = {filePath: 'a.md', rules: {'no-two-jobs': {severity: 1 as const}}, reportUnusedDisableDirectives: 'warn' as const}
        const before = JSON.stringify(options)
        expect(lintText(text, options)).toEqual(lintText(text, options))
        expect(JSON.stringify(options)).toBe(before)
      }),
      params,
    )
  })

  it('gives a copy with CRLF or lone CR line endings, or with a byte order mark, the same findings', () => {
    fc.assert(
      fc.property(posting, (text) => {
        const lf = comparable(lintText(text))
        expect(comparable(lintText(text.replace(/\n/g, '\r\n')))).toEqual(lf)
        expect(comparable(lintText(text.replace(/\n/g, '\r')))).toEqual(lf)
        expect(comparable(lintText(`\ufeff${stripBom(text)}`))).toEqual(lf)
      }),
      params,
    )
  })
})
