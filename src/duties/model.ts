/**
 * The duty model: one logistic regression per family, fitted to labelled postings by
 * scripts/train.mjs and kept as data in model-weights.json. Inference is a sum of weights over a
 * unit's features, for the unit and, where it has several, for each clause. Rules stay on top
 * only where they hold on any text: negation, delegation, traits, questions and knowledge veto a
 * family; the labelling guide's stated flips re-route one; a phrase from the user's config adds
 * one. Which work a PM or a PO does not do follows the guide's lists (learned heads for them read
 * unseen postings worse).
 */
import {FAMILIES, type Family, type FamilyMatch} from '../model.ts'
import {CLASS_PAIR, classBit, firstFeature, FLAG, headingFeatures, HELPER, HELPER_CLASS, IS_PRIORITY, MODIFIER_CLASS, NOUN_PHRASE, OBJECT, OBJECT_CLASS, PREFIXES, prioritises, readUnit, VERB, VERB_CLASS, VERB_OBJECT, VERB_OBJECT_CLASS, unitFeatures, walkClauseFeatures, walkUnitFeatures, contextFeatures, wordEntries, wordEntry, wordFeature, type ClauseReading, type ContextSink, type FeatureSink, type Prefix, type UnitInput, type UnitReading, type Voice, type WordEntry} from './features.ts'
import {objectClasses, verbClasses} from './lexicon.ts'
import type {Token} from './matcher.ts'
import committed from './model-weights.json' with {type: 'json'}

export interface Weights {
  /** What the numbers are for, in order: the families. */
  heads: string[]
  bias: number[]
  /** Feature -> its non-zero weights as pairs: head index, weight, head index, weight... */
  weights: Record<string, number[]>
  /** The log-odds a family needs (0: more likely than not). */
  threshold?: number
  /** How the table was made (counts only, no text). */
  trained?: Record<string, unknown>
}

export interface Contribution {
  feature: string
  weight: number
}

export interface FamilyDecision {
  family: Family
  score: number
  /** The family was decided by the model, by the user's vocabulary, or vetoed. */
  by: 'model' | 'config' | 'vetoed' | 'rerouted'
  /** The rule that vetoed, added or dropped it. */
  rule?: string
}

export interface UnitDecision {
  reading: UnitReading
  features: string[]
  scores: number[]
  families: Family[]
  matches: FamilyMatch[]
  decisions: FamilyDecision[]
  /** Work a PM does not do / PM work a PO does not do, when the posting has that title. */
  pmDoesNot: boolean
  poDoesNot: boolean
}

/** Feature ids by key; -1 for a feature with no weights. */
type Ids = Map<string, number>
/** A word's features: `w:` and `f:` (-2 until first needed), and `b:` by the next word's stem. */
interface WordIds {
  w: number
  f: number
  /** The weighed pairs that start with the word's stem, by the number of the stem they end with (see pairEnd); null for none. */
  pairs: ReadonlyMap<number, number> | null
  /** The number of the word's stem among the stems that end a weighed pair; -1 when none does. */
  pairEnd: number
  /** Its stem's ids (stemIds), once a clause has read the word as a verb, object or modifier. */
  stem: StemIds | null
}

/** A stem's features as a verb, a helper, an object, a modifier or the head of a noun phrase; per class, in the order of its classes. */
interface StemIds {
  v: number
  vh: number
  o: number
  verbClasses: readonly string[]
  objectClasses: readonly string[]
  /** The bit numbers of its verb classes and object classes (see classBit), for the `vcoc:` ids. */
  verbClassNumbers: number[]
  objectClassNumbers: number[]
  vc: number[]
  vhc: number[]
  oc: number[]
  mc: number[]
  np: number[]
  /** `vo:` by the object's stem and `voc:` by its class; null when no weighed feature starts with this verb. */
  vo: Ids | null
  voc: Ids | null
}

/** Caches grow with the distinct words read; past this many entries one starts afresh. */
const CACHE_LIMIT = 50000

/**
 * Scores a unit as its features are found, without naming them: each feature's id is looked up
 * once per distinct word, stem pair or class and kept; a feature counts once per scoring, in the
 * order found, so the sums are those `score` makes over the named features.
 */
class Scorer implements FeatureSink {
  private s: number[] = []
  private stamp = 0
  /** Feature ids by name, and the weights of each: dense, and the non-zero ones (heads and weights from start[id] to start[id + 1]). */
  private readonly ids: Ids = new Map()
  /** Each feature's dense weights, by id: only with a bias of -0 (see `dense`). */
  private readonly rows: number[][] = []
  private readonly start: Int32Array
  private readonly heads: Int32Array
  private readonly weights: Float64Array
  /** The last scoring that counted each feature. */
  private readonly stamps: Int32Array
  /** Every weight is added, zeros too: a bias of -0 would become 0. */
  private readonly dense: boolean
  /**
   * The weighed `b:` pairs (a stem holds no space): by their first stem, each one's id by the
   * number of its second stem in pairEnds. The pairs of any other word weigh nothing.
   */
  private readonly pairStarts = new Map<string, Map<number, number>>()
  private readonly pairEnds = new Map<string, number>()
  /** `vcoc:` ids by the two classes' bit numbers (see classBit), -2 until first needed. */
  private readonly classPairs = new Int32Array(32 * 32).fill(-2)
  /** The verb stems that start a weighed `vo:` or `voc:` feature. */
  private readonly verbObjectStarts = new Set<string>()
  private readonly verbObjectClassStarts = new Set<string>()
  private readonly byStem = new Map<string, StemIds>()
  /** Per distinct word (token key): its `w:`, `f:` and `b:` features. */
  private readonly byWord = new Map<string, WordIds>()
  private readonly singles: Ids[] = PREFIXES.map(() => new Map())
  /** Per prefix, the value `add` counted last and its id. */
  private readonly lastValues: (string | undefined)[] = PREFIXES.map(() => undefined)
  private readonly lastIds = new Int32Array(PREFIXES.length)
  private readonly doubles: Map<string, Ids>[] = PREFIXES.map(() => new Map())
  private readonly headings = new Map<string, number[]>()
  private lastHeading: string | undefined
  private lastHeadingIds: number[] = []
  /** The values of the last unit's context, and its ids (none gathered yet: n < 0). */
  private readonly lastContext: LastContext = {heading: '', section: 'other', kind: 'sentence', experience: false, voice: 'none', negated: false}
  private readonly contextIds = new ContextIds(this)

