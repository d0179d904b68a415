// Short cuts in reading and scoring a unit, each compared with the long way: the model must decide
// and explain a unit alike whichever way it went. The texts are written for these tests.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {classBit, ENTRY_FLAGS, headingFeatures, IS_PRIORITY, prioritises, readUnit, unitFeatures, verbLike, wordEntry, wordEntryByNorm, type UnitInput, type UnitReading} from '../src/duties/features.ts'
import {objectClasses, verbClasses} from '../src/duties/lexicon.ts'
import {isSpaceCode, tokenize, type Token} from '../src/duties/matcher.ts'
import {findRoleMentions} from '../src/duties/roles.ts'
import {builtInModel, DecidedFamilies, decideUnit, DutyModel, FLIPS, objectIsAny, vetoOf, type UnitDecision} from '../src/duties/model.ts'
import {FAMILIES, type Family} from '../src/model.ts'
import {buildPosting, readerOptions} from '../src/read/posting.ts'

const sameNumbers = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

function inputOf(text: string): UnitInput {
  return {text, tokens: tokenize(text), kind: 'list-item', section: 'responsibilities', heading: 'What you will do', experience: false, hire: 'po', own: [], negated: [], delegated: [], mentions: []}
}

describe('white space at the end of a unit', () => {
  it('is what \\s matches, for every UTF-16 code unit', () => {
    const differs: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differs.push(c)
    expect(differs).toEqual([])
  })

  it('is passed over to find a closing question mark', () => {
    expect(readUnit(inputOf('Do you groom the backlog?\u00a0\u2003\t\n')).question).toBe(true)
    expect(readUnit(inputOf('Groom the backlog?\u200b')).question).toBe(false)
    expect(readUnit(inputOf('Groom the backlog')).question).toBe(false)
  })
})

describe('the scorer\'s word ids, kept with each word read', () => {
  const model = builtInModel()
  const heads = [...FAMILIES]
  // A model that weighs the words of the texts below differently from the built-in one.
  const other = new DutyModel({heads, bias: heads.map(() => -1), weights: {'w:backlog': [heads.indexOf('po.sprint'), 2], 'w:roadmap': [heads.indexOf('pm.roadmap'), 3], 'f:own': [0, 0.5]}})
  const texts = ['Own the roadmap and groom the backlog', 'Groom the product backlog with the team', 'Interview customers and own the roadmap']

  it('give the scores of the named features, with two models scoring in turn', () => {
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        for (const m of [model, other]) {
          const input = inputOf(text)
          const reading = readUnit(input)
          expect(sameNumbers(m.scoreUnit(input, reading), m.score(unitFeatures(input, reading)))).toBe(true)
        }
      }
    }
  })

  it('give the scores of the named features when a feature\'s pairs give a head twice or a weight of 0', () => {
    const sprint = heads.indexOf('po.sprint')
    const roadmap = heads.indexOf('pm.roadmap')
    // The last weight given for a head counts; a 0 counts only where a sum starts at -0.
    const weights = {'w:backlog': [sprint, 0.5, roadmap, 0, sprint, 0.75], 'w:roadmap': [roadmap, 3, roadmap, -1.25], 'f:own': [roadmap, 0]}
    for (const bias of [heads.map(() => -1), heads.map(() => -0)]) {
      const m = new DutyModel({heads, bias, weights})
      for (const text of texts) {
        const input = inputOf(text)
        const reading = readUnit(input)
        expect(sameNumbers(m.scoreUnit(input, reading), m.score(unitFeatures(input, reading)))).toBe(true)
      }
    }
    const input = inputOf('Own the roadmap and groom the backlog')
    const scores = new DutyModel({heads, bias: heads.map(() => -1), weights}).scoreUnit(input, readUnit(input))
    expect([scores[sprint], scores[roadmap]]).toEqual([-1 + 0.75, -1 - 1.25])
  })

  it('count the unit\'s context as named, when one unit\'s context differs from the last in any one value', () => {
    const names = ['sec:responsibilities', 'sec:requirements', 'kind:list-item', 'kind:table-row', 'voice:hire', 'voice:company', 'voice:none', 'exp', 'neg', 'h:what', 'h:requir', 'h:you']
    const weighs = new DutyModel({heads, bias: heads.map(() => -1), weights: Object.fromEntries(names.map((n, k) => [n, heads.flatMap((_, h) => [h, ((k * 7 + h * 3) % 11) / 4 - 1.2])]))})
    const base = inputOf('Groom the backlog')
    // Each differs from base in one value: heading, section, kind, experience, negation, voice (a sentence that starts with "we").
    const variants: UnitInput[] = [{...base, heading: 'Requirements'}, {...base, section: 'requirements'}, {...base, kind: 'table-row'}, {...base, experience: true}, inputOf('Never groom the backlog'), inputOf('We groom the backlog')]
    const company = readUnit(variants[5]!)
    expect([company.voice, readUnit(base).voice, readUnit(variants[4]!).negated]).toEqual(['company', 'hire', true])
    // Scored in a row: base, a variant, base, the next variant...
    const inputs = variants.flatMap((v) => [base, v])
    const scored = inputs.map((input) => {
      const reading = readUnit(input)
      return [weighs.scoreUnit(input, reading), weighs.score(unitFeatures(input, reading))] as const
    })
    for (const [fast, named] of scored) expect(sameNumbers(fast, named)).toBe(true)
    // Every one of the values moves the scores.
    expect(new Set(scored.map(([fast]) => fast.join())).size).toBe(variants.length + 1)
  })

  it('are not taken for other tokens, nor for tokens changed since they were read', () => {
    const a = inputOf('Own the roadmap and groom the backlog')
    const readA = readUnit(a)
    // Another unit read in between: a's words are looked up again, not taken from b's.
    const b = inputOf('Interview customers weekly')
    readUnit(b)
    expect(sameNumbers(other.scoreUnit(a, readA), other.score(unitFeatures(a, readA)))).toBe(true)
    // Tokens changed in place after reading: each changed word is its own.
    const c = inputOf('Own the roadmap and groom the backlog')
    const readC = readUnit(c)
    c.tokens.splice(0, c.tokens.length, ...tokenize('Groom the backlog and own the roadmap'))
    const byName = other.score(unitFeatures(c, readC))
    expect(sameNumbers(other.scoreUnit(c, readC), byName)).toBe(true)
    expect(byName).not.toEqual(other.score(unitFeatures(inputOf('Own the roadmap and groom the backlog'))))
  })
})

