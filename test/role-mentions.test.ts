// The model reads who a unit speaks of from its role mentions ("our Product Owner", "the
// engineering team"); findRoleMentions passes over most word pairs without building their keys.
// These tests compare it with the plain reading below, which looks every pair up in full, on
// generated text of role words, their inflections and words that only start like them.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {inClass, ROLE_HEAD, ROLE_START, ROLE_WORD, tokenize, type Token} from '../src/duties/matcher.ts'
import {findRoleMentions, headsRoleName, isRoleWord, startsRoleName, type RoleMention} from '../src/duties/roles.ts'
import type {Role} from '../src/model.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 300)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

// The mention tables, written out again here.
const TWO: Record<string, Role> = {
  'product owner': 'po', 'product manag': 'pm', 'scrum master': 'other', 'delivery manag': 'other', 'delivery lead': 'other',
  'project manag': 'other', 'program manag': 'other', 'programme manag': 'other', 'engineering manag': 'other',
  'engineering lead': 'other', 'tech lead': 'other', 'technical lead': 'other', 'agile coach': 'other',
  'development team': 'other', 'engineering team': 'other', 'product design': 'other',
}
const THREE: Record<string, Role> = {'head of product': 'pm', 'vp of product': 'pm', 'director of product': 'pm', 'chief product officer': 'pm'}
const HEADS = new Set(['manager', 'managers', 'lead', 'leads', 'director', 'head', 'officer', 'team', 'analyst', 'analysts', 'architect', 'council', 'committee', 'board', 'department', 'office', 'unit', 'squad', 'guild'])
const ONE: Record<string, Role> = {po: 'po', pos: 'po', pm: 'pm', pms: 'pm', cpo: 'pm', engineers: 'other', developers: 'other', designers: 'other', squads: 'other', teams: 'other'}

/** Every pair looked up in full at every word, from the first. */
function plainMentions(tokens: Token[], text: string): RoleMention[] {
  const mentions: RoleMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    const third = tokens[i + 2]
    const three = next && third && third.clause === t.clause ? THREE[`${t.norm} ${next.norm} ${third.norm}`] : undefined
    if (three) {
      mentions.push({role: three, generic: false, first: i, last: i + 2})
      i += 2
      continue
    }
    if (next && next.clause === t.clause) {
      const pair = `${t.norm} ${next.norm.replace(/(?:er|ers|ement|ing|s)$/, '')}`
      const role = TWO[pair] ?? TWO[`${t.norm} ${next.norm}`] ?? TWO[`${t.norm} ${next.norm.replace(/s$/, '')}`]
      if (role) {
        mentions.push({role, generic: /team$/.test(pair) || pair === 'product design', first: i, last: i + 1})
        i++
        continue
      }
    }
    const written = text.slice(t.start, t.end)
    if (HEADS.has(t.norm) && /^\p{Lu}/u.test(written) && i > 0 && /^\p{Lu}/u.test(text.slice((tokens[i - 1] as Token).start, (tokens[i - 1] as Token).end))) {
      mentions.push({role: 'other', generic: false, first: i - 1, last: i})
      continue
    }
    const short = Object.hasOwn(ONE, t.norm) ? ONE[t.norm] : undefined
    if (short && (short === 'other' || written === written.toUpperCase().replace(/S$/, 's') || /^P[MO]s?$/.test(written))) {
      mentions.push({role: short, generic: short === 'other', first: i, last: i})
    }
  }
  return mentions
}

/** First words of the mentions, the second words with the endings the look-up drops or keeps, and words that start like them. */
const WORDS = [
  'product', 'Product', 'scrum', 'delivery', 'project', 'program', 'programme', 'engineering', 'tech', 'technical', 'agile', 'development', 'head', 'vp', 'VP',
  'director', 'chief', 'Chief', 'of', 'officer', 'Officer', 'owner', 'owners', 'Owner', 'ownership', 'own', 'owning', 'manager', 'managers', 'Manager',
  'management', 'managing', 'manage', 'manages', 'master', 'masters', 'Master', 'mastering', 'lead', 'leads', 'Lead', 'leader', 'leaders', 'leading',
  'leadership', 'coach', 'coaches', 'coaching', 'team', 'teams', 'Team', 'teamer', 'design', 'designs', 'designer', 'designers', 'designing', 'Design',
  'vision', 'roadmap', 'PM', 'PMs', 'pm', 'PO', 'POs', 'po', 'CPO', 'engineers', 'developers', 'squads', 'Insights', 'Board', 'the', 'our', 'with', 'and',
]
const SEPARATORS = [' ', ' ', ' ', ', ', '; ', ': ', ' - ', '. ', ' / ', '\n']
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {maxLength: 30}).map((ws) => ws.map(([w, s]) => w + s).join(''))

describe('role mentions', () => {
  it('are those a full look-up of every word pair finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t)
        expect(findRoleMentions(tokens, t, 0)).toEqual(plainMentions(tokens, t))
        // The tokens' class bit, which findRoleMentions tells role words by, is the look-up of each norm.
        expect(tokens.map((k) => [k.norm, inClass(k, ROLE_WORD), inClass(k, ROLE_START), inClass(k, ROLE_HEAD)])).toEqual(tokens.map((k) => [k.norm, isRoleWord(k.norm), startsRoleName(k.norm), headsRoleName(k.norm)]))
      }),
      params,
    )
  })

  it('are found for each inflection the look-up accepts, and not for words that only start like one', () => {
    const roles = (t: string) => findRoleMentions(tokenize(t), t, 0).map((m) => `${m.role}${m.generic ? ' generic' : ''} ${m.first}-${m.last}`)
    expect(roles('our product owners and the product managers')).toEqual(['po 1-2', 'pm 5-6'])
    expect(roles('product management with the product designers')).toEqual(['pm 0-1', 'other generic 4-5'])
    expect(roles('the development teams and scrum masters')).toEqual(['other generic 1-2', 'other 4-5'])
    expect(roles('product ownership, product owning, product vision')).toEqual([])
    expect(roles('technical leadership from the tech leads')).toEqual(['other 4-5'])
  })
})