  /** `table` gives the model's dense weights (see DutyModel), asked for only with a bias of -0. */
  constructor(
    model: Weights,
    private readonly bias: number[],
    table: () => Map<string, number[]>,
  ) {
    this.dense = bias.some((b) => Object.is(b, -0))
    if (this.dense) this.rows = [...table().values()]
    const heads: number[] = []
    const weights: number[] = []
    const start = [0]
    // Each feature's weights by head, made in one array reused from feature to feature: only the non-zero ones are kept.
    const w: number[] = []
    let id = 0
    for (const [name, pairs] of Object.entries(model.weights)) {
      this.ids.set(name, id++)
      denseWeights(pairs, model.heads.length, w)
      // Adding a zero weight changes a sum only from -0 to 0, and only a bias of -0 starts a sum there.
      for (let h = 0; h < bias.length; h++) {
        if ((w[h] ?? 0) === 0) continue
        heads.push(h)
        weights.push(w[h] as number)
      }
      start.push(heads.length)
      if (name.startsWith(VERB_OBJECT.name)) this.verbObjectStarts.add(name.slice(VERB_OBJECT.name.length, name.indexOf(' ')))
      if (name.startsWith(VERB_OBJECT_CLASS.name)) this.verbObjectClassStarts.add(name.slice(VERB_OBJECT_CLASS.name.length, name.indexOf(' ')))
      if (name.startsWith('b:') && name.includes(' ')) {
        const end = name.slice(name.indexOf(' ') + 1)
        let endNumber = this.pairEnds.get(end)
        if (endNumber === undefined) this.pairEnds.set(end, (endNumber = this.pairEnds.size))
        const first = name.slice(2, name.indexOf(' '))
        let byEnd = this.pairStarts.get(first)
        if (byEnd === undefined) this.pairStarts.set(first, (byEnd = new Map()))
        byEnd.set(endNumber, id - 1)
      }
    }
    this.start = Int32Array.from(start)
    this.heads = Int32Array.from(heads)
    this.weights = Float64Array.from(weights)
    this.stamps = new Int32Array(id)
  }

  /** Starts a scoring: the bias, and no feature counted yet. */
  begin(): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    this.s = this.bias.slice()
  }

  /** The scores of the features found since begin(). */
  end(): number[] {
    return this.s
  }

  private count(id: number): void {
    if (id < 0 || this.stamps[id] === this.stamp) return
    this.stamps[id] = this.stamp
    const s = this.s
    if (this.dense) {
      const w = this.rows[id] as number[]
      for (let h = 0; h < s.length; h++) s[h]! += w[h] ?? 0
      return
    }
    const end = this.start[id + 1] as number
    for (let k = this.start[id] as number; k < end; k++) s[this.heads[k] as number]! += this.weights[k] as number
  }

  private idOf(name: string): number {
    return this.ids.get(name) ?? -1
  }

  /** A feature's id, looked up by its name the first time its key is seen. */
  private miss(cache: Ids, key: string, name: string): number {
    const id = this.idOf(name)
    if (cache.size > CACHE_LIMIT) cache.clear()
    cache.set(key, id)
    return id
  }

  private wordIds(t: Token): WordIds {
    let ids = this.byWord.get(t.key)
    if (ids === undefined) {
      if (this.byWord.size > CACHE_LIMIT) this.byWord.clear()
      ids = {w: this.idOf(wordFeature(t)), f: -2, pairs: this.pairStarts.get(t.stem) ?? null, pairEnd: this.pairEnds.get(t.stem) ?? -1, stem: null}
      this.byWord.set(t.key, ids)
    }
    return ids
  }

  /** A token's ids, from its word entry when this scorer has set them there (see WordEntry). */
  private idsAt(entries: readonly WordEntry[], i: number, t: Token): WordIds {
    let entry = entries[i]
    if (entry === undefined || entry.norm !== t.norm) entry = wordEntry(t)
    if (entry.owner === this) return entry.ids as WordIds
    const ids = this.wordIds(t)
    entry.owner = this
    entry.ids = ids
    return ids
  }

  words(tokens: Token[], first: number, last: number): void {
    // The callers pass a clause or the whole unit: first > last only for a unit without words.
    if (first > last || !tokens[first]) return
    const entries = wordEntries(tokens)
    let t = tokens[first] as Token
    let ids = this.idsAt(entries, first, t)
    const head = ids
    for (let i = first; ; i++) {
      if (ids.w >= 0) this.count(ids.w)
      if (i + 1 > last) break
      const next = tokens[i + 1] as Token
      const nextIds = this.idsAt(entries, i + 1, next)
      // Most pairs weigh nothing: look one up only when a weighed pair starts with the one word and another ends with the other.
      if (ids.pairs !== null && nextIds.pairEnd >= 0 && next.clause === t.clause) {
        const id = ids.pairs.get(nextIds.pairEnd)
        if (id !== undefined) this.count(id)
      }
      t = next
      ids = nextIds
    }
    if (head.f === -2) head.f = this.idOf(firstFeature(tokens[first] as Token))
    this.count(head.f)
  }
  private stemIds(stem: string): StemIds {
    let ids = this.byStem.get(stem)
    if (ids === undefined) {
      const vcs = verbClasses(stem)
      const ocs = objectClasses(stem)
      const named = (prefix: Prefix, classes: readonly string[]) => classes.map((c) => this.idOf(prefix.name + c))
      ids = {
        v: this.idOf(VERB.name + stem),
        vh: this.idOf(HELPER.name + stem),
        o: this.idOf(OBJECT.name + stem),
        verbClasses: vcs,
        objectClasses: ocs,
        verbClassNumbers: vcs.map((c) => 31 - Math.clz32(classBit('verb', c))),
        objectClassNumbers: ocs.map((c) => 31 - Math.clz32(classBit('object', c))),
        vc: named(VERB_CLASS, vcs),
        vhc: named(HELPER_CLASS, vcs),
        oc: named(OBJECT_CLASS, ocs),
        mc: named(MODIFIER_CLASS, ocs),
        np: named(NOUN_PHRASE, ocs),
        vo: this.verbObjectStarts.has(stem) ? new Map() : null,
        voc: this.verbObjectClassStarts.has(stem) ? new Map() : null,
      }
      if (this.byStem.size > CACHE_LIMIT) this.byStem.clear()
      this.byStem.set(stem, ids)
    }
    return ids
  }

  /**
   * A clause word's stem ids: kept with the word's ids when this scorer has set them in its entry
   * (`words` has, for every word of the unit or clause it scores), else looked up by the stem.
   */
  private stemIdsOf(t: Token): StemIds {
    const entry = wordEntry(t)
    if (entry.owner !== this) return this.stemIds(t.stem)
    const ids = entry.ids as WordIds
    return (ids.stem ??= this.stemIds(t.stem))
  }

  /** As `clauseFeatures` counts them, in its order, by the stems' ids. */
  clause(c: ClauseReading): void {
    const v = c.verb ? this.stemIdsOf(c.verb) : null
    const o = c.object ? this.stemIdsOf(c.object) : null
    if (v) this.count(v.v)
    if (c.helper) {
      const h = this.stemIdsOf(c.helper)
      this.count(h.vh)
      for (const id of h.vhc) this.count(id)
    }
    if (c.nominal) this.add(FLAG, 'nominal')
    if (c.accountable) this.add(FLAG, 'accountable')
    if (v) for (const id of v.vc) this.count(id)
    if (o) {
      this.count(o.o)
      for (const id of o.oc) this.count(id)
    }
    for (const m of c.modifiers) for (const id of this.stemIdsOf(m).mc) this.count(id)
    if (!o) return
    const verb = c.verb?.stem as string
    const object = c.object?.stem as string
    if (v?.vo) {
      const id = v.vo.get(object)
      this.count(id !== undefined ? id : this.miss(v.vo, object, `${VERB_OBJECT.name}${verb} ${object}`))
    }
    for (let k = 0; k < o.objectClasses.length; k++) {
      const oc = o.objectClasses[k] as string
      if (!v) {
        this.count(o.np[k] as number)
        continue
      }
      if (v.voc) {
        const id = v.voc.get(oc)
        this.count(id !== undefined ? id : this.miss(v.voc, oc, `${VERB_OBJECT_CLASS.name}${verb} ${oc}`))
      }
      // add2(CLASS_PAIR, vc, oc) for each verb class, by the classes' numbers.
      const at = o.objectClassNumbers[k] as number
      for (let n = 0; n < v.verbClasses.length; n++) {
        const key = ((v.verbClassNumbers[n] as number) << 5) | at
        let id = this.classPairs[key] as number
        if (id === -2) this.classPairs[key] = id = this.idOf(`${CLASS_PAIR.name}${v.verbClasses[n] as string} ${oc}`)
        this.count(id)
      }
    }
  }

  /** The ids of a heading's features. */
  headingIds(heading: string): readonly number[] {
    // The units under one heading come in a row.
    let ids = heading === this.lastHeading ? this.lastHeadingIds : this.headings.get(heading)
    if (ids === undefined) {
      ids = headingFeatures(heading).map((f) => this.idOf(f))
      if (this.headings.size > CACHE_LIMIT) this.headings.clear()
      this.headings.set(heading, ids)
    }
    this.lastHeading = heading
    this.lastHeadingIds = ids
    return ids
  }
  /**
   * contextFeatures' ids, kept for the last unit's six values it reads: the units of a section
   * mostly share them, and then the ids are counted in its order without asking for each again.
   */
  context(input: UnitInput, reading: UnitReading): void {
    const c = this.lastContext
    const ids = this.contextIds
    // One unit in three changes a value: the ids are gathered again into the same scratch.
    if (ids.n < 0 || input.heading !== c.heading || input.section !== c.section || input.kind !== c.kind || input.experience !== c.experience || reading.voice !== c.voice || reading.negated !== c.negated) {
      ids.n = 0
      contextFeatures(input, reading, ids)
      c.heading = input.heading
      c.section = input.section
      c.kind = input.kind
      c.experience = input.experience
      c.voice = reading.voice
      c.negated = reading.negated
    }
    for (let k = 0; k < ids.n; k++) this.count(ids.ids[k] as number)
  }
  /** The id of `prefix.name + value`. */
  singleId(prefix: Prefix, value: string): number {
    // A unit's section, kind and voice are most often the last unit's: the last value of each prefix is kept beside the cache.
    const p = prefix.id
    if (this.lastValues[p] === value) return this.lastIds[p] as number
    const cache = this.singles[p] as Ids
    let id = cache.get(value)
    if (id === undefined) id = this.miss(cache, value, prefix.name + value)
    this.lastValues[p] = value
    this.lastIds[p] = id
    return id
  }
  add(prefix: Prefix, value: string): void {
    this.count(this.singleId(prefix, value))
  }
  add2(prefix: Prefix, a: string, b: string): void {
    const byA = this.doubles[prefix.id] as Map<string, Ids>
    let cache = byA.get(a)
    if (cache === undefined) {
      if (byA.size > CACHE_LIMIT) byA.clear()
      cache = new Map()
      byA.set(a, cache)
    }
    const id = cache.get(b)
    this.count(id !== undefined ? id : this.miss(cache, b, `${prefix.name}${a} ${b}`))
  }
}