describe('a word\'s entry', () => {
  // Every word of the word classes, and words around them, as the tokenizer reads them.
  const words = tokenize(
    'own define set shape decide lead drive communicate explain research interview discover analyse measure write draft prioritise order rank groom ' +
      'run facilitate plan coordinate schedule estimate deliver ship collaborate partner work support help assist ensure make sure love know ' +
      'vision strategy roadmap opportunities backlog stories tickets requirements criteria sprint ceremonies retro customers metrics stakeholders ' +
      'engineers scope release timeline milestones product features team the a our planning managing management manager prioritisation ' +
      'execution delivering shipping owner designers being building helping ensuring participating 3 42 and or to in on with you never',
  )

  it('has the flags and classes of its word', () => {
    const {IS_VERB_CLASS, IS_VERB_LIKE, IS_HELPER, helpers} = ENTRY_FLAGS
    for (const t of words) {
      const e = wordEntry(t)
      expect([t.norm, (e.flags & IS_VERB_CLASS) !== 0, (e.flags & IS_VERB_LIKE) !== 0, (e.flags & IS_HELPER) !== 0]).toEqual([t.norm, verbClasses(t.stem).length > 0, verbLike(t), helpers().has(t.stem)])
      const verbBits = verbClasses(t.stem).reduce((b, c) => b | classBit('verb', c), 0)
      const objectBits = objectClasses(t.stem).reduce((b, c) => b | classBit('object', c), 0)
      expect([t.norm, e.verbBits, e.objectBits]).toEqual([t.norm, verbBits, objectBits])
      expect([t.norm, (e.flags & IS_PRIORITY) !== 0]).toEqual([t.norm, /^(?:priorit|prioriti[sz]|sequenc|rank)\w*$/.test(t.norm)])
    }
    expect(words.filter((t) => prioritises(t)).map((t) => t.norm)).toEqual(['prioritise', 'rank', 'prioritisation'])
    // The words reach the classes: some verb, some object, some helper.
    expect(words.filter((t) => wordEntry(t).verbBits).length).toBeGreaterThan(30)
    expect(words.filter((t) => wordEntry(t).objectBits).length).toBeGreaterThan(20)
    expect(words.filter((t) => wordEntry(t).flags & ENTRY_FLAGS.IS_HELPER).length).toBeGreaterThan(3)
  })

  it('is the same kept in its word\'s slot as looked up by its norm, and a token whose norm is not its word\'s gets its own', () => {
    const fields = (e: ReturnType<typeof wordEntry>) => [e.norm, e.flags, e.verbBits, e.objectBits]
    // Read twice: the second time every entry comes from the slot the first reading filled.
    for (let round = 0; round < 2; round++) for (const t of tokenize(words.map((w) => (w.norm.length % 2 ? w.norm.toUpperCase() : w.norm)).join(' '))) expect(fields(wordEntry(t))).toEqual(fields(wordEntryByNorm(t)))
    const [backlog, own] = tokenize('backlog own') as [Token, Token]
    wordEntry(backlog)
    // A token changed by hand keeps its word's slot: its entry is still its own norm's.
    const changed = {...backlog, norm: own.norm, stem: own.stem, suffix: own.suffix}
    expect(fields(wordEntry(changed))).toEqual(fields(wordEntryByNorm(own)))
    expect(fields(wordEntry(backlog))).toEqual(fields(wordEntryByNorm(backlog)))
  })

  it('tells the object classes the flips ask about as the class names do', () => {
    const names = ['vision', 'roadmap', 'research', 'metric', 'backlog', 'spec', 'ceremony', 'delivery']
    let hits = 0
    for (const t of words) {
      for (const name of names) {
        expect([t.norm, name, objectIsAny(t, classBit('object', name))]).toEqual([t.norm, name, objectClasses(t.stem).includes(name)])
        if (objectClasses(t.stem).includes(name)) hits++
      }
      const pm = names.slice(0, 4)
      const bits = pm.reduce((b, c) => b | classBit('object', c), 0)
      expect([t.norm, objectIsAny(t, bits)]).toEqual([t.norm, pm.some((c) => objectClasses(t.stem).includes(c))])
    }
    expect(hits).toBeGreaterThan(10)
  })

  it('gives each class a bit of its own', () => {
    const bits = [...words.flatMap((t) => verbClasses(t.stem).map((c) => classBit('verb', c))), ...words.flatMap((t) => objectClasses(t.stem).map((c) => classBit('object', c)))]
    const names = [...words.flatMap((t) => verbClasses(t.stem).map((c) => `v ${c}`)), ...words.flatMap((t) => objectClasses(t.stem).map((c) => `o ${c}`))]
    const byBit = new Map<number, Set<string>>()
    bits.forEach((b, i) => byBit.set(b, (byBit.get(b) ?? new Set()).add(names[i] as string)))
    for (const [bit, classes] of byBit) expect([bit, [...classes]]).toEqual([bit, [[...classes][0]]])
    expect(byBit.size).toBeGreaterThan(15)
  })
})

