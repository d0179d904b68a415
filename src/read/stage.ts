import {isSpaceCode} from '../duties/matcher.ts'
import type {Stage, StageReading} from '../model.ts'
import {allWords, firstLineMatch} from './blocks.ts'
import type {TextLine} from './mdast.ts'

const WORD_NUMBERS: Record<string, number> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, multiple: 3, many: 3}

/** Stage names a front matter `stage:` may use. */
export function stageFromValue(value: string): Stage | null {
  const v = value.toLowerCase().replace(/[\s_]+/g, '-')
  if (/^(pre-?seed|seed|seed-?a|series-?a|a|early|early-stage|startup)$/.test(v)) return 'seed-a'
  if (/^(series-?[bc]|[bc]|b-?c|growth|scale-?up)$/.test(v)) return 'b-c'
  if (/^(series-?[d-h]|[d-h]|d-?public|public|ipo|mature|enterprise|late|late-stage)$/.test(v)) return 'd-public'
  return null
}

const STAGE_TEXT: [Stage, RegExp][] = [
  ['d-public', /\b(?:series\s+[d-h]\b|publicly[\s-]+(?:traded|listed|held)|public(?:ly)?\s+(?:listed\s+)?company|(?:went|going|recent|since\s+(?:our|the))\s+(?:public|IPO)|\bIPO\b|(?:NYSE|NASDAQ|LSE)\s*:\s*[A-Z]{1,5})/i],
  ['b-c', /\bseries\s+[bc]\b/i],
  ['seed-a', /\b(?:pre[\s-]?seed|seed[\s-]+(?:stage|funded|round|funding|startup|company)|seed-stage|series\s+a\b|raised\s+(?:our|a)\s+seed)/i],
]

/**
 * The stage patterns as one (all are case-insensitive): a line names a stage exactly when it
 * matches. Most postings name a stage late or never: one look finds the first line that names
 * one, where each pattern alone would look through all the words.
 */
const ANY_STAGE = new RegExp(STAGE_TEXT.map(([, re]) => `(?:${re.source})`).join('|'), 'i')
// One flag for all: a pattern with another flag would make the one above match where it does not.
if (STAGE_TEXT.some(([, re]) => re.flags !== 'i')) throw new Error('every stage pattern must have exactly the i flag')

const ENGINEERS = /\b(\d{1,4})\+?\s+(?:(?:software|full[\s-]stack|backend|frontend|product)\s+)?(?:engineers|developers)\b/i
export const TEAMS = /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+(?:(?:cross[\s-]functional|scrum|agile|engineering|delivery|development)\s+)?(?:product\s+lines|product\s+teams|teams|squads|pods|products|business\s+lines)\b/i
/** TEAMS tried at one place only. */
const TEAMS_AT = new RegExp(TEAMS.source, 'iy')
/** Every match of TEAMS ends in one of these words, which starts a run of characters that are not blank. */
const TEAM_WORDS = /teams|squads|pods|products|lines/gi
/** The runs of characters that are not blank a match of TEAMS holds before that word: the number, "cross functional" (two), "product" or "business". */
const RUNS_BEFORE = 4

/** A `\w` character (TEAMS has no u flag: ASCII letters, digits and _). */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95

/**
 * `TEAMS.exec(words)`, found from the words every match ends in: the pattern scans every word for
 * a number, and most postings name teams without one (the look it replaces was the costliest of
 * the stage's). A match starts at a word's edge within the few runs before such a word; those
 * places are tried in the order of the text, each once (the runs before a later word start no
 * earlier), so the first match found is the first in the words.
 */
export function firstTeamsMatch(words: string): RegExpExecArray | null {
  let tried = 0
  TEAM_WORDS.lastIndex = 0
  for (let word = TEAM_WORDS.exec(words); word; word = TEAM_WORDS.exec(words)) {
    const end = word.index
    // Back no further than the places tried already: a long run of text without a blank that
    // holds many such words ("pipelines...") would otherwise be walked back once per word.
    let from = end
    for (let runs = 0; runs < RUNS_BEFORE && from > tried; runs++) {
      while (from > tried && isSpaceCode(words.charCodeAt(from - 1))) from--
      while (from > tried && !isSpaceCode(words.charCodeAt(from - 1))) from--
    }
    for (let at = from; at < end; at++) {
      // A match starts with \b and a letter or digit.
      if (!isWordCode(words.charCodeAt(at)) || (at > 0 && isWordCode(words.charCodeAt(at - 1)))) continue
      TEAMS_AT.lastIndex = at
      const found = TEAMS_AT.exec(words)
      if (found) return found
    }
    tried = Math.max(tried, end)
  }
  return null
}

/**
 * Reads the stage from the posting's words, line by line (not its code, comments or front
 * matter): the funding round or listing it names, and the size it states (engineers, teams or
 * product lines), which mark the wall a combined role hits (docs/roles.md#the-wall). Each comes
 * from the first line that says it (the stage from the first pattern that matches there), found
 * by one look at all the words per pattern (see `firstLineMatch`); `words` is `allWords(blocks)`.
 */
export function readStage(blocks: readonly {lines: readonly TextLine[]}[], frontMatterStage: unknown, words = allWords(blocks)): StageReading {
  const reading: StageReading = {stage: 'unknown', source: 'none', evidence: '', line: 0, engineers: null, teams: null}
  if (typeof frontMatterStage === 'string') {
    const stage = stageFromValue(frontMatterStage)
    if (stage) Object.assign(reading, {stage, source: 'front-matter', evidence: `stage: ${frontMatterStage}`, line: 1})
  }
  if (reading.source === 'none') {
    // The first line any stage pattern matches is the first line of each that matches there; on
    // it, the first pattern that matches names the stage.
    const any = firstLineMatch(blocks, words, ANY_STAGE)
    if (any) {
      for (const [stage, re] of STAGE_TEXT) {
        const match = re.exec(any.line.text)
        if (match) {
          Object.assign(reading, {stage, source: 'text', evidence: match[0], line: any.line.line})
          break
        }
      }
    }
  }
  const engineers = firstLineMatch(blocks, words, ENGINEERS)
  if (engineers) reading.engineers = Number(engineers.match[1])
  const teams = firstLineMatch(blocks, words, TEAMS, firstTeamsMatch(words))
  if (teams) reading.teams = WORD_NUMBERS[(teams.match[1] as string).toLowerCase()] ?? Number(teams.match[1])
  return reading
}