/** A feature's weights by head, from its pairs (head index, weight...), into `into`: 0 for a head the pairs leave out, the last weight for a head they give twice. */
function denseWeights(pairs: number[], heads: number, into: number[]): number[] {
  into.length = 0
  for (let h = 0; h < heads; h++) into.push(0)
  for (let k = 0; k + 1 < pairs.length; k += 2) into[pairs[k] as number] = pairs[k + 1] as number
  return into
}

/** The values contextFeatures reads (see Scorer.context). */
interface LastContext {
  heading: string
  section: UnitInput['section']
  kind: UnitInput['kind']
  experience: boolean
  voice: Voice
  negated: boolean
}

/** Gathers the ids of the features contextFeatures names, in its order, into ids[0..n), for Scorer.context. */
class ContextIds implements ContextSink {
  readonly ids: number[] = []
  /** How many ids are gathered; -1 until the first unit's are. */
  n = -1
  constructor(private readonly scorer: Scorer) {}
  heading(heading: string): void {
    for (const id of this.scorer.headingIds(heading)) this.ids[this.n++] = id
  }
  add(prefix: Prefix, value: string): void {
    this.ids[this.n++] = this.scorer.singleId(prefix, value)
  }
}

export class DutyModel {
  readonly heads: string[]
  private readonly bias: number[]
  private dense: Map<string, number[]> | undefined
  private readonly familyIndex: number[]
  private scorer: Scorer | undefined

  constructor(readonly weights: Weights) {
    this.heads = weights.heads
    this.bias = weights.bias
    this.familyIndex = FAMILIES.map((f) => weights.heads.indexOf(f))
  }

  /**
   * Each feature's weights by head, made when first asked for: scoring by the features' names
   * (training, `jdlint why`) reads them; linting reads the pairs (see Scorer).
   */
  private get table(): Map<string, number[]> {
    if (this.dense === undefined) {
      this.dense = new Map()
      for (const [feature, pairs] of Object.entries(this.weights.weights)) this.dense.set(feature, denseWeights(pairs, this.weights.heads.length, []))
    }
    return this.dense
  }

  private scorerOf(): Scorer {
    return (this.scorer ??= new Scorer(this.weights, this.bias, () => this.table))
  }

  /** Each head's score (log-odds) for a set of features. */
  score(features: readonly string[]): number[] {
    const s = [...this.bias]
    for (const f of features) {
      const w = this.table.get(f)
      if (w) for (let h = 0; h < s.length; h++) s[h]! += w[h] ?? 0
    }
    return s
  }