describe('the flips, by the clauses\' class bits', () => {
  const postings = [
    '# Product Owner\n\n## Duties\n\n- Prioritise the backlog and groom the stories\n- Plan releases and ensure the milestones are met\n- Explain the product vision to sales\n' +
      '- Deliver the roadmap defined by leadership\n- Own and decide the vision, and execute the roadmap\n- Order backlog items with the team; make sure delivery timelines hold\n' +
      '- Gather feedback in sprint reviews and fold the findings into the backlog\n- Set the strategy and ensure it fits the company vision\n- Schedule the delivery of the project\n- Plan, communicate the delivery timeline\n- Own, explain the product vision\n',
    '# Product Manager\n\n## What you will do\n\n- Work with engineers to prioritise user stories\n- Help shape the roadmap and plan the delivery\n- Define the vision; communicate the strategy\n' +
      '- Interview customers and turn insights into backlog items\n- Manage risks and dependencies across squads\n- Acceptance-test increments against the acceptance criteria\n' +
      '- Rank the epics and requirements for the next release\n- Sequence the work of the quarter\n- Define the roadmap and execute it across sprints and ceremonies\n- Deliver and decide the roadmap\n',
  ]

  it('decide as the words\' classes looked up one by one do', () => {
    const model = builtInModel()
    let compared = 0
    let changed = 0
    for (const text of postings) {
      const units: {input: UnitInput; decision: UnitDecision}[] = []
      buildPosting(text, {...readerOptions(), model, onUnit: (_u, input, decision) => decision && units.push({input, decision})})
      for (const {input, decision} of units) {
        const r = decision.reading
        expect(r.clauses.every((c) => c.verbBits !== undefined && c.objectBits !== undefined)).toBe(true)
        // The same reading without the bits: the flips look each word's classes up.
        expect(r.wordFlags !== undefined && r.wordObjectBits !== undefined).toBe(true)
        // The same reading without the bits of its clauses and of its words: the flips look each word's classes up.
        const plain: UnitReading = {clauses: r.clauses.map((c) => ({first: c.first, last: c.last, text: c.text, verb: c.verb, helper: c.helper, nominal: c.nominal, accountable: c.accountable, object: c.object, modifiers: c.modifiers})), voice: r.voice, negated: r.negated, question: r.question}
        for (const decided of [new Set<Family>(), new Set<Family>(FAMILIES), ...FAMILIES.map((f) => new Set<Family>([f]))]) {
          for (const flip of FLIPS) {
            const fast = flip.apply(r, input, decided)
            expect([flip.id, input.text, fast]).toEqual([flip.id, input.text, flip.apply(plain, input, decided)])
            compared++
            if (fast) changed++
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
    // The flips do fire on these units: the comparison is not only of nulls.
    expect(changed).toBeGreaterThan(50)
  })
})

describe('the roles a unit names, looked for while it is read', () => {
  const ROLE_WORDS = ['Product', 'product', 'Owner', 'owners', 'Manager', 'management', 'PM', 'pm', 'POs', 'Head', 'of', 'VP', 'Chief', 'Officer', 'Scrum', 'Master', 'Delivery', 'lead', 'Lead', 'engineering', 'Team', 'teams', 'engineers', 'Insights', 'Design', 'CPO', 'with', 'our', 'the', 'groom', 'backlog', ',', ';', '.']
  const text = fc.array(fc.constantFrom(...ROLE_WORDS), {maxLength: 25}).map((ws) => ws.join(' '))

  it('are those a look at every word finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const input = inputOf(t)
        readUnit(input, true)
        expect(input.mentions).toEqual(findRoleMentions(input.tokens, t, 0))
      }),
      {numRuns: 300, seed: 20261205},
    )
    const input = inputOf('Work with the Head of Product and our Insights Team; the PM and POs groom it')
    readUnit(input, true)
    expect(input.mentions.map((m) => `${m.role} ${m.first}-${m.last}`)).toEqual(['pm 3-5', 'other 8-9', 'pm 11-11', 'po 13-13'])
  })

  it('are left as the analysis found them', () => {
    const input = {...inputOf('Our Product Owner grooms the backlog'), mentionsRead: true}
    readUnit(input, true)
    expect(input.mentions).toEqual([])
  })
})

