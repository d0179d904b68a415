// Sections and duty units: each block under the heading it stands under; paragraphs with a duty
// split into sentences; every unit matched against the duty vocabulary.
import {analyzeUnit, type Vocabulary} from '../duties/analyze.ts'
import type {UnitInput, Voice} from '../duties/features.ts'
import {decideUnit, type DutyModel, type UnitDecision} from '../duties/model.ts'
import {NEGATION} from '../duties/words.ts'
import {loadSentenceParser} from '../lazy.ts'
import type {DutyUnit, Family, FamilyMatch, Role, Section, SectionKind} from '../model.ts'
import type {Block} from './blocks.ts'
import {lineParts} from './lines.ts'
import {classifySection} from './section-kind.ts'
import type {MappedText} from './mdast.ts'
import {blanksBefore, type LineIndex} from './text.ts'

const ADDRESSES_HIRE = /\b(?:you|your|you(?:'|’)ll|you(?:'|’)re|this role|the role|this position|the position|the successful candidate|the candidate|the hire)\b/i
// No two neighbouring quantifiers can take the same characters, so a line of spaces or digits
// cannot make it backtrack; it also only ever sees a unit's first words.
const EXPERIENCE = /^\s*(?:\d[\d\s+-]*(?:years?|yrs)|(?:(?:proven|demonstrated|prior|previous|relevant|hands-on|solid|significant)\s+)?(?:experience|track record|background|familiarity|knowledge|understanding)|familiar|ability|able to|strong|excellent|deep|expert|proficien)/i

/** A block that may hold duties, with the section it stands in. */
export interface Candidate {
  block: Block
  section: Section
  /** Under a heading that denies ("What you won't do"). */
  negated: boolean
}

/** The sections of the posting, and each non-heading block with the section it stands in. */
export function readSections(blocks: readonly Block[], index: LineIndex): {sections: Section[]; candidates: Candidate[]} {
  const sections: Section[] = []
  const candidates: Candidate[] = []
  let section: Section = {kind: 'other', heading: '', line: 1}
  let negated = false
  for (const block of blocks) {
    if (block.kind === 'heading') {
      section = {kind: classifySection(block.text), heading: block.text, line: index.point(block.start).line}
      negated = NEGATION.test(block.text)
      sections.push(section)
    } else candidates.push({block, section, negated})
  }
  return {sections, candidates}
}

/** A unit read from a paragraph: its text and where it starts and ends in the source. */
interface PlacedText {
  text: string
  start: number
  end: number
}

/**
 * The units of a paragraph, each with its own offsets in the source: its sentences, and in a
 * paragraph written as a list of lines (`lineParts`), the sentences of each line.
 */
function sentencesOf(words: MappedText, paraEnd: number): PlacedText[] {
  const found: PlacedText[] = []
  const parts = lineParts(words.text, words.hardBreaks, words.headed)
  if (!parts) {
    const sentences = plainSentences(words.text) ?? parsedSentences(words.text)
    // A paragraph of some 100,000 words may overflow the sentence parser's stack: such a
    // paragraph is one unit.
    if (!sentences) return []
    placeSentences(words, sentences, 0, paraEnd, found)
  } else {
    for (const part of parts) {
      // A part the parser cannot split is one unit.
      const sentences = plainSentences(part.text) ?? parsedSentences(part.text) ?? [{text: part.text, offset: 0}]
      const before = found[found.length - 1]
      placeSentences(words, sentences, part.offset, paraEnd, found)
      // A part's last sentence ends at the break after it, not at the next part's bullet.
      const last = found[found.length - 1]
      if (last && last !== before && part.end < words.text.length) last.end = words.sourceAt(part.end) ?? last.end
    }
  }
  const last = found[found.length - 1]
  if (last) last.end = paraEnd
  return found
}