  /** The scores of a unit's features (as `score(unitFeatures(...))`, without naming them). */
  scoreUnit(input: UnitInput, reading: UnitReading): number[] {
    const scorer = this.scorerOf()
    scorer.begin()
    walkUnitFeatures(input, reading, scorer)
    return scorer.end()
  }

  /** The scores of one clause's features read as a unit of its own (as `score(clauseUnitFeatures(...))`). */
  scoreClause(input: UnitInput, reading: UnitReading, clause: ClauseReading): number[] {
    const scorer = this.scorerOf()
    scorer.begin()
    walkClauseFeatures(input, reading, clause, scorer)
    return scorer.end()
  }

  /** The features that weigh most for and against one head. */
  contributions(features: readonly string[], head: string): Contribution[] {
    const h = this.heads.indexOf(head)
    const out: Contribution[] = []
    for (const f of features) {
      const w = this.table.get(f)?.[h]
      if (w) out.push({feature: f, weight: w})
    }
    return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.feature.localeCompare(b.feature))
  }

  /** The score of the k-th of FAMILIES. */
  scoreOf(scores: number[], k: number): number {
    const h = this.familyIndex[k] as number
    return h < 0 ? -Infinity : (scores[h] as number)
  }

  familyScore(scores: number[], family: Family): number {
    const h = this.familyIndex[FAMILIES.indexOf(family)] as number
    return h < 0 ? -Infinity : (scores[h] as number)
  }
}

let builtIn: DutyModel | undefined
/** The model trained on the labelled postings, as committed in model-weights.json. */
export function builtInModel(): DutyModel {
  builtIn ??= new DutyModel(committed as Weights)
  return builtIn
}

/** How the model reads a unit: its clauses, voice, negation, with the roles it names (looked for while reading, unless the analysis did). */
function readingOf(input: UnitInput): UnitReading {
  return readUnit(input, true)
}

/** How the model reads a unit, and the features it weighs. */
export function featuresFor(input: UnitInput): {reading: UnitReading; features: string[]} {
  const reading = readingOf(input)
  return {reading, features: unitFeatures(input, reading)}
}

/** Participation in somebody's decision: "contribute to", "help shape", "co-create", "get involved in". */
const SUPPORT = /\b(?:contribut\w*|help(?:s|ing)?|assist\w*|support\w*|participat\w*|input|co-?creat\w*|involved|take part|inform\w*)\b/i

/**
 * Decides a unit's families: the model's (for the unit, then clause by clause), re-routed by the
 * guide's flips, less those a rule vetoes (negated, given to another role, a trait, a question,
 * knowledge), plus those the user's own vocabulary names.
 */
export function decideUnit(input: UnitInput, model: DutyModel, negatedContext: boolean, previousVoice?: Voice): UnitDecision {
  const reading = readingOf(input)
  const scores = model.scoreUnit(input, reading)
  const decisions: FamilyDecision[] = []
  // Made when a family is decided: most units decide none.
  let decided: DecidedFamilies | undefined
  const threshold = model.weights.threshold ?? 0
  let pmSide = false
  let poSide = false
  for (let k = 0; k < FAMILIES.length; k++) {
    const family = FAMILIES[k] as Family
    if (model.scoreOf(scores, k) <= threshold) continue
    ;(decided ??= new DecidedFamilies()).add(family)
    if (family.startsWith('pm.')) pmSide = true
    if (family.startsWith('po.')) poSide = true
  }
  // Each clause's own scores, worked out once and only when needed.
  let clauseScores: number[][] | undefined
  // Clause by clause: a line the model reads as one side may carry the other side in a clause of its own.
  if (reading.clauses.length > 1 && pmSide !== poSide) {
    const other = pmSide ? 'po.' : 'pm.'
    search: for (const cs of (clauseScores ??= scoresOfClauses(model, input, reading))) {
      for (const family of FAMILIES) {
        if (family.startsWith(other) && model.familyScore(cs, family) > threshold) {
          ;(decided ??= new DecidedFamilies()).add(family)
          break search
        }
      }
    }
  }
  let rerouted: Map<Family, string> | undefined
  // Most units decide no family: then only the flips that need none are tried.
  for (const flip of FLIPS) {
    if (flip.needs && !decidesAny(decided, flip.needs)) continue
    const change = flip.apply(reading, input, decided ?? NONE_DECIDED)
    if (!change) continue
    decided ??= new DecidedFamilies()
    for (const f of change.drop ?? []) {
      if (!decided.delete(f)) continue
      decisions.push({family: f, score: model.familyScore(scores, f), by: 'rerouted', rule: flip.id})
    }
    for (const f of change.add ?? []) {
      if (decided.has(f)) continue
      decided.add(f)
      ;(rerouted ??= new Map()).set(f, flip.id)
    }
  }
  const matches: FamilyMatch[] = []
  // The whole unit's vetoes (see vetoOf), each worked out when first needed: null until then.
  let vetoFirst: string | undefined | null = null
  let vetoLast: string | undefined | null = null
  // Nothing decided and no phrase of the user's: no family to look at.
  const anyConfig = input.own.some(fromConfig)
  if (decided?.size || anyConfig) for (const family of FAMILIES) {
    const chosen = !!decided?.has(family)
    // Only a phrase of the user's makes a family the model did not decide.
    const config = anyConfig ? ownMatch(input, family, true) : undefined
    if (!chosen && !config) continue
    const score = model.familyScore(scores, family)
    if (vetoFirst === null) vetoFirst = unitVetoFirst(input, reading, negatedContext)
    let veto = vetoFirst ?? familyVeto(input, family)
    if (veto === undefined) veto = vetoLast === null ? (vetoLast = unitVetoLast(input, reading, previousVoice)) : vetoLast
    if (veto && !config) {
      decisions.push({family, score, by: 'vetoed', rule: veto})
      continue
    }
    const rule = rerouted?.get(family)
    // Literals of their own, not a spread of an object made for the purpose: the same keys in the same order.
    decisions.push(!chosen ? {family, score, by: 'config'} : rule ? {family, score, by: 'rerouted', rule} : {family, score, by: 'model'})
    if (!chosen && config) matches.push(config)
    else {
      // The vocabulary's own words for the family, each quoted; else the clause that weighed most.
      const vocab = ownMatch(input, family, false)
      if (!vocab && reading.clauses.length > 1) clauseScores ??= scoresOfClauses(model, input, reading)
      const found = evidence(input, reading, model, family, vocab, clauseScores)
      matches.push(found)
      // Loops, not closures over the family: this runs for every family decided.
      for (const m of input.own) {
        if (m.family === family && m.entry !== found.entry && !m.entry.startsWith('config-')) matches.push({...m, execution: found.execution, supporting: found.supporting})
      }
    }
  }
  if (!matches.length) return new Decision(input, reading, scores, [], matches, decisions, false, false)
  // The matches come family by family, in the order of FAMILIES: each family once, sorted.
  const families: Family[] = []
  for (const m of matches) if (families[families.length - 1] !== m.family) families.push(m.family)
  if (families.length > 1) families.sort()
  return new Decision(input, reading, scores, families, matches, decisions, matches.some((m) => m.execution), matches.some(poDoesNotDo))
}