describe('a heading\'s features', () => {
  // What the scorer and the named features weigh: the heading's runs of letters longer than two, lower-cased, cut to six.
  const byPattern = (h: string) => (h.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2).map((w) => `h:${w.slice(0, 6)}`)
  const chars = fc.constantFrom(...'aZqRm ProductOwner&/-_.:09 \t\n'.split(''), 'é', 'İ', 'ß', 'Ǆ', 'Ω', 'ª', '\u00a0', '’', '🙂', '\u0301')

  it('are the pattern\'s, for ASCII headings (read without it) and any other', () => {
    fc.assert(
      fc.property(fc.array(chars, {maxLength: 40}).map((cs) => cs.join('')), (h) => {
        expect(headingFeatures(h)).toEqual(byPattern(h))
      }),
      {numRuns: 2000, seed: 20261205},
    )
    for (const h of ['What you will do', 'RESPONSIBILITIES & Duties', 'Über uns', 'Deine Aufgaben:', 'ab_cd efg9hijkl', '', '  ', 'Nice-to-have (bonus)']) expect([h, headingFeatures(h)]).toEqual([h, byPattern(h)])
    expect(headingFeatures('What you will do')).toEqual(['h:what', 'h:you', 'h:will'])
  })
})

describe('the vetoes of a unit\'s families', () => {
  const posting =
    '# Product Owner\n\n## Duties\n\n- You love to define the roadmap and groom the backlog\n- Familiar with backlog grooming and roadmap planning\n' +
    '- Never run sprint planning; own the product roadmap and the vision\n- The Scrum Master runs sprint planning and grooms the backlog\n' +
    '- Do you define the roadmap and run sprint planning?\n- Define the product vision, own the roadmap and run sprint planning\n\n' +
    'We run sprint planning and define the roadmap. They groom the backlog and interview customers.\n'

  it('are those vetoOf gives each family, for the whole unit worked out once', () => {
    const heads = [...FAMILIES]
    // A model that decides every family of every unit, so that each unit has many to veto.
    const everything = new DutyModel({heads, bias: heads.map(() => 5), weights: {}})
    const rules = new Set<string>()
    let families = 0
    for (const model of [builtInModel(), everything]) {
      const inputs: UnitInput[] = []
      buildPosting(posting, {...readerOptions(), model, onUnit: (_u, input) => inputs.push(input)})
      for (const input of inputs) {
        for (const negatedContext of [false, true]) {
          for (const previousVoice of [undefined, 'hire', 'company'] as const) {
            const decision = decideUnit({...input}, model, negatedContext, previousVoice)
            // A family a flip added or dropped is not vetoOf's to say.
            for (const d of decision.decisions.filter((x) => x.by === 'model' || x.by === 'vetoed')) {
              families++
              const veto = vetoOf(input, decision.reading, d.family, negatedContext, previousVoice)
              expect([input.text, d.family, d.by === 'vetoed' ? d.rule : undefined]).toEqual([input.text, d.family, veto])
              if (veto) rules.add(veto.replace(/ \(.*/, ''))
            }
          }
        }
      }
    }
    // Units of several families, and every kind of veto.
    expect(families).toBeGreaterThan(400)
    expect([...rules].sort()).toEqual(['a question, not a duty', 'a trait or attitude, not a duty', 'about the company, its customers or the product, not a duty', 'another role is the subject', 'given to another role', 'knowledge of a method or tool, not a duty', 'negated', 'under a heading that negates its duties'])
  })
})

describe('a clause\'s words', () => {
  const words = (input: UnitInput, r: UnitReading) => r.clauses.map((c) => [c.object && input.text.slice(c.object.start, c.object.end), c.modifiers.map((m) => input.text.slice(m.start, m.end))])

  it('are its own, whatever is read after it (the noun phrase is gathered in scratch)', () => {
    const a = inputOf('Groom the product backlog items; write the user story maps')
    const read = readUnit(a)
    const before = words(a, read)
    expect(before).toEqual([['items', ['product', 'backlog']], ['maps', ['user', 'story']]])
    readUnit(inputOf('Own the strategic growth roadmap and the pricing plan'))
    expect(words(a, read)).toEqual(before)
    // A unit of more words and clauses than the scratch first holds: one clause per part, in order.
    const long = inputOf(Array.from({length: 70}, (_, i) => `own the team${i} roadmap`).join('; '))
    const clauses = readUnit(long).clauses
    expect(clauses.map((c) => [c.first, c.last])).toEqual(Array.from({length: 70}, (_, i) => [4 * i, 4 * i + 3]))
    expect(words(long, {...read, clauses}).at(-1)).toEqual(['roadmap', ['team69']])
    expect(words(a, read)).toEqual(before)
  })
})

describe('the families a unit has decided', () => {
  it('answer as a Set of them does, whatever was added and dropped', () => {
    const op = fc.tuple(fc.constantFrom('add', 'delete', 'has'), fc.constantFrom(...FAMILIES))
    fc.assert(
      fc.property(fc.array(op, {maxLength: 40}), (ops) => {
        const bits = new DecidedFamilies()
        const set = new Set<Family>()
        for (const [o, f] of ops) {
          if (o === 'add') {
            bits.add(f)
            set.add(f)
          } else if (o === 'delete') expect(bits.delete(f)).toBe(set.delete(f))
          else expect(bits.has(f)).toBe(set.has(f))
          expect(bits.size).toBe(set.size)
        }
        for (const f of FAMILIES) expect([f, bits.has(f)]).toEqual([f, set.has(f)])
      }),
      {numRuns: 500, seed: 20261205},
    )
  })
})
