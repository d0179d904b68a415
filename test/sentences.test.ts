// A paragraph with a duty is split into sentences. The English parser finds them, but plain text
// (ASCII words, single spaces, every sentence end followed by a capital) is split without it: the
// two ways must find the same sentences at the same places, on text made to trip the fast way
// up (abbreviations, initials, decimals, quotes, brackets, ellipses, URLs, emoji, other scripts).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import type {Nodes} from 'mdast'
import {mappedText} from '../src/read/mdast.ts'
import {parseMarkdown} from '../src/read/parse.ts'
import {buildPosting} from '../src/read/posting.ts'
import {firstLetterOrDigit, isPlainParagraph, parsedSentences, plainSentences} from '../src/read/units.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 500)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS * 4, ...(SEED === undefined ? {} : {seed: SEED})}

/** Words and what may stand between them, each able to end a sentence or hide one's end. */
const WORDS = [
  'Own', 'the', 'roadmap', 'backlog', 'We', 'You', 'I', 'A', 'a', 'x', 'run', 'sprints', 'team', 'users', 'data', 'Q3', '3', '42', 'v2', '2024',
  'etc', 'Inc', 'inc', 'Ltd', 'ltd', 'Mr', 'Dr', 'St', 'vs', 'approx', 'No', 'no', 'e', 'g', 'i', 'U', 'S', 'Jan', 'Sept', 'cf', 'ibid', 'al', 'viz', 'Mass', 'Calif', 'Penn',
  'e.g', 'i.e', 'U.S', '3.5', 'example.com', 'https://x.io/a.b', 'team\'s', 'won\'t', 'o\'', 'AT&T', 'and/or', 'well-known', 'x-ray',
]
const BETWEEN = [
  ' ', ' ', ' ', ' ', '. ', '. ', '. ', '! ', '? ', '.', '..', '...', ' ... ', '…', '. . ', '.  ', ' .', ', ', '; ', ': ', ' - ', '-', ' (', ') ', '(', ')', ' "', '" ', '."', '.) ', '.\' ',
  '."  ', '?! ', '!! ', '\n', '.\n', '. \n\n', '\t', '  ', '\u00a0', '. 🚀 ', '🚀', ' ж ', 'é', '’', '.’ ', '— ', ' – ', '/', '&', '%', '+', '\'', '"',
]
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...BETWEEN))
const adversarial = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))
/** Mostly plain text, so that the fast way is taken often: sentences of words, a few odd ends. */
const sentence = fc.tuple(fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 6}), fc.constantFrom('.', '.', '.', '!', '?', '', ',', '."', '...'))
const plainish = fc
  .tuple(fc.array(sentence, {minLength: 1, maxLength: 6}), fc.constantFrom(' ', ' ', '  ', '\n'))
  .map(([sentences, gap]) => sentences.map(([words, end]) => words.join(' ') + end).join(gap))

describe('a plain paragraph', () => {
  // The pattern the test stood for before: its look-aheads read the text once each.
  const PATTERN = /^(?! )(?!.* $)(?!.*  )[A-Za-z0-9 ,;:()"'’–—&/%+\-.!?]{1,5000}$/
  const pieces = [' ', '  ', 'a', 'Z', '9', '.', ',', '’', '—', '\n', '\r', '\t', '\u2028', '\u00a0', 'é', '*', ' \n ', 'x'.repeat(2500)]
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''))

  it('is what the pattern with look-aheads says, at every length and space', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isPlainParagraph(t)).toBe(PATTERN.test(t))
      }),
      params,
    )
    for (const t of ['', ' ', 'a', 'a ', ' a', 'a  b', 'a b', 'x'.repeat(5000), 'x'.repeat(5001)]) expect([t.length, isPlainParagraph(t)]).toEqual([t.length, PATTERN.test(t)])
  })
})