const fromConfig = (m: FamilyMatch) => m.entry.startsWith('config-')

/** The unit's first match of the vocabulary for a family (only a phrase of the user's, with `config`). */
function ownMatch(input: UnitInput, family: Family, config: boolean): FamilyMatch | undefined {
  for (const m of input.own) if (m.family === family && (!config || fromConfig(m))) return m
  return undefined
}

/** Each clause's scores, its features read as a unit of its own. */
function scoresOfClauses(model: DutyModel, input: UnitInput, reading: UnitReading): number[][] {
  const out: number[][] = []
  for (const c of reading.clauses) out.push(model.scoreClause(input, reading, c))
  return out
}

/**
 * The families a unit has decided so far, one bit each by its place in FAMILIES: a Set per
 * unit with a family (four in ten) cost more to make and to ask.
 */
export class DecidedFamilies {
  private bits = 0
  has(family: Family): boolean {
    return (this.bits & familyBit(family)) !== 0
  }
  add(family: Family): void {
    this.bits |= familyBit(family)
  }
  /** Drops the family; whether it was there. */
  delete(family: Family): boolean {
    const had = this.has(family)
    this.bits &= ~familyBit(family)
    return had
  }
  /** How many families are decided. */
  get size(): number {
    let n = 0
    for (let b = this.bits; b !== 0; b &= b - 1) n++
    return n
  }
}
const FAMILY_BITS = new Map<Family, number>(FAMILIES.map((f, k) => [f, 1 << k]))
function familyBit(family: Family): number {
  const bit = FAMILY_BITS.get(family)
  if (bit === undefined) throw new Error(`not a family: ${family}`)
  return bit
}

/** What a flip asks of the families decided. */
interface Decided {
  has(family: Family): boolean
}
const NONE_DECIDED: Decided = new DecidedFamilies()

function decidesAny(decided: DecidedFamilies | undefined, families: readonly Family[]): boolean {
  if (!decided?.size) return false
  for (const f of families) if (decided.has(f)) return true
  return false
}

/**
 * A unit's decision. Its features are named only for whoever asks (`jdlint why`): linting needs
 * only their scores. Its fields are declared and set by the constructor, as Clause's are (no
 * class field initialiser runs per unit).
 */
class Decision implements UnitDecision {
  private declare readonly input: UnitInput
  declare readonly reading: UnitReading
  declare readonly scores: number[]
  declare readonly families: Family[]
  declare readonly matches: FamilyMatch[]
  declare readonly decisions: FamilyDecision[]
  declare readonly pmDoesNot: boolean
  declare readonly poDoesNot: boolean
  private declare named: string[] | undefined
  constructor(input: UnitInput, reading: UnitReading, scores: number[], families: Family[], matches: FamilyMatch[], decisions: FamilyDecision[], pmDoesNot: boolean, poDoesNot: boolean) {
    this.input = input
    this.reading = reading
    this.scores = scores
    this.families = families
    this.matches = matches
    this.decisions = decisions
    this.pmDoesNot = pmDoesNot
    this.poDoesNot = poDoesNot
    this.named = undefined
  }

  get features(): string[] {
    return (this.named ??= unitFeatures(this.input, this.reading))
  }
}

/**
 * LABELLING's does-not list for a PO: defining the vision or strategy, owning or deciding the
 * roadmap, conducting or taking part in discovery and user research. Contributing to the vision
 * or strategy ("help shape", "co-create") is participation a PO may give; taking part in research is not.
 */
export function poDoesNotDo(m: FamilyMatch): boolean {
  if (m.family === 'pm.strategy') return !m.supporting
  return m.family === 'pm.roadmap' || m.family === 'pm.research'
}

/** A word class the flips test, by name and by its bit (see classBit). */
interface WordClass {
  name: string
  bit: number
}
const verbClass = (name: string): WordClass => ({name, bit: classBit('verb', name)})
const objectClass = (name: string): WordClass => ({name, bit: classBit('object', name)})
const DECIDE = verbClass('decide')
const EXPLAIN = verbClass('explain')
const ORDER = verbClass('order')
const PLAN = verbClass('plan')
const ENSURE = verbClass('ensure')
const VISION = objectClass('vision')
const ROADMAP = objectClass('roadmap')
const BACKLOG = objectClass('backlog')
const DELIVERY = objectClass('delivery')
const objectClassBits = (names: string[]) => names.reduce((bits, name) => bits | classBit('object', name), 0)
/**
 * The word's object classes hold one of these (as bits, see classBit): by its word's entry, which
 * the token reaches without a look-up, where the classes by name were a look-up of its stem.
 */
export const objectIsAny = (t: Token, bits: number) => (wordEntry(t).objectBits & bits) !== 0
const SPRINT_WORK = objectClassBits(['ceremony', 'backlog', 'delivery'])

/** The clause's verb or helper is of the class: by the clause's class bits when it has them (see ClauseReading), else by the words. */
const verbIs = (c: ClauseReading, vc: WordClass) => {
  if (c.verbBits !== undefined) return (c.verbBits & vc.bit) !== 0
  return (!!c.verb && verbClasses(c.verb.stem).includes(vc.name)) || (!!c.helper && verbClasses(c.helper.stem).includes(vc.name))
}
/** The clause's object or a modifier is of the class, as verbIs looks. */
const objectIs = (c: ClauseReading, oc: WordClass) => {
  if (c.objectBits !== undefined) return (c.objectBits & oc.bit) !== 0
  return (!!c.object && objectClasses(c.object.stem).includes(oc.name)) || c.modifiers.some((m) => objectClasses(m.stem).includes(oc.name))
}
/** The clause's verb (or helper) is of verbClass (any, for null) and its object or a modifier of objectClass; the object is looked at first, as it rules out most clauses. */
const has = (c: ClauseReading, vc: WordClass | null, oc: WordClass) => objectIs(c, oc) && (vc === null || verbIs(c, vc))
const EXECUTE = new Set(['deliv', 'deliver', 'execut', 'implement', 'realiz', 'realis', 'translat'])
const ELICITATION = /\b(?:gather|collect|elicit|understand|learn|captur|identif|listen)\w*\b[^.;:]{0,60}?\b(?:needs?|requirements?|feedback|problems?|pain points?)\b[^.;:]{0,40}?\b(?:and|to|then|into)\b[^.;:]{0,30}?\b(?:turn|translat|writ|convert|document|defin|specif|break)\w*/i
/** Research named as work of its own (validating, interviewing, testing) stays research beside the chain. */
const RESEARCH_ITSELF = /\b(?:validat|interview|research|discover|usability|experiment|hypothes|market)\w*/i
const ownsVision = (r: UnitReading) => r.clauses.some((c) => has(c, DECIDE, VISION) || (!!c.helper && verbClasses(c.helper.stem).includes('decide') && has(c, null, VISION)))
const VISION_AS_REFERENCE = /\b(?:understand\w*|align\w*|fits?|in line with|consistent with|tied to|grounded in|according to|towards?)\b(?:\W+\w+){0,6}?\W+(?:vision|strategy|strategic|goals?|mission|objectives)\b/i

