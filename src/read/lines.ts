// A list written as lines: text pasted from plain text arrives as one Markdown paragraph whose
// lines are each a duty, with no full stops, joined by soft or hard line breaks or led by a
// bullet glyph that is no Markdown list marker ("• Own the roadmap"). A careful reader takes each
// such line as a unit of its own; the sentence splitter alone would run them together.

import {BULLET_GLYPHS as BULLETS} from '../duties/phrases.ts'

// Glyphs that lead a line as a bullet (BULLETS). A dash also joins the parts of a sentence, so a
// line it leads is read as one a capital letter leads (see `lineParts`). Between two items on one
// line of scraped text ("Own the roadmap • Run the sprints") a glyph stands with blanks either
// side; a middle dot or a check mark there is more often punctuation ("Berlin · Remote").
const LEADING_BULLET = new RegExp(`^[${BULLETS}–—]\\s*`)
const STARTS_WITH_BULLET = new RegExp(`^[${BULLETS}]`)
const BLANK = '[ \\t\\u00a0]'
const INLINE_GLYPH = `[${BULLETS.replace(/[·✓✔]/g, '')}]`
const INLINE_BULLET = new RegExp(`${BLANK}+${INLINE_GLYPH}${BLANK}+`, 'g')
/** Whether a paragraph's text may hold more than one line unit: a line break or a bullet glyph. */
export const MAY_HOLD_LINES = new RegExp(`\\n|^[${BULLETS}–—]|${BLANK}${INLINE_GLYPH}${BLANK}`)

