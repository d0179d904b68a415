// The tokenizer reads text without letters beyond ASCII in a pass of its own, and any other text
// with Unicode word patterns. Both must give the same tokens: a letter beyond ASCII at the end of
// a text sends all of it down the Unicode way, and leaves the tokens before that letter as they were.
// The matcher skips a pattern when a unit lacks a word for one of its slots, by numbers that each
// word read keeps: a phrase from a config adds new words, which words read before must know.
// Short cuts must find what the long way finds: role mentions looked for from the first word
// that can be part of one, slots that look words up by their stem's and key's numbers, the stems
// a unit holds noted by either tokenizer, and word classes worked out once per word.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyzeUnit, builtInVocabulary, Vocabulary} from '../src/duties/analyze.ts'
import {inClass, LATIN_TEXT, matchAt, tokenize, wordsClass, type CompiledPattern, type Slot, type Token, type Word} from '../src/duties/matcher.ts'
import {findRoleMentions, firstRoleWord} from '../src/duties/roles.ts'
import {MACROS} from '../src/duties/vocabulary.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 500)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

/** Words, and every character the clause and list rules look at, with the spaces that count as `\s`. */
const PIECES = [
  'own', 'Own', 'the', 'roadmap', 'but', 'However', 'while', 'team', "team's", 'team’s', "won't", 'x', 'A1', '42', 'rock', "'n'", '’s',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u202f', '\u2028', '\u205f',
  '.', '!', '?', ';', ':', '(', ')', '[', ']', '{', '}', '—', '–', '-', ' - ', ',', '&', '/', '+', "'", '’', '"', '“', '”', '…',
  '€', '£', '×', '©', '«', '»', '¿', '•', '\u0000', '\u007f', '\u0085', '*', '_', '#', '%', '<', '>', '=',
]
const latinText = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((parts) => parts.join(''))

const shape = (tokens: Token[]) => tokens.map((t) => `${t.norm}|${t.stem}|${t.suffix}|${t.key}@${t.start}-${t.end}/${t.clause}${t.afterComma ? ',' : ''}`)

describe('tokenize', () => {
  it('reads a text without letters beyond ASCII as the Unicode word patterns do', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(LATIN_TEXT.test(text)).toBe(true)
        const unicode = tokenize(`${text} ж`)
        expect(unicode.at(-1)?.norm).toBe('ж')
        expect(shape(tokenize(text))).toEqual(shape(unicode.slice(0, -1)))
      }),
      params,
    )
  })

  it('reads every ASCII character as the Unicode word patterns do, inside a word and beside one', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [`ab${ch}cd`, `${ch}x`, `x${ch}`, `${ch}`, `don${ch}t`, `x${ch} y`]) {
        expect(shape(tokenize(text))).toEqual(shape(tokenize(`${text} ж`).slice(0, -1)))
      }
    }
  })

  it('starts a clause at sentence ends, semicolons, brackets and dashes, and marks listed words', () => {
    const read = (text: string) => tokenize(text).map((t) => `${t.norm}/${t.clause}${t.afterComma ? ',' : ''}`)
    expect(read('Own the roadmap. Run sprints; groom (the) backlog — ship – test - done')).toEqual([
      'own/0', 'the/0', 'roadmap/0', 'run/1', 'sprints/1', 'groom/2', 'the/3', 'backlog/4', 'ship/5', 'test/6', 'done/7',
    ])
    expect(read('roadmap, vision & goals/OKRs+KPIs well-known')).toEqual(['roadmap/0', 'vision/0,', 'goals/0,', 'okrs/0,', 'kpis/0,', 'well/0', 'known/0'])
    expect(read('Lead discovery, but never the sprints')).toEqual(['lead/0', 'discovery/0', 'but/1,', 'never/1', 'the/1', 'sprints/1'])
  })
})