const FEATURES = /^(?:features?|functionality|functionalities|capabilit(?:y|ies))$/
/** Backlog items and the requirements they are written from: what a PO orders. */
const ITEMS = objectClassBits(['backlog', 'spec'])
const itemWord = (t: Token) => objectIsAny(t, ITEMS)
/**
 * The unit orders work (a prioritising verb, or "set priorities") and names backlog items or
 * requirements to order: "prioritise requirements, epics and stories", "gather the requirements
 * and prioritise these", "manage the backlog: set priorities".
 */
function ordersBacklogItems(r: UnitReading, i: UnitInput): boolean {
  // This runs for most units: a reading readUnit made says with two bits what the loops below find.
  if (r.wordFlags !== undefined && r.wordObjectBits !== undefined) return (r.wordFlags & IS_PRIORITY) !== 0 && (r.wordObjectBits & ITEMS) !== 0
  // Loops, not some(): much of this runs before the code is optimised.
  let orders = false
  for (const t of i.tokens) {
    if (prioritises(t)) {
      orders = true
      break
    }
  }
  if (!orders) return false
  for (const t of i.tokens) if (itemWord(t)) return true
  return false
}

/** "gather feedback in sprint reviews", "collect feedback from stakeholders at the demo". */
const FEEDBACK_IN_REVIEWS = /\bfeedback\b[^.;:]{0,50}?\b(?:reviews?|demos?)\b|\b(?:reviews?|demos?)\b[^.;:]{0,50}?\bfeedback\b/i
/** "incorporate user research findings into the backlog", "turn insights into backlog items". */
const INTO_BACKLOG = /\b(?:(?:user\s+|customer\s+)?research\s+)?(?:findings|insights?|feedback|learnings)\b[^.;:]{0,40}?\b(?:into|in|to|onto)\s+(?:the\s+|our\s+)?(?:product\s+|team\s+)?backlog\b/i

const BACKLOG_OR_FEEDBACK = /backlog|feedback/i
/** "act on customer feedback" */
const ACTS_ON_FEEDBACK = /\bact(?:s|ing|ed)?\s+(?:up)?on\s+(?:[\w-]+\s+){0,2}?feedback\b/i

/** Acceptance testing, or work reviewed against the criteria. */
const ACCEPTING = /\bacceptance[\s-]test\w*|\b(?:against|based on|meets?|meeting|per|to)\b[^.;:]{0,30}\bacceptance criteria\b/i
/** Writing the criteria, the stories or the specs themselves ("product-specified criteria" are someone's). */
const WRITES_CRITERIA = /(?<![-\w])(?:writ|defin|draft|author|document|specif|creat|formulat)\w*\b[^.;:]{0,40}\b(?:stor(?:y|ies)|criteria|requirements?|specs?|specifications?|tickets?)\b/i

/** A word each of END_TO_END's spans holds, in either case: a text without any has no span. */
const MAY_SPAN = /from|end|cycle/i
/** "from idea to launch", "from discovery to delivery", "end to end", "the entire product life cycle". */
const END_TO_END = /\bfrom\s+(?:the\s+)?(?:idea|ideation|concept|conception|inception|discovery|vision|strategy|problem|prototype)s?\b[^.;:]{0,30}?\b(?:to|through|into|until)\s+(?:the\s+)?(?:launch|release|delivery|market|production|shipping|go-live|scale|execution|adoption)\b|\bend[\s-]to[\s-]end\b|\b(?:entire|full|whole|complete)\s+(?:product\s+)?(?:life[\s-]?cycles?|lifecycles?)\b/gi

/** The object classes of PM work: vision, roadmap, research, metric. */
const PM_OBJECTS = objectClassBits(['vision', 'roadmap', 'research', 'metric'])
const isPmObject = (t: Token) => objectIsAny(t, PM_OBJECTS)
/** The people a strategy may be for ("for our clients"): not what it is about. */
const CUSTOMERS = new Set(['customer', 'customers', 'user', 'users', 'client', 'clients'])
/** Another function's work named before its strategy, goals or opportunities. */
const OTHER_FUNCTION = new Set(['adoption', 'upsell', 'upselling', 'sell', 'selling', 'sales', 'account', 'accounts', 'renewal', 'renewals', 'marketing', 'hiring', 'recruiting', 'recruitment', 'content', 'support', 'enablement'])

const NP_BREAK = new Set(['for', 'with', 'to', 'of', 'in', 'on', 'and', 'or', 'the', 'our', 'a', 'an', 'their', 'its', 'by', 'from', 'as'])

interface Flip {
  id: string
  why: string
  /** A flip that changes nothing unless one of these families is decided (most units decide none). */
  needs?: readonly Family[]
  apply: (r: UnitReading, input: UnitInput, decided: Decided) => {drop?: Family[]; add?: Family[]} | null
}

