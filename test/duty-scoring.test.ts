// Linting scores each unit without naming its features; training and `jdlint why` name them.
// Both must give the same numbers, to the last bit, or a unit near the threshold would be decided
// one way by `jdlint` and explained the other way by `jdlint why`. Every posting here is written
// for these tests; the generated ones come from a fixed seed (JDLINT_FC_SEED, JDLINT_FC_RUNS).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clauseUnitFeatures, unitFeatures, type UnitInput, type UnitReading} from '../src/duties/features.ts'
import type {Token} from '../src/duties/matcher.ts'
import {builtInModel, DutyModel, FLIPS, type UnitDecision} from '../src/duties/model.ts'
import {FAMILIES} from '../src/model.ts'
import {buildPosting, readerOptions} from '../src/read/posting.ts'

const RUNS = Number(process.env.JDLINT_FC_RUNS ?? 150)
const SEED = process.env.JDLINT_FC_SEED === 'random' ? undefined : Number(process.env.JDLINT_FC_SEED ?? 20261205)
const params = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})}

/** Each unit of a posting with how it was read and decided. */
function decisionsOf(text: string, model: DutyModel): {input: UnitInput; decision: UnitDecision}[] {
  const out: {input: UnitInput; decision: UnitDecision}[] = []
  buildPosting(text, {...readerOptions(), model, onUnit: (_unit, input, decision) => decision && out.push({input, decision})})
  return out
}

/** How many units and clauses the scores were compared on, and the first that differed. */
function compareScores(text: string, model: DutyModel): {units: number; clauses: number; differs: string | null} {
  let clauses = 0
  const units = decisionsOf(text, model)
  for (const {input, decision} of units) {
    const named = model.score(unitFeatures(input, decision.reading))
    if (!sameNumbers(decision.scores, named)) return {units: units.length, clauses, differs: input.text}
    for (const clause of decision.reading.clauses) {
      clauses++
      const byName = model.score(clauseUnitFeatures(input, decision.reading, clause))
      if (!sameNumbers(model.scoreClause(input, decision.reading, clause), byName)) return {units: units.length, clauses, differs: clause.text}
    }
  }
  return {units: units.length, clauses, differs: null}
}