describe('vocabulary phrases added after words were read', () => {
  it('match words the tokenizer had read before the phrase was added', () => {
    const line = 'You will zorbify flurbles with the team'
    // Read first, with the built-in vocabulary, which knows neither word.
    expect(analyzeUnit(line, builtInVocabulary(), 'pm', false).own).toEqual([])
    const extended = builtInVocabulary().extend({'pm.strategy': ['zorbify flurbles']})
    expect(analyzeUnit(line, extended, 'pm', false).own.map((m) => m.words)).toEqual(['zorbify flurbles'])
  })
  it('start a match at a word read before its prefix was known', () => {
    const line = 'Quorbinate the roadmap with the team'
    expect(analyzeUnit(line, builtInVocabulary(), 'pm', false).own).toEqual([])
    const prefixed = new Vocabulary([{id: 'quorb', family: 'pm.strategy', pattern: 'quorb* ... roadmap', note: 'a prefixed first word, then a word the built-in patterns know'}])
    expect(analyzeUnit(line, prefixed, 'pm', false).own.map((m) => m.words)).toEqual(['Quorbinate the roadmap'])
  })
  it('keep one match per entry id in a unit, entries that share an id too', () => {
    const line = 'Zorbify the flurbles and quorbinate the glimmets'
    const entries = (secondId: string) => [
      {id: 'zorb', family: 'pm.strategy' as const, pattern: 'zorbify ... flurbles', note: 'a made-up duty'},
      {id: secondId, family: 'po.sprint' as const, pattern: 'quorbinate ... glimmets', note: 'another, after it in the same unit'},
    ]
    const words = (v: Vocabulary) => analyzeUnit(line, v, 'pm', false).own.map((m) => `${m.entry} ${m.words}`)
    expect(words(new Vocabulary(entries('quorb')))).toEqual(['zorb Zorbify the flurbles', 'quorb quorbinate the glimmets'])
    // The second entry has the first one's id: it matches no more in a unit where that id did.
    expect(words(new Vocabulary(entries('zorb')))).toEqual(['zorb Zorbify the flurbles'])
    expect(analyzeUnit('Quorbinate the glimmets', new Vocabulary(entries('zorb')), 'pm', false).own.map((m) => m.words)).toEqual(['Quorbinate the glimmets'])
  })

  it('reads each of hundreds of distinct words that share one hash as itself', () => {
    // "Aa" and "BB" hash alike, so every word made of them lands in one run of the word table,
    // past the length after which a word goes by the ordinary map instead.
    const word = (i: number) => Array.from({length: 12}, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join('')
    const words = Array.from({length: 300}, (_, i) => word(i))
    const text = words.join(' ')
    const first = tokenize(text).map((t) => t.norm)
    expect(first).toEqual(words.map((w) => w.toLowerCase()))
    // Read again, each word is found (in the table or the map) as the same word.
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(words)
    expect(tokenize([...words].reverse().join(' ')).map((t) => t.norm)).toEqual([...first].reverse())
  })
})

/** Role words, words around them, and the words of the duty patterns, with the pieces above. */
const ROLE_PIECES = ['Product', 'product', 'Owner', 'owners', 'Manager', 'management', 'PM', 'pm', 'POs', 'po', 'Head', 'of', 'VP', 'Chief', 'Officer', 'Scrum', 'Master', 'Delivery', 'lead', 'Lead', 'engineering', 'Team', 'teams', 'engineers', 'Insights', 'Design', 'CPO', 'with', 'by', 'our']
const roleText = fc.array(fc.constantFrom(...PIECES, ...ROLE_PIECES, ...ROLE_PIECES), {maxLength: 30}).map((parts) => parts.join(' '))

describe('role mentions from the first role word', () => {
  it('are the mentions a look at every token finds', () => {
    fc.assert(
      fc.property(roleText, (text) => {
        const tokens = tokenize(text)
        const from = firstRoleWord(tokens)
        const all = findRoleMentions(tokens, text, 0)
        expect(findRoleMentions(tokens, text, from)).toEqual(all)
        expect(findRoleMentions(tokens, text)).toEqual(findRoleMentions(tokens, text, 0))
        if (from === tokens.length) expect(all).toEqual([])
        // Tokens the tokenizer did not make last are looked at from the start.
        expect(firstRoleWord([...tokens])).toBe(0)
      }),
      params,
    )
  })

  it('are handed to the model as none only for a unit that names no role', () => {
    const vocabulary = builtInVocabulary()
    expect(analyzeUnit('Enjoy a quiet room with plants', vocabulary, 'pm', false).mentions).toEqual([])
    // No duty matched, but a role word stands there: the model looks for itself.
    expect(analyzeUnit('Enjoy a quiet office with our Scrum Master', vocabulary, 'pm', false).mentions).toBeUndefined()
    expect(analyzeUnit('Own the roadmap with our Scrum Master', vocabulary, 'pm', false).mentions).toEqual([{role: 'other', generic: false, first: 5, last: 6}])
  })
})

/**
 * The pattern with every slot's and word's numbers removed, so `slotAt` compares strings alone:
 * its one-word alternatives go first among the ones it tries one by one, as they are looked up first.
 */
const withoutIds = (pattern: CompiledPattern): CompiledPattern => ({
  ...pattern,
  slots: pattern.slots.map((slot) => {
    const singles = slot.alternatives.filter((alt) => alt.length === 1 && !(alt[0] as Word).prefix)
    return {...slot, firstIds: null, singleIds: null, suffixedSingles: null, rest: [...singles, ...slot.rest].map((alt) => alt.map((w) => ({...w, keyId: 0})))}
  }),
})

describe('slots that look words up by their stem and key numbers', () => {
  const vocabulary = builtInVocabulary()
  const patterns = vocabulary.compiled.map(({pattern}) => pattern)
  const slow = patterns.map(withoutIds)
  // Texts made of one entry's words (its macros' too; stems are words often enough) and glue words.
  const wordsOf = (pattern: string) => [
    ...(pattern.match(/[a-z]+/g) ?? []),
    ...[...pattern.matchAll(/\$([A-Z_]+)/g)].flatMap(([, name]) => (MACROS[name as string] ?? '').split('|')),
  ]
  const glue = ['the', 'and', 'our', 'a', 'of', 'with', 'will', 'not', 'by', 'prioritisation', 'management', 'Product', 'Manager', ',', ';', '.']
  const duty = fc
    .constantFrom(...vocabulary.entries.map((e) => wordsOf(e.pattern)))
    .chain((words) => fc.array(fc.constantFrom(...words, ...words, ...glue), {minLength: 1, maxLength: 14}))
    .map((parts) => parts.join(' '))

  it('match exactly where the string look-ups match', () => {
    expect(patterns.filter((p) => p.slots.some((s) => s.firstIds)).length).toBeGreaterThan(patterns.length / 2)
    // Every slot's one-word alternatives are looked up by number, and the words that start the others compared by number.
    const singles = (s: Slot, suffixed: boolean) => s.alternatives.filter((alt) => alt.length === 1 && !(alt[0] as Word).prefix && !!(alt[0] as Word).noun === suffixed).length
    expect(patterns.every((p) => p.slots.every((s) => !!s.singleIds === singles(s, false) > 0 && (s.suffixedSingles?.length ?? 0) === singles(s, true)))).toBe(true)
    expect(patterns.filter((p) => p.slots.some((s) => s.suffixedSingles)).length).toBeGreaterThan(10)
    expect(patterns.every((p) => p.slots.every((s) => s.rest.every((alt) => alt.every((w) => w.prefix || w.keyId > 0))))).toBe(true)
    let matches = 0
    fc.assert(
      fc.property(duty, (text) => {
        const tokens = tokenize(text)
        for (let p = 0; p < patterns.length; p++) {
          for (let i = 0; i < tokens.length; i++) {
            const fast = matchAt(patterns[p] as CompiledPattern, tokens, i)
            expect(fast).toEqual(matchAt(slow[p] as CompiledPattern, tokens, i))
            if (fast) matches++
          }
        }
      }),
      {...params, numRuns: Math.min(RUNS, 150)},
    )
    // The texts are made of the patterns' words: many of them match, so the comparison means something.
    expect(matches).toBeGreaterThan(30)
  })

  it('find the same duties in a text the Unicode way reads as in one the one-pass scan reads', () => {
    // The scan notes which stems a unit holds as it reads (a pattern whose words are missing is
    // not tried); the Unicode way notes them after. A word beyond ASCII in a sentence of its own
    // sends the text the Unicode way and takes part in no duty.
    const read = (text: string) => {
      const a = analyzeUnit(text, vocabulary, 'pm', false)
      return [a.own, a.negated, a.delegated].map((list) => list.map((m) => `${m.entry}:${m.start}-${m.end}`))
    }
    let found = 0
    fc.assert(
      fc.property(duty, (text) => {
        const latin = read(text)
        expect(read(`${text}. ж`)).toEqual(latin)
        found += latin.flat().length
      }),
      {...params, numRuns: Math.min(RUNS, 150)},
    )
    expect(found).toBeGreaterThan(30)
  })
})

describe('word classes', () => {
  it('hold for the words read before the class was made', () => {
    const text = 'Zorble the backlog with the team'
    expect(tokenize(text)[0]?.classes).toBe(0)
    const zorble = wordsClass(['zorble'])
    const [first, ...rest] = tokenize(text)
    expect(inClass(first as Token, zorble)).toBe(true)
    expect(rest.some((t) => inClass(t, zorble))).toBe(false)
    expect(tokenize(`${text} ж`).filter((t) => inClass(t, zorble)).map((t) => t.norm)).toEqual(['zorble'])
  })
})

describe('entries a unit cannot match, passed over by the words it holds', () => {
  // Words of such alternatives ("product analytics", "to production", "status updates"), the same
  // words by themselves, and words that make matches of other entries around them.
  const WORDS = ['product', 'analytics', 'to', 'into', 'production', 'status', 'updates', 'reports', 'release', 'notes', 'key', 'results', 'success', 'metrics', 'north', 'star',
    'story', 'points', 'point', 'of', 'contact', 'out', 'the', 'door', 'over', 'line', 'kpis', 'own', 'define', 'drive', 'strategy', 'roadmap', 'backlog', 'sprint', 'planning', 'run', 'and', 'our', 'PO',
    // Slots after the first whose alternatives have several words: "decide the why", "set due dates", "write down the edge cases".
    'why', 'decide', 'set', 'due', 'dates', 'write', 'down', 'edge', 'cases', 'business', 'rules', 'user', 'stories', 'acceptance', 'criteria']
  const SEPARATORS = [' ', ' ', ' ', ', ', '; ', '. ', ' and ']
  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {minLength: 1, maxLength: 24}).map((ws) => ws.map(([w, s]) => w + s).join(''))
  const withNeeds = builtInVocabulary()
  // The same vocabulary with no needs at all: every entry a word can start is tried there.
  const tryingAll = Object.assign(Object.create(Object.getPrototypeOf(withNeeds)) as Vocabulary, withNeeds, {
    startNeedAt: new Int32Array(withNeeds.startNeedAt.length),
    needsAt: new Int32Array(withNeeds.needsAt.length),
  })
  const found = (line: string, v: Vocabulary) => {
    const {own, negated, delegated, mentions} = analyzeUnit(line, v, 'pm', false)
    return {own, negated, delegated, mentions}
  }

  it('are those no match of which the unit holds the words for (a second word of the start, a last word of a later slot), as when every entry is tried', () => {
    expect(withNeeds.startNeeds.length).toBeGreaterThan(10)
    let matched = 0
    fc.assert(
      fc.property(text, (line) => {
        const all = found(line, tryingAll)
        expect(found(line, withNeeds)).toEqual(all)
        matched += all.own.length
      }),
      params,
    )
    // The texts do hold duties: the comparison is not only of empty lists.
    expect(matched).toBeGreaterThan(RUNS / 5)
    expect(found('Present product analytics and status updates to production', withNeeds).own.map((m) => m.words)).toEqual(found('Present product analytics and status updates to production', tryingAll).own.map((m) => m.words))
  })
})