/** Places sentences found at `base` in a paragraph's words in the source, each ending where the next starts, after `found`. */
function placeSentences(words: MappedText, sentences: readonly ParsedSentence[], base: number, paraEnd: number, found: PlacedText[]): void {
  const placed = found.length
  for (const {text, offset: at} of sentences) {
    const sentenceText = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
    if (!sentenceText.trim()) continue
    // The sentence starts at its first word (else its first character that is no blank: a word
    // is no blank); the words know where each character came from.
    const first = firstLetterOrDigit(sentenceText)
    const offset = base + at + (first >= 0 ? first : sentenceText.search(/\S/))
    const start = words.sourceAt(offset) ?? paraEnd
    // Each ends where the next starts.
    const previous = found[found.length - 1]
    if (previous && found.length > placed) previous.end = start
    found.push({text: sentenceText, start, end: start})
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/**
 * `text.search(LETTER_OR_DIGIT)`, read character by character while the text is ASCII (whose only
 * letters and digits are A-Z, a-z and 0-9): the search goes to the pattern only from the first
 * character beyond ASCII, which it may be, and spares compiling its Unicode classes otherwise.
 */
export function firstLetterOrDigit(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return i
    if (c > 0x7f) return text.search(LETTER_OR_DIGIT)
  }
  return -1
}

/** A sentence of a paragraph's text, as the English parser gives it: its text and where it starts. */
export interface ParsedSentence {
  text: string
  offset: number
}

/** The sentences the English parser finds in a text, or null when the text overflows its stack. */
export function parsedSentences(text: string): ParsedSentence[] | null {
  let nlcst
  try {
    nlcst = loadSentenceParser().parse(text)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return null
  }
  const found: ParsedSentence[] = []
  for (const para of nlcst.children) {
    if (para.type !== 'ParagraphNode') continue
    for (const sentence of para.children) {
      if (sentence.type === 'SentenceNode') found.push({text: nlcstText(sentence), offset: sentence.position?.start.offset ?? 0})
    }
  }
  return found
}

/**
 * Text in which the English parser's sentence ends are certain: ASCII letters, digits, single
 * spaces and plain punctuation (with the curly apostrophe and the two dashes of most postings),
 * where every `.`, `!` and `?` ends a word of letters and digits that stands after a space (or
 * opens the text) and is followed by the end of the text, or by one space and a capital letter
 * or a bracket that opens on a letter or digit ("... every week. (details) We ...").
 * Nothing there lets the parser merge two sentences (a lower-case or digit start, a closing
 * quote or bracket, a full stop inside a word or an initialism, a line break) except an
 * abbreviation before a full stop, which `endsSentence` asks the parser about.
 * Long text goes to the parser, which may give up on it (see `sentencesOf`).
 */
const PLAIN_CHARS = /^[A-Za-z0-9 ,;:()"'’–—&/%+\-.!?]{1,5000}$/
/**
 * PLAIN_CHARS with single spaces and none at either end: the two space rules are asked of the
 * string directly, where a pattern's look-aheads (`(?!.* $)(?!.*  )`) each read the text again.
 * test/sentences.test.ts compares it with that pattern.
 */
export function isPlainParagraph(text: string): boolean {
  return text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !text.includes('  ') && PLAIN_CHARS.test(text)
}
const PLAIN_END = /(?<=(?:^| )([A-Za-z0-9]+))([.!?])(?: (?=[A-Z]|\([A-Za-z0-9])|$)/y

/**
 * The sentences of a paragraph's text without the parser, when the text is plain enough to be
 * sure of them (isPlainParagraph), else null. The parser takes most of a paragraph's time, and
 * builds a whole syntax tree only for the sentence ends; test/sentences.test.ts checks that both
 * give the same sentences on adversarial text.
 */
export function plainSentences(text: string): ParsedSentence[] | null {
  if (!isPlainParagraph(text)) return null
  const found: ParsedSentence[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // `.` `!` `?`
    if (c !== 46 && c !== 33 && c !== 63) continue
    PLAIN_END.lastIndex = i
    const end = PLAIN_END.exec(text)
    if (!end) return null
    if (c === 46 && !endsSentence(end[1] as string)) return null
    found.push({text: text.slice(start, i + 1), offset: start})
    start = i + 2
  }
  if (start < text.length) found.push({text: text.slice(start), offset: start})
  return found
}

/** Per word: whether a full stop after it ends a sentence (it is no abbreviation such as "etc" or "Inc"). */
const ENDS_SENTENCE = new Map<string, boolean>()
/** Asks the parser once per word, in a sentence made to hold nothing else it would merge on. */
function endsSentence(word: string): boolean {
  let ends = ENDS_SENTENCE.get(word)
  if (ends === undefined) {
    ends = parsedSentences(`Ab ${word}. Ab`)?.length === 2
    if (ENDS_SENTENCE.size > 10000) ENDS_SENTENCE.clear()
    ENDS_SENTENCE.set(word, ends)
  }
  return ends
}

/**
 * The duty units: list items, table rows, and paragraphs (split into sentences when one holds a
 * duty), outside benefits and how-to-apply sections, and in about sections only when they
 * address the hire; each matched against the vocabulary for the role the posting hires.
 */
export interface UnitHooks {
  /** Decides each unit's families; without it, the vocabulary's matches do. */
  model?: DutyModel | null
  /** Called with each unit, how it was read and decided (training and `jdlint why`). */
  onUnit?: (unit: DutyUnit, input: UnitInput, decision: UnitDecision | null) => void
}

export function readUnits(candidates: readonly Candidate[], source: string, index: LineIndex, vocabulary: Vocabulary, role: Role, hooks: UnitHooks = {}): DutyUnit[] {
  const units: DutyUnit[] = []
  const keep = (text: string, section: Section) =>
    section.kind !== 'benefits' && section.kind !== 'how-to-apply' && (section.kind !== 'about' || ADDRESSES_HIRE.test(text))
  // `read` is the text as analysed: the unit's text with a run-in label blanked out.
  // The voice of the sentence before, in the same paragraph: whom "they" or "it" points back at.
  let previousVoice: Voice | undefined
  const add = (kind: DutyUnit['kind'], text: string, start: number, end: number, section: Section, analysis: ReturnType<typeof analyzeUnit>, negated: boolean, read = text) => {
    end = blanksBefore(source, start, end)
    const experience = section.kind === 'requirements' || section.kind === 'nice-to-have' || EXPERIENCE.test(text.slice(0, 120))
    const input: UnitInput = {text: read, tokens: analysis.tokens, kind, section: section.kind, heading: section.heading, experience, hire: role, own: analysis.own, negated: analysis.negated, delegated: analysis.delegated, mentions: analysis.mentions ?? [], mentionsRead: analysis.mentions !== undefined}
    const decision = hooks.model ? decideUnit(input, hooks.model, negated, previousVoice) : null
    previousVoice = decision?.reading.voice
    const matches = decision ? decision.matches : analysis.own
    // The decision has its matches' families already, in the same order.
    const families = decision ? decision.families : familiesOf(matches)
    const {line, column, endLine, endColumn} = index.range(start, end)
    const unit: DutyUnit = {kind, text, section, line, column, endLine, endColumn, families, matches, negated: analysis.negated, delegated: analysis.delegated, experience}
    units.push(unit)
    hooks.onUnit?.(unit, input, decision)
  }
  for (const {block, section, negated} of candidates) {
    if (!keep(block.text, section)) continue
    const kind = block.kind === 'paragraph' ? 'sentence' : (block.kind as DutyUnit['kind'])
    previousVoice = undefined
    const read = withoutLabel(block.text, block.label)
    const analysis = analyzeUnit(read, vocabulary, role, negated)
    const found = analysis.own.length || analysis.negated.length || analysis.delegated.length
    // Splitting sentences costs more than matching: a paragraph without a duty stays one unit.
    const sentences = block.sentences && found ? sentencesOf(block.sentences(), block.end) : []
    if (!sentences.length) {
      add(kind, block.text, block.start, block.end, section, analysis, negated, read)
      continue
    }
    for (const s of sentences) {
      if (!keep(s.text, section)) continue
      const sentence = withoutLabel(s.text, block.label)
      add(kind, s.text, s.start, s.end, section, analyzeUnit(sentence, vocabulary, role, negated), negated, sentence)
    }
  }
  return units
}

/** The families of some matches, each once, sorted. */
function familiesOf(matches: readonly FamilyMatch[]): Family[] {
  return [...new Set(matches.map((m) => m.family))].sort()
}

/**
 * A bold run-in label ("**Unblock** - ...") heads what follows and is no duty of its own
 * (docs/roles.md): its words are blanked, so offsets into the text still hold.
 */
function withoutLabel(text: string, label: string | undefined): string {
  if (!label) return text
  const at = text.indexOf(label)
  if (at < 0 || text.slice(0, at).trim()) return text
  return text.slice(0, at) + ' '.repeat(label.length) + text.slice(at + label.length)
}

interface NlcstLike {
  type: string
  value?: string
  children?: NlcstLike[]
}
/** The text of a sentence the English parser found. */
function nlcstText(node: NlcstLike): string {
  if (typeof node.value === 'string') return node.value
  let out = ''
  for (const c of node.children ?? []) out += nlcstText(c)
  return out
}