/** The flips LABELLING states outright, applied to the model's families. */
export const FLIPS: Flip[] = [
  {
    id: 'explaining-the-vision',
    needs: ['pm.strategy'],
    why: 'communicating or explaining the vision or strategy is alignment, not owning it',
    apply: (r, _i, d) => (d.has('pm.strategy') && !ownsVision(r) && r.clauses.some((c) => has(c, EXPLAIN, VISION)) ? {drop: ['pm.strategy'], add: ['pm.alignment']} : null),
  },
  {
    id: 'vision-as-reference',
    needs: ['pm.strategy'],
    why: 'making sure work fits or follows the vision uses it as a reference: the vision is not owned',
    apply: (r, i, d) => (d.has('pm.strategy') && !ownsVision(r) && VISION_AS_REFERENCE.test(i.text) ? {drop: ['pm.strategy']} : null),
  },
  {
    id: 'prioritising-backlog-items',
    why: 'ordering backlog items (stories, tasks, bugs) is sprint work; ordering opportunities and initiatives is roadmap work',
    apply: (r, i, d) => {
      // Adding po.sprint where it is decided already changes nothing.
      if (d.has('po.sprint') && !d.has('pm.roadmap')) return null
      const items = r.clauses.some((c) => has(c, ORDER, BACKLOG)) || ordersBacklogItems(r, i)
      if (!items) return null
      if (!d.has('pm.roadmap')) return {add: ['po.sprint']}
      // "prioritise stories, epics and themes": themes are roadmap-level, so both sides stay.
      // Features are what a roadmap orders as much as a backlog does: they keep the roadmap side.
      const bets = i.tokens.some((t) => (objectIsAny(t, ROADMAP.bit) && !prioritises(t)) || FEATURES.test(t.norm))
      return bets ? {add: ['po.sprint']} : {drop: ['pm.roadmap'], add: ['po.sprint']}
    },
  },
  {
    id: 'executing-the-roadmap',
    needs: ['pm.strategy', 'pm.roadmap'],
    why: 'delivering or executing a vision or roadmap that is not the hire\'s to set is execution work; executing one\'s own beside setting it is roadmap work only',
    apply: (r, i, d) => {
      if (!(d.has('pm.strategy') || d.has('pm.roadmap'))) return null
      const executes = r.clauses.some((c) => !!c.verb && EXECUTE.has(c.verb.stem) && (has(c, null, VISION) || has(c, null, ROADMAP)))
      if (!executes) return null
      const owns = r.clauses.some((c) => has(c, DECIDE, VISION) || has(c, DECIDE, ROADMAP) || (!!c.helper && verbClasses(c.helper.stem).includes('decide')))
      if (!owns) return {drop: ['pm.strategy', 'pm.roadmap'], add: ['po.sprint']}
      // Executing one's own roadmap beside defining it is roadmap work only, unless the unit names sprint work of its own.
      const sprintWork = r.wordObjectBits !== undefined ? (r.wordObjectBits & SPRINT_WORK) !== 0 : i.tokens.some((t) => objectIsAny(t, SPRINT_WORK))
      return d.has('po.sprint') && !sprintWork ? {drop: ['po.sprint']} : null
    },
  },
  {
    id: 'elicitation-chain',
    needs: ['pm.research'],
    why: 'learning the needs in order to write the requirements or specs is one requirements duty, not research',
    apply: (_r, i, d) => (d.has('pm.research') && d.has('po.requirements') && ELICITATION.test(i.text) && !RESEARCH_ITSELF.test(i.text) ? {drop: ['pm.research']} : null),
  },
  {
    id: 'feedback-in-reviews',
    needs: ['pm.research'],
    why: 'gathering feedback in sprint reviews or demos is sprint or stakeholder work, not research',
    apply: (_r, i, d) => (d.has('pm.research') && FEEDBACK_IN_REVIEWS.test(i.text) && !RESEARCH_ITSELF.test(i.text) ? {drop: ['pm.research']} : null),
  },
  {
    id: 'research-into-backlog',
    needs: ['pm.research'],
    why: 'acting on feedback, or folding research findings or feedback into the backlog, acts on research: it is backlog work when the object is the backlog, and no research',
    apply: (_r, i, d) => {
      // INTO_BACKLOG names the backlog, ACTS_ON_FEEDBACK feedback: a text with neither has no match.
      if (!d.has('pm.research') || !BACKLOG_OR_FEEDBACK.test(i.text)) return null
      const backlog = INTO_BACKLOG.test(i.text)
      if (!(backlog || ACTS_ON_FEEDBACK.test(i.text))) return null
      // Research named as work of its own beside it ("run interviews and fold the findings into the backlog") stays.
      const rest = i.text.replace(INTO_BACKLOG, ' ').replace(ACTS_ON_FEEDBACK, ' ')
      if (RESEARCH_ITSELF.test(rest)) return null
      return backlog ? {drop: ['pm.research'], add: ['po.sprint']} : {drop: ['pm.research']}
    },
  },
  {
    id: 'accepting-work',
    needs: ['po.requirements'],
    why: 'testing or reviewing the team\'s work against acceptance criteria is working with engineering; writing the criteria is requirements work',
    apply: (_r, i, d) => (d.has('po.requirements') && ACCEPTING.test(i.text) && !WRITES_CRITERIA.test(i.text) ? {drop: ['po.requirements'], add: ['po.engineering']} : null),
  },
  {
    id: 'end-to-end',
    needs: ['po.sprint', 'po.scope'],
    why: 'taking a product from idea to launch, or owning its whole life cycle, is no family by itself: only what the unit says the hire does along the way',
    apply: (_r, i, d) => {
      // Only po.sprint and po.scope are ever dropped here; and every span holds "from", "end" or "cycle".
      if ((!d.has('po.sprint') && !d.has('po.scope')) || !MAY_SPAN.test(i.text)) return null
      const spans = [...i.text.matchAll(END_TO_END)].map((m) => [m.index, m.index + m[0].length] as const)
      if (!spans.length) return null
      const inside = (m: FamilyMatch) => spans.some(([a, b]) => m.start < b && m.end > a)
      const only = (['po.sprint', 'po.scope'] as const).filter((f) => d.has(f) && i.own.filter((m) => m.family === f).every(inside))
      return only.length ? {drop: [...only]} : null
    },
  },
  {
    id: 'another-function',
    needs: ['pm.strategy', 'pm.roadmap', 'pm.research'],
    why: 'the strategy, goals or opportunities of another function (an adoption strategy for clients, upsell openings, sales targets) are not product work',
    apply: (_r, i, d) => {
      const pm = (['pm.strategy', 'pm.roadmap', 'pm.research'] as const).filter((f) => d.has(f))
      if (!pm.length) return null
      // The function's word modifies the noun: "upsell opportunities", "cross-sell targets"; not "with marketing for positioning".
      const theirs = (t: Token, k: number) => {
        const [a, b] = [i.tokens[k - 1], i.tokens[k - 2]]
        if (t.afterComma) return false
        return !!a && (OTHER_FUNCTION.has(a.norm) || (!!b && OTHER_FUNCTION.has(b.norm) && !NP_BREAK.has(a.norm)))
      }
      // Some PM object, and every one of them another function's.
      let objects = 0
      for (let k = 0; k < i.tokens.length; k++) {
        const t = i.tokens[k] as Token
        if (!isPmObject(t) || CUSTOMERS.has(t.norm) || OTHER_FUNCTION.has(t.norm)) continue
        if (!theirs(t, k)) return null
        objects++
      }
      return objects ? {drop: pm} : null
    },
  },
  {
    id: 'project-management',
    why: 'planning, scheduling, estimating or tracking delivery, timelines, milestones, budgets, risks or dependencies, or making sure milestones are met, is project management (sprint and execution work)',
    // has(c, PLAN, DELIVERY) || has(c, ENSURE, DELIVERY), the object looked at once.
    apply: (r, i, d) => (!d.has('po.sprint') && i.tokens.length <= 40 && r.clauses.some((c) => has(c, null, DELIVERY) && (verbIs(c, PLAN) || verbIs(c, ENSURE))) ? {add: ['po.sprint']} : null),
  },
]

