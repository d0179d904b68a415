import type {Stage, StageReading} from '../model.ts'
import {allWords, firstLineMatch, type LineMatch} from './blocks.ts'
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

const ENGINEERS = /\b(\d{1,4})\+?\s+(?:(?:software|full[\s-]stack|backend|frontend|product)\s+)?(?:engineers|developers)\b/i
const TEAMS = /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+(?:(?:cross[\s-]functional|scrum|agile|engineering|delivery|development)\s+)?(?:product\s+lines|product\s+teams|teams|squads|pods|products|business\s+lines)\b/i

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
    let first: (LineMatch & {stage: Stage}) | null = null
    for (const [stage, re] of STAGE_TEXT) {
      const found = firstLineMatch(blocks, words, re)
      // On one line, the first pattern that matches names the stage.
      if (found && (!first || found.start < first.start)) first = {...found, stage}
    }
    if (first) Object.assign(reading, {stage: first.stage, source: 'text', evidence: first.match[0], line: first.line.line})
  }
  const engineers = firstLineMatch(blocks, words, ENGINEERS)
  if (engineers) reading.engineers = Number(engineers.match[1])
  const teams = firstLineMatch(blocks, words, TEAMS)
  if (teams) reading.teams = WORD_NUMBERS[(teams.match[1] as string).toLowerCase()] ?? Number(teams.match[1])
  return reading
}