// How a line ends: a sentence end; a colon or semicolon, which introduces or closes an item; or
// a word or sign that leaves the sentence open, so the next line carries it on.
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/
const ITEM_END = /[:;]$/
const CONTINUES =
  /(?:[,&+/([{\-–—]|\b(?:and|or|nor|but|to|of|for|with|the|a|an|in|on|at|by|from|our|your|their|its|my|as|into|including|via|than|that|which|who|whose|where|when|while|is|are|be|will|can|such|like|across|within|between|per|about|over|under|through|this|these|we|you))$/i
// An abbreviation whose full stop ends no sentence ("... with payment providers (e.g.\nStripe").
const OPEN_ABBREVIATION = /\b(?:e\.g|i\.e|incl|approx|esp|vs|cf)\.$/i
/** A line at most this long is no line of prose wrapped at a width (which fills it to 70 or more). */
const SHORT_LINE = 60
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}–—]/u
const LOWER = /^\p{Ll}/u
/** How many characters of a line's end, or of the next line's start, a break is read from. */
const EDGE = 40

/** A part of a paragraph's text read as a unit of its own. */
export interface LinePart {
  /** Its text, without a leading bullet glyph and without blanks at either end. */
  text: string
  /** Where the text starts in the paragraph's text. */
  offset: number
  /** Where the break after it stands in the paragraph's text (the \n, or the blank before an inline bullet); the text's length for the last part. */
  end: number
}

/**
 * The parts of a paragraph's text that are each a unit: its lines where they read as a list, and
 * the items of a line that bullet glyphs separate; null when the whole text is one part, as
 * written. `hardBreaks` are the offsets of the \n that stand for hard breaks; `headed`, that the
 * text is the lines under a heading that opened its paragraph.
 *
 * A line break ends a unit when the next line opens with a bullet glyph; when the line before
 * ends with a colon or a semicolon and the next line does not open in lower case; or when the next
 * line does not open in lower case and the line before ends a sentence (. ! ?), or opens with a
 * capital letter, a digit or a dash after a line that does not leave its sentence open (a comma,
 * a dash, an open bracket, "and", "with", "the", "e.g." ...). That last kind is taken at a hard
 * break on its own (a writer who breaks the line by hand means it), but at a soft break only when
 * every soft break of the paragraph ends a unit by one of these, and, in a paragraph of two
 * lines, the first is short or `headed`: prose wrapped at a fixed width, whose next line may open
 * with a proper noun ("with our Product\nDesigners"), fills its lines and nearly always has a
 * line that opens in lower case somewhere, and is then not split there.
 */
export function lineParts(text: string, hardBreaks: readonly number[] = [], headed = false): LinePart[] | null {
  if (!MAY_HOLD_LINES.test(text)) return null
  // The lines, each as [start, end) in the text.
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  const ends = starts.slice(1).map((s) => s - 1)
  ends.push(text.length)
  // For each break (before line k): whether it is a hard break, whether it ends a unit whatever
  // the other breaks do, and whether it ends one only if every soft break ends an item. A line's
  // end and the next line's start are read from a few characters each, however long the line.
  const hard: boolean[] = [false]
  const always: boolean[] = [false]
  const capital: boolean[] = [false]
  let softAllEnd = true
  let h = 0
  for (let k = 1; k < starts.length; k++) {
    const at = (starts[k] as number) - 1
    while (h < hardBreaks.length && (hardBreaks[h] as number) < at) h++
    hard.push(hardBreaks[h] === at)
    const before = text.slice(Math.max(starts[k - 1] as number, at - EDGE), at).trimEnd()
    const next = text.slice(at + 1, Math.min(ends[k] as number, at + 1 + EDGE)).trimStart()
    let cut = false
    let item = false
    if (STARTS_WITH_BULLET.test(next)) cut = item = true
    else if (ITEM_END.test(before)) cut = item = !LOWER.test(next)
    // A full stop may end an abbreviation ("e.g.", "Inc."): a line that ends a sentence is cut
    // like one a capital letter opens, and the sentence splitter still finds the real ends.
    else item = !LOWER.test(next) && !OPEN_ABBREVIATION.test(before) && (ENDS_SENTENCE.test(before) || (CAPITAL_OR_DIGIT.test(next) && !CONTINUES.test(before)))
    always.push(cut)
    capital.push(item && !cut)
    if (!item && !hard[k]) softAllEnd = false
  }
  // Two lines of wrapped prose may meet at a proper noun ("with our Product\nDesigners"): in a
  // paragraph of two lines, a soft break ends an item only when the first line is short (prose
  // wrapped at a width fills its lines) or a heading that opened the paragraph heads them (`headed`).
  // Nor when the second line ends a sentence the first does not: one sentence, wrapped ("You will
  // support our Head of Product with Product\nDiscovery and research each quarter.").
  if (starts.length === 2 && !headed) {
    const first = text.slice(0, ends[0]).trimEnd()
    const oneSentence = !ENDS_SENTENCE.test(first) && ENDS_SENTENCE.test(text.trimEnd())
    if ((ends[0] as number) > SHORT_LINE || oneSentence) softAllEnd = false
  }
  // The parts as [start, end) in the text: lines joined where their break ends no unit, each cut
  // at its inline bullets.
  const cuts: [number, number][] = []
  let from = 0
  for (let k = 1; k <= starts.length; k++) {
    if (k < starts.length && !always[k] && !(capital[k] && (hard[k] || softAllEnd))) continue
    const to = ends[k - 1] as number
    let at = from
    for (const m of text.slice(from, to).matchAll(INLINE_BULLET)) {
      cuts.push([at, from + m.index])
      at = from + m.index + m[0].length
    }
    cuts.push([at, to])
    from = starts[k] ?? text.length
  }
  const parts: LinePart[] = []
  for (const [start, end] of cuts) {
    let offset = start
    while (offset < end && /\s/.test(text[offset] as string)) offset++
    offset += LEADING_BULLET.exec(text.slice(offset, Math.min(end, offset + EDGE)))?.[0].length ?? 0
    let last = end
    while (last > offset && /\s/.test(text[last - 1] as string)) last--
    if (last > offset) parts.push({text: text.slice(offset, last), offset, end})
  }
  if (parts.length === 1 && parts[0]!.offset === 0 && parts[0]!.text.length === text.length) return null
  return parts
}