/** A trait or attitude, not a duty: "you love ...", "you are organised enough to ...". */
const TRAIT = /^\W*(?:and\s+)?(?:you(?:'re|’re| are)\s+(?!responsible|accountable|expected|in charge|able to (?:own|run|lead|define|set|drive)|the\b|our\b)|you (?:love|enjoy|thrive|like|care|get (?:satisfaction|energy|excited)|take pride)\b|(?:a |an )?(?:passion|love|enthusiasm) for\b|(?:comfortable|happy|excited|passionate|curious)\b)/i
/** Knowledge of a tool or a method, not a duty: "familiar with Jira", "knowledge of Scrum". */
const KNOWLEDGE = /^\W*(?:(?:a |an )?(?:demonstrated|solid|strong|good|deep|working|sound|proven|excellent|practical|thorough)\s+)?(?:understanding|knowledge|familiarity|awareness)\s+of\b|^\W*(?:familiar|conversant|acquainted)\s+with\b/i

const PRONOUN = /^\W*(?:they|it)\b/i
/**
 * A unit whose subject is the company, its customers or the product ("We ship weekly", "Clinics
 * rely on it") gives the hire no duty. "They" or "it" is the hire when the sentence before was
 * about the hire ("A product owner answers for the backlog. They ...").
 */
function aboutTheCompany(input: UnitInput, reading: UnitReading, previousVoice: Voice | undefined): boolean {
  if (reading.voice !== 'company' || input.mentions.some((m) => m.role === input.hire)) return false
  return !(PRONOUN.test(input.text) && previousVoice === 'hire')
}

/**
 * Why a family is not the hire's: the heading or a word negates it, another role does it, or the
 * unit is a trait or knowledge. decideUnit asks the three parts apart (the unit's once); this is
 * their order in one call, which test/model-fast-paths.test.ts compares decideUnit with.
 */
export function vetoOf(input: UnitInput, reading: UnitReading, family: Family, negatedContext: boolean, previousVoice?: Voice): string | undefined {
  return unitVetoFirst(input, reading, negatedContext) ?? familyVeto(input, family) ?? unitVetoLast(input, reading, previousVoice)
}

/**
 * A unit's vetoes are asked for in three parts, as vetoOf orders them: those of the whole unit
 * that come before the family's own (the heading, a trait, a question, knowledge), the family's
 * (negated, given to another role), and the whole unit's that come after. decideUnit works out
 * each whole-unit part once per unit, not once per family (the patterns read the unit's text).
 */
function unitVetoFirst(input: UnitInput, reading: UnitReading, negatedContext: boolean): string | undefined {
  if (negatedContext) return 'under a heading that negates its duties'
  if (TRAIT.test(input.text)) return 'a trait or attitude, not a duty'
  if (reading.question) return 'a question, not a duty'
  if (KNOWLEDGE.test(input.text)) return 'knowledge of a method or tool, not a duty'
  return undefined
}
function familyVeto(input: UnitInput, family: Family): string | undefined {
  const own = input.own.some((m) => m.family === family)
  if (!own && input.negated.some((m) => m.family === family)) return `negated ("${input.negated.find((m) => m.family === family)!.words}")`
  if (!own && input.delegated.some((m) => m.family === family)) return `given to another role ("${input.delegated.find((m) => m.family === family)!.words}")`
  return undefined
}
function unitVetoLast(input: UnitInput, reading: UnitReading, previousVoice: Voice | undefined): string | undefined {
  if (reading.voice === 'other-role' && !input.own.length) return 'another role is the subject'
  if (aboutTheCompany(input, reading, previousVoice)) return 'about the company, its customers or the product, not a duty'
  return undefined
}

/**
 * The clause and words that decided a family, as a FamilyMatch the rules can quote: `vocab` is the
 * unit's first match of the vocabulary for the family, and `clauseScores` each clause's scores
 * (needed only without such a match in a unit of several clauses).
 */
function evidence(input: UnitInput, reading: UnitReading, model: DutyModel, family: Family, vocab: FamilyMatch | undefined, clauseScores: number[][] | undefined): FamilyMatch {
  // The clause that weighs most for the family, unless the vocabulary's own words say it.
  let best: ClauseReading | undefined = reading.clauses[0]
  if (!vocab && reading.clauses.length > 1) {
    let bestScore = -Infinity
    const scores = clauseScores as number[][]
    for (let i = 0; i < scores.length; i++) {
      const s = model.familyScore(scores[i] as number[], family)
      if (s > bestScore) {
        best = reading.clauses[i]
        bestScore = s
      }
    }
  }
  let start = 0
  let end = input.text.length
  if (vocab) {
    start = vocab.start
    end = vocab.end
  } else if (best) {
    const verbAt = best.verb ? input.tokens.indexOf(best.verb) : -1
    const from = verbAt > 0 && best.verb?.norm === 'sure' ? input.tokens[verbAt - 1] : (best.verb ?? input.tokens[best.first])
    const to = best.object && best.object.start >= (from?.start ?? 0) ? best.object : input.tokens[best.last]
    start = from?.start ?? 0
    end = to?.end ?? input.text.length
  }
  const words = input.text.slice(start, end)
  return {
    family,
    words,
    entry: vocab?.entry ?? 'model',
    start,
    end,
    execution: executionFor(family, input),
    // The vocabulary's own say first: when its match does not support, the text is not looked at.
    supporting: (vocab?.supporting ?? true) && SUPPORT.test(input.text.slice(0, Math.max(end, 1))),
  }
}

/** LABELLING's does-not list for a PM: sprints, backlog, stories and criteria, scope, schedules; not requirements in general. */
function executionFor(family: Family, input: UnitInput): boolean {
  if (family === 'po.sprint' || family === 'po.scope') return true
  // A phrase the user added is a rule on top of the model: it says itself whether it is execution.
  if (input.own.some((m) => m.family === family && m.entry.startsWith('config-') && m.execution)) return true
  // Other work on the list the vocabulary marks itself ("build slide decks"), wherever in the unit.
  if (family !== 'po.requirements') return input.own.some((m) => m.family === family && m.execution)
  // A PRD or a requirements document is requirements work a PM may do (the guide says so outright).
  if (/\b(?:PRDs?|requirements? doc\w*)\b/i.test(input.text)) return false
  return /\b(?:user stor|stories|acceptance|criteria|tickets?|detailed|specs?\b|specifications?)/i.test(input.text)
}
