import type {Stage, StageReading} from '../model.ts'
import {allWords} from './blocks.ts'
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
 * product lines), which mark the wall a combined role hits (docs/roles.md#the-wall).
 */
export function readStage(blocks: readonly {lines: readonly TextLine[]}[], frontMatterStage: unknown, words = allWords(blocks)): StageReading {
  const reading: StageReading = {stage: 'unknown', source: 'none', evidence: '', line: 0, engineers: null, teams: null}
  if (typeof frontMatterStage === 'string') {
    const stage = stageFromValue(frontMatterStage)
    if (stage) Object.assign(reading, {stage, source: 'front-matter', evidence: `stage: ${frontMatterStage}`, line: 1})
  }
  // One look at all the words first (none of these patterns holds ^, $ or a lookbehind): most
  // postings state no stage or size, and a pattern found nowhere is not tried line by line.
  const look: Look = {
    stages: reading.source === 'none' ? STAGE_TEXT.filter(([, re]) => re.test(words)) : [],
    engineers: ENGINEERS.test(words),
    teams: TEAMS.test(words),
  }
  if (!look.stages.length && !look.engineers && !look.teams) return reading
  for (const block of blocks) {
    for (const {text, line} of block.lines) {
      readLine(reading, text, line, look)
      if (reading.source !== 'none' && reading.engineers !== null && reading.teams !== null) return reading
    }
  }
  return reading
}

/** The patterns that may match a line: those found somewhere in the posting's words. */
interface Look {
  stages: [Stage, RegExp][]
  engineers: boolean
  teams: boolean
}

/** What one line says of the stage and size, where nothing before it has. */
function readLine(reading: StageReading, text: string, line: number, look: Look): void {
  if (reading.source === 'none') {
    for (const [stage, re] of look.stages) {
      const m = re.exec(text)
      if (m) {
        Object.assign(reading, {stage, source: 'text', evidence: m[0], line})
        break
      }
    }
  }
  if (reading.engineers === null && look.engineers) {
    const m = ENGINEERS.exec(text)
    if (m) reading.engineers = Number(m[1])
  }
  if (reading.teams === null && look.teams) {
    const m = TEAMS.exec(text)
    if (m) reading.teams = WORD_NUMBERS[(m[1] as string).toLowerCase()] ?? Number(m[1])
  }
}