/** Postings of words the model weighs, in lists and paragraphs, under the headings it reads. */
const word = fc.constantFrom(
  'own', 'the', 'roadmap', 'and', 'or', 'run', 'sprint', 'planning', 'write', 'user', 'stories', 'acceptance', 'criteria', 'groom',
  'backlog', 'prioritise', 'product', 'vision', 'strategy', 'interview', 'customers', 'define', 'metrics', 'align', 'stakeholders',
  'engineers', 'Product', 'Owner', 'Manager', 'PM', 'PO', 'you', 'will', 'not', 'our', 'we', 'with', 'to', 'help', 'shape', 'make',
  'sure', 'milestones', 'are', 'met', 'responsible', 'for', 'feedback', 'into', 'deliver', 'execute', 'from', 'idea', 'launch',
  'manager', 'management', 'execution', 'prioritisation', 'of', 'up', 'down', '3', 'years', 'experience', 'é', 'naïve', "don't",
  'backlog', 'backlog', 'stories', 'stories',
)
const sep = fc.constantFrom(' ', ' ', ' ', ', ', '; ', ': ', ' - ', ' (', ') ', ' and ', '. ', '? ', ' / ', ' & ')
const line = fc.array(fc.tuple(word, sep), {minLength: 1, maxLength: 40}).map((ws) => ws.map(([w, s]) => w + s).join('').trim())
const heading = fc.constantFrom('Responsibilities', 'What you will do', 'Requirements', 'About you', 'Nice to have', 'Your role', 'What you will not do', 'Other')
const section = fc.tuple(heading, fc.array(line, {minLength: 1, maxLength: 6}), fc.boolean())
const posting = fc.tuple(fc.constantFrom('Product Owner', 'Product Manager', 'Product Manager / Product Owner', 'Engineer'), fc.array(section, {minLength: 1, maxLength: 4}))
const generated = posting.map(([title, sections]) => `# ${title}\n\n${sections.map(([h, lines, list]) => `## ${h}\n\n${list ? lines.map((l) => `- ${l}`).join('\n') : lines.join(' ')}\n`).join('\n')}`)

const sameNumbers = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

const WRITTEN = [
  `# Product Owner, Payments

## What you'll do

- Own and prioritise the product backlog; write user stories with clear acceptance criteria
- Run sprint planning, daily stand-ups and retrospectives with the developers
- Work with our Product Manager to turn the quarterly roadmap into epics
- Gather feedback in sprint reviews and fold it into the backlog
- The Scrum Master facilitates the retrospective, not you
- Break down initiatives into stories, tasks and bugs, and estimate them with engineering
- Make sure milestones are met and dependencies are tracked across teams

## Who you are

- 3+ years of experience as a product owner in an agile team
- Familiar with Jira and Confluence
- You love turning a vague idea into a small, testable increment

Are you the person who keeps a backlog tidy? We ship twice a week. They count on you.
`,
  `# Senior Product Manager

## Responsibilities

1. Define the product vision and strategy for onboarding, and explain it to sales and support.
2. Interview customers every week; validate problems before anything reaches the roadmap.
3. Set quarterly OKRs and measure adoption, retention and activation.
4. Decide what not to build (and say so clearly) - scope is a product decision.
5. Help shape the company strategy together with the CPO.
6. Deliver the roadmap defined by leadership, from discovery to launch.

| Area | What you do |
| --- | --- |
| Roadmap | Own the roadmap and its trade-offs |
| Delivery | Plan releases, schedule milestones and manage risks |

## What you won't do

- You won't run the sprints or groom the backlog: the delivery lead does.
`,
  `# Produktmanager:in / Product Owner (m/w/d)

## Deine Aufgaben

- Own the end-to-end product life cycle of the mobile app
- Prioritise requirements, epics and stories; act on customer feedback
- Acceptance-test the increments against the acceptance criteria written by the team
- Upsell opportunities and the adoption strategy for our clients belong to the account managers
- Collaborate with engineers to define, refine and ship features — weekly
- Nutzerinterviews führen, Hypothesen validieren, Ergebnisse teilen
`,
]

describe('scoring a unit without naming its features', () => {
  const model = builtInModel()

  it('gives, bit for bit, the scores of its named features, for the unit and each clause (written postings)', () => {
    let units = 0
    let clauses = 0
    for (const text of WRITTEN) {
      const r = compareScores(text, model)
      expect(r.differs).toBeNull()
      units += r.units
      clauses += r.clauses
    }
    // The postings reach the model: many units, many with several clauses, some decided.
    expect(units).toBeGreaterThan(25)
    expect(clauses).toBeGreaterThan(units)
    const decided = WRITTEN.flatMap((t) => decisionsOf(t, model)).filter((d) => d.decision.families.length)
    expect(decided.length).toBeGreaterThan(10)
  })

  it('gives the same scores with a bias of -0 (the sums must turn to 0 as the named features make them)', () => {
    const zero = new DutyModel({...model.weights, bias: model.heads.map(() => -0)})
    for (const text of WRITTEN) expect(compareScores(text, zero).differs).toBeNull()
    // One weight for one head: the other heads' sums go from -0 to 0 as a weight of 0 is added to them.
    const heads = [...FAMILIES]
    const one = new DutyModel({heads, bias: heads.map(() => -0), weights: {'w:backlog': [heads.indexOf('po.sprint'), 0.75]}})
    const [unit] = decisionsOf('# PO\n\n## Duties\n\n- Groom the backlog\n', one)
    expect(unit!.decision.scores.filter((x) => Object.is(x, 0))).toHaveLength(heads.length - 1)
    expect(compareScores('# PO\n\n## Duties\n\n- Groom the backlog\n- Zorbl\n', one).differs).toBeNull()
  })

  it('gives the same scores on generated postings', () => {
    fc.assert(
      fc.property(generated, (text) => {
        expect(compareScores(text, model).differs).toBeNull()
      }),
      params,
    )
  })

  it('counts a feature once per unit, however often the unit says it, as the named features do', () => {
    const heads = [...FAMILIES]
    const backlog = heads.indexOf('po.sprint')
    const model = new DutyModel({heads, bias: heads.map(() => -1), weights: {'w:backlog': [backlog, 0.75], 'o:backlog': [backlog, 0.5]}})
    const [once] = decisionsOf('# PO\n\n## Duties\n\n- Groom the backlog\n', model)
    const [thrice] = decisionsOf('# PO\n\n## Duties\n\n- Groom the backlog, the backlog and the backlog\n', model)
    expect(once!.decision.scores[backlog]).toBe(-1 + 0.75 + 0.5)
    expect(thrice!.decision.scores[backlog]).toBe(-1 + 0.75 + 0.5)
    expect(thrice!.decision.features.filter((f) => f === 'w:backlog')).toHaveLength(1)
  })
})

/** Texts to read: the written postings and a fixed sample of generated ones. */
const SAMPLED = [...WRITTEN, ...fc.sample(generated, {numRuns: 40, seed: 7})]

describe('scoring with a weight on every feature the postings have', () => {
  // The committed weights leave most word pairs, verb-object pairs and classes at zero; here each
  // feature found weighs something on every head, so no shortcut past a feature can go unseen.
  const names = new Set<string>()
  for (const text of SAMPLED) {
    for (const {input, decision} of decisionsOf(text, builtInModel())) {
      for (const f of unitFeatures(input, decision.reading)) names.add(f)
      for (const c of decision.reading.clauses) for (const f of clauseUnitFeatures(input, decision.reading, c)) names.add(f)
    }
  }
  const heads = [...FAMILIES]
  const weights: Record<string, number[]> = {}
  let k = 0
  for (const name of names) {
    k++
    weights[name] = heads.flatMap((_, h) => [h, (((k * 31 + h * 17) % 23) - 11) / 7])
  }
  const everything = new DutyModel({heads, bias: heads.map((_, h) => h / 3 - 1.1), weights})

  it('has every kind of feature to weigh', () => {
    for (const kind of ['w:', 'f:', 'b:', 'h:', 'v:', 'vh:', 'vhc:', 'vc:', 'o:', 'oc:', 'mc:', 'vo:', 'voc:', 'vcoc:', 'np:', 'sec:', 'kind:', 'voice:', 'e:', 'ef:', 'en:']) {
      expect([...names].some((n) => n.startsWith(kind)), kind).toBe(true)
    }
  })

  it('gives, bit for bit, the scores of the named features', () => {
    for (const text of SAMPLED) expect(compareScores(text, everything).differs).toBeNull()
  })
})

describe('the flips a unit with no family decided skips', () => {
  it('change nothing without one of the families they need', () => {
    let tried = 0
    for (const text of SAMPLED) {
      for (const {input, decision} of decisionsOf(text, builtInModel())) {
        for (const flip of FLIPS) {
          if (!flip.needs) continue
          const others = new Set(FAMILIES.filter((f) => !flip.needs!.includes(f)))
          expect(flip.apply(decision.reading, input, others), flip.id).toBeNull()
          expect(flip.apply(decision.reading, input, new Set()), flip.id).toBeNull()
          tried++
        }
      }
    }
    expect(tried).toBeGreaterThan(500)
    // And each would change something with its families decided: the skip is not of a flip that never fires.
    const fired = new Set<string>()
    for (const text of SAMPLED) {
      for (const {input, decision} of decisionsOf(text, builtInModel())) {
        for (const flip of FLIPS) if (flip.needs && flip.apply(decision.reading, input, new Set(FAMILIES))) fired.add(flip.id)
      }
    }
    expect(fired.size).toBeGreaterThan(3)
  })
})

describe('a duty unit\'s families', () => {
  it('are its matches\' families, each once, sorted', () => {
    let several = 0
    const check = (text: string) => {
      for (const unit of buildPosting(text, readerOptions()).posting.units) {
        expect(unit.families).toEqual([...new Set(unit.matches.map((m) => m.family))].sort())
        if (unit.families.length > 1) several++
      }
    }
    for (const text of SAMPLED) check(text)
    fc.assert(fc.property(generated, check), params)
    expect(several).toBeGreaterThan(3)
  })
})

describe('reading a unit', () => {
  /** What a reading says, by token offsets. */
  const said = (input: UnitInput, r: UnitReading) =>
    JSON.stringify({
      voice: r.voice,
      negated: r.negated,
      question: r.question,
      clauses: r.clauses.map((c) => [c.first, c.last, c.text, c.verb?.start, c.helper?.start, c.nominal, c.accountable, c.object?.start, c.modifiers.map((m) => m.start)]),
      words: input.tokens.length,
    })
  const readingsOf = (text: string) => decisionsOf(text, builtInModel()).map(({input, decision}) => said(input, decision.reading))

  it('does not depend on the units read before it (word flags are kept per word and per unit)', () => {
    // A long unit with a word of every list, read in between: its flags must not leak into a shorter unit.
    const long = `# PO\n\n## Duties\n\n- ${Array.from({length: 30}, () => "you won't be responsible for the 3 backlogs and roadmaps, or set up our sprints as we need").join('; ')}\n`
    for (const text of SAMPLED) {
      const first = readingsOf(text)
      readingsOf(long)
      expect(readingsOf(text)).toEqual(first)
    }
  })

  it('reads verbs, objects, voice and negation as written', () => {
    const [a, b, c] = decisionsOf('# PO\n\n## Duties\n\n- You will groom the product backlog, never the roadmap\n- Our Scrum Master runs the retrospectives\n- We ship twice a week, and 3 teams prioritise and refine the stories\n', builtInModel())
    const words = (d: typeof a, t: Token | null | undefined) => (t ? d!.input.text.slice(t.start, t.end) : null)
    expect(a!.decision.reading.negated).toBe(true)
    expect(a!.decision.reading.voice).toBe('hire')
    expect(words(a, a!.decision.reading.clauses[0]!.verb)).toBe('groom')
    expect(words(a, a!.decision.reading.clauses[0]!.object)).toBe('backlog')
    expect(b!.decision.reading.voice).toBe('other-role')
    expect(words(b, b!.decision.reading.clauses[0]!.verb)).toBe('runs')
    expect(c!.decision.reading.voice).toBe('company')
    expect(c!.decision.reading.negated).toBe(false)
    // A sentence that speaks to the hire anywhere in it is the hire's; "not" anywhere negates it.
    const [d] = decisionsOf('# PO\n\nEach sprint the team counts on you to groom the backlog, not the roadmap.\n', builtInModel())
    expect(d!.decision.reading.voice).toBe('hire')
    expect(d!.decision.reading.negated).toBe(true)
    const [e] = decisionsOf('# PO\n\nEach sprint the team grooms the backlog.\n', builtInModel())
    expect(e!.decision.reading.voice).toBe('none')
    expect(e!.decision.reading.negated).toBe(false)
    // "and" then a verb with its own object starts a clause of its own.
    const last = c!.decision.reading.clauses.at(-1)!
    expect([last.text, words(c, last.verb), words(c, last.object)]).toEqual(['and refine the stories', 'refine', 'stories'])
  })
})
