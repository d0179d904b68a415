// What kind of section a heading opens (responsibilities, requirements, benefits ...), from its
// words: the sections reader (units.ts) and the blocks reader (blocks.ts, which takes a line in
// capitals as a heading only when it names a section) both ask it.
import type {SectionKind} from '../model.ts'

const SECTION_PATTERNS: [SectionKind, RegExp][] = [
  ['nice-to-have', /nice[\s-]to[\s-]haves?|bonus|\bplus\b|desirable|preferred|would be (?:great|nice)|extra credit|not required/i],
  ['benefits', /benefits?|perks|what we offer|we offer|compensation|salary|\bpay\b|why (?:join|work)|what(?:'s| is)? in it for you|what else can you expect|rewards/i],
  ['how-to-apply', /how to apply|\bapply\b|interested\?|contact us|next steps|hiring process|interview process|equal opportunit|diversity|sounds good/i],
  ['responsibilities', /responsibilit|duties|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|your tasks|your role|the role|about the (?:role|position|job)|the job|job description|day[\s-]to[\s-]day|in this role|your mission|accountabilit|purpose of (?:the )?(?:job|role)|key (?:tasks|activities)|what you(?:'|’)?ll own|practice|scope|expected outcomes|you will/i],
  ['requirements', /requirements?|qualifications?|who you are|about you|your profile|skills|experience|what you bring|what we(?:'|’)?re looking for|we(?:'|’)?d love|must[\s-]haves?|essential|you have|criteria|person specification|competenc|knowledge/i],
  ['about', /about|who we are|our (?:mission|story|team|company|values)|company description|team description|what is|culture|the team|the company|learn more/i],
]

export function classifySection(heading: string): SectionKind {
  const head = heading.slice(0, 200)
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(head)) return kind
  return 'other'
}

// Words that may stand before a section's name ("KEY RESPONSIBILITIES", "OUR BENEFITS", "YOUR
// ROLE AT ACME").
const FILLER = new Set(['a', 'an', 'and', 'the', 'our', 'your', 'you', 'we', 'us', 'of', 'for', 'in', 'to', 'at', 'on', 'key', 'main', 'core', 'what', 'who', 'is', 'are', 'be', 'do', 'll', 're', 's', 'it', 'here'])
const WORD = /[\p{L}\p{N}]+/gu
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
// "apply" names the how-to-apply section only as "to apply" or "apply now / here / today / online":
// "you'll apply your skills to:" is a sentence.
const APPLY_NAMES = /(?:\bto\s+apply|\bapply\s+(?:now|here|today|online|below))\b/i

/**
 * Whether a line is the name of a section rather than a sentence or a duty that holds a section's
 * word: the words the first pattern that classifies it matched start the line, after filler words
 * at most ("WHAT YOU'LL DO", "KEY RESPONSIBILITIES", "BENEFITS & PERKS AT ACME", "YOUR ROLE AT
 * ACME CORP"). "GATHER AND WRITE REQUIREMENTS FOR THE SQUAD", "APPLY LEAN PRACTICES EVERY DAY"
 * and "In this role you will apply your skills to:" are not.
 */
export function namesSection(line: string): boolean {
  const head = line.slice(0, 200)
  for (const [, re] of SECTION_PATTERNS) {
    const m = re.exec(head)
    if (!m) continue
    if (/^apply$/i.test(m[0]) && !APPLY_NAMES.test(head)) return false
    let from = m.index
    while (from > 0 && LETTER_OR_DIGIT.test(head[from - 1] as string)) from--
    return (head.slice(0, from).toLowerCase().match(WORD) ?? []).every((w) => FILLER.has(w))
  }
  return false
}