describe('sentences of a paragraph', () => {
  it('are the English parser’s wherever the text is plain enough to split without it', () => {
    let fast = 0
    fc.assert(
      fc.property(fc.oneof(adversarial, plainish), (text) => {
        const plain = plainSentences(text)
        if (!plain) return
        fast++
        expect(plain).toEqual(parsedSentences(text))
      }),
      params,
    )
    // The comparison means something only if the fast way was taken, on many texts.
    expect(fast).toBeGreaterThan(params.numRuns / 10)
  })

  it('are the English parser’s after a sentence end followed by a bracket', () => {
    // A bracket opening on a word after a sentence end starts the next sentence ("... every week.
    // (details) We ..."); the parser keeps one with no word after it ("Own. ((") in the sentence
    // before, and the fast way leaves that to the parser.
    const words = [...WORDS, '(details)', '(See', 'it)', '(a)', '(3)', '()', '(', '((']
    const between = [' ', ' ', ' ', '. ', '. ', '. ', '! ', '? ', '. (', '. (', '. (', '? (', '! (', '. ((', '. ( ', '.(', ' (', ') ', '.) ']
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...between)), {maxLength: 20}).map((parts) => parts.join(''))
    let fast = 0
    let bracket = 0
    fc.assert(
      fc.property(text, (t) => {
        const plain = plainSentences(t)
        if (!plain) return
        fast++
        if (plain.some((s) => s.text.startsWith('('))) bracket++
        expect(plain).toEqual(parsedSentences(t))
      }),
      params,
    )
    expect(fast).toBeGreaterThan(params.numRuns / 20)
    expect(bracket).toBeGreaterThan(params.numRuns / 100)
    expect(plainSentences('Talk to users every week. (details) Then ship. (a b')?.map((s) => s.text)).toEqual(['Talk to users every week.', '(details) Then ship.', '(a b'])
    expect(plainSentences('Talk to users every week. (')).toBeNull()
  })

  it('leave an abbreviation, an initial or a decimal inside its sentence', () => {
    for (const text of ['Report to the VP of Product, Acme Inc. Ship weekly.', 'Work with Dr. Smith on it.', 'Use tools, e.g. Jira. Then ship.', 'Grow revenue 3.5 times. Ship.', 'Talk to U.S. teams. Then ship.']) {
      const want = parsedSentences(text)
      expect(plainSentences(text) ?? want).toEqual(want)
    }
    expect(plainSentences('Own the roadmap. Run the sprints! Why? Because.')?.map((s) => s.text)).toEqual(['Own the roadmap.', 'Run the sprints!', 'Why?', 'Because.'])
  })

  it('give each sentence of a posting its own unit, as the parser would', () => {
    const posting = '# Product Manager\n\n## Responsibilities\n\nOwn the product roadmap and vision. Run sprint planning with the team. Write user stories for the backlog.\n'
    const units = buildPosting(posting, {vocabulary: builtInVocabulary()}).posting.units
    expect(units.map((u) => [u.text, u.line])).toEqual([['Own the product roadmap and vision.', 5], ['Run sprint planning with the team.', 5], ['Write user stories for the backlog.', 5]])
    expect(units.map((u) => u.column)).toEqual([1, 37, 72])
  })
})

/** Markdown whose paragraphs' text nodes are often not their source as written: escapes, references, line endings, quotes, astral characters. */
const MARKUP = [
  'Own', 'the', 'roadmap.', 'Run', 'sprints!', ' ', ' ', ' ', '\\*', '\\_', '\\\\', '&amp;', '&#x1F680;', '&copy;', '&#10;', '&#13;', '🚀', '😀x', '\uD83D', '\uDE00', 'é',
  '\n', '\r\n', '\r', '  \n', '\\\n', '`code`', '``a`b``', '*em*', '**strong**', '_x_', '[link](https://x.io)', '![alt 🚀](i.png)', '<b>', '<!-- c -->', '\n> ', '\n  ', '\n- ', '\t', 'a.b', '. ',
]
const markdown = fc.array(fc.constantFrom(...MARKUP), {minLength: 1, maxLength: 25}).map((parts) => parts.join(''))

describe('the words of a paragraph placed in the source', () => {
  it('are placed the same when a text node is taken as written as when each character is looked for', () => {
    let verbatim = 0
    fc.assert(
      fc.property(fc.oneof(markdown, markdown.map((m) => `> ${m}`), markdown.map((m) => `- ${m}`)), (source) => {
        const stack: Nodes[] = [parseMarkdown(source)]
        while (stack.length) {
          const node = stack.pop() as Nodes
          if (node.type === 'paragraph') {
            const fast = mappedText(node, source)
            const slow = mappedText(node, source, true)
            expect(fast.text).toBe(slow.text)
            const offsets = Array.from({length: fast.text.length + 2}, (_, i) => i - 1)
            expect(offsets.map((i) => fast.sourceAt(i))).toEqual(offsets.map((i) => slow.sourceAt(i)))
            if (node.children.some((c) => c.type === 'text' && source.startsWith(c.value, c.position?.start.offset ?? -1))) verbatim++
          } else if ('children' in node) stack.push(...(node.children as Nodes[]))
        }
      }),
      params,
    )
    // The comparison means something only if many text nodes were taken as written.
    expect(verbatim).toBeGreaterThan(params.numRuns / 4)
  })
})

describe('the start of a sentence', () => {
  it('is the first letter or digit, found as the Unicode pattern finds it', () => {
    const char = fc.constantFrom(' ', '.', '"', '(', '-', '*', '\n', '_', '9', 'a', 'Z', 'é', 'ж', '½', '٣', '𝐀', '🚀', '\u00a0', '’', '—', '\uD835', '\uDC00', 'ª')
    fc.assert(
      fc.property(fc.array(char, {maxLength: 12}), (chars) => {
        const text = chars.join('')
        expect(firstLetterOrDigit(text)).toBe(text.search(/[\p{L}\p{N}]/u))
      }),
      params,
    )
  })
})
