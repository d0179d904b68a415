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

// Words that go with a section's name without changing what it names ("KEY RESPONSIBILITIES",
// "ABOUT US", "PERKS AND BENEFITS", "What we are looking for in you:").
const FILLER = new Set(['a', 'an', 'and', 'the', 'our', 'your', 'you', 'we', 'us', 'of', 'for', 'in', 'to', 'at', 'on', 'key', 'main', 'core', 'what', 'who', 'is', 'are', 'be', 'do', 'll', 're', 's', 'it', 'here'])
const WORD = /[\p{L}\p{N}]+/gu

/**
 * Whether a line is the name of a section rather than a sentence that holds a section's word: the
 * words the first pattern that classifies it matched (whole words), and at most one word more
 * beside the filler words. "WHAT YOU'LL DO", "KEY RESPONSIBILITIES" and "Salary and benefits:"
 * name a section; "GATHER AND WRITE REQUIREMENTS FOR THE SQUAD" and "In this role you will apply
 * your skills to:" are a duty and a sentence that hold a section's word.
 */
export function namesSection(line: string): boolean {
  const head = line.slice(0, 200)
  for (const [, re] of SECTION_PATTERNS) {
    const m = re.exec(head)
    if (!m) continue
    // The matched words, widened to whole words, are the name; the rest must be filler but one.
    let from = m.index
    let to = m.index + m[0].length
    while (from > 0 && /[\p{L}\p{N}]/u.test(head[from - 1] as string)) from--
    while (to < head.length && /[\p{L}\p{N}]/u.test(head[to] as string)) to++
    const rest = (head.slice(0, from) + ' ' + head.slice(to)).toLowerCase().match(WORD) ?? []
    return rest.filter((w) => !FILLER.has(w)).length <= 1
  }
  return false
}

