// Fits the duty model to a labelled folder of postings and writes its weights as data.
//
//   node scripts/train.mjs DIR [--half odd|even] [--out FILE]
//
// DIR holds corpus/NNN-name.md and labels/NNN-name.json (the label schema of the labelled set:
// lines with families, does-not violations). Each posting is read by jdlint's own reader; each
// unit's features (stems, stem pairs, classes, the vocabulary's entry ids) are paired with the
// families its line carries, and one logistic regression per family is fitted, plus one for
// each does-not list. The weights hold numbers keyed by features, never text of the postings.
// Deterministic: samples and features in sorted order, a fixed number of passes, no randomness.
// --half odd|even trains on that half only (postings numbered odd or even).
// Default --out: src/duties/model-weights.json.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {importTs} from './import-ts.mjs'

const root = new URL('../', import.meta.url)

/** Bundles the reader (TypeScript) once, for this script and for tests. */
export function loadReader() {
  return importTs(
    `export {buildPosting} from './src/read/posting.ts'
export {builtInVocabulary} from './src/duties/analyze.ts'
export {featuresFor, DutyModel, FLIPS} from './src/duties/model.ts'
export {unitFeatures, clauseUnitFeatures} from './src/duties/features.ts'
export {FAMILIES} from './src/model.ts'
export {explainLine} from './src/read/why.ts'
export {lintText} from './src/engine/lint-text.ts'`,
    'train',
  )
}

const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** Reads every labelled posting of DIR (of one half, if asked) into samples: features and targets. */
export function readSamples(reader, dir, half = null) {
  const vocabulary = reader.builtInVocabulary()
  const names = readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !half || (parseInt(f, 10) % 2 === 1) === (half === 'odd'))
    .sort()
  const samples = []
  for (const file of names) {
    const label = JSON.parse(readFileSync(join(dir, 'labels', file), 'utf8'))
    const text = readFileSync(join(dir, 'corpus', file.replace(/\.json$/, '.md')), 'utf8').replace(/^\uFEFF/, '')
    const units = []
    reader.buildPosting(text, {vocabulary, onUnit: (unit, input) => units.push({unit, ...reader.featuresFor(input)})})
    // A line of several sentences carries the label of the sentence its text names.
    const byLine = new Map()
    for (const u of units) byLine.set(u.unit.line, [...(byLine.get(u.unit.line) ?? []), u])
    const targets = new Map()
    for (const l of label.lines) {
      const candidates = byLine.get(l.line)
      if (!candidates) continue
      const want = norm(l.text)
      const pick = candidates.length === 1 ? candidates[0] : (candidates.find((c) => norm(c.unit.text).includes(want) || want.includes(norm(c.unit.text))) ?? candidates[0])
      targets.set(pick, new Set([...(targets.get(pick) ?? []), ...l.families]))
    }
    for (const u of units) {
      const families = targets.get(u) ?? new Set()
      samples.push({
        features: u.features,
        posting: parseInt(file, 10),
        line: u.unit.line,
        text: u.unit.text,
        families,
        role: label.title_role,
      })
    }
  }
  return {samples, postings: names.length}
}

/**
 * The settings the committed weights are trained with. Each was compared with its neighbours by
 * inner cross-validation inside each half of the labelled set (scripts/cv.mjs); what was tried
 * and measured is in docs/model.md.
 */
export const SETTINGS = {iterations: 300, rate: 0.1, l2: 0.01, minCount: 3, prune: 0.1, maxPosWeight: 5, prior: 4, l2Words: null, drop: [], augment: 0}

/**
 * Fits one logistic regression per head: full-batch gradient descent with AdaGrad steps and an
 * L2 penalty, a fixed number of iterations. Features seen in fewer than minCount samples, or
 * starting with a prefix in `drop` (an ablation), are left out; weights under `prune` are dropped.
 * A sample may carry a `weight` (1 when it has none). With `augment`, each unit the vocabulary
 * matched is added again without the vocabulary's features, weighed `augment`; those copies count
 * towards `minCount` too (as the measurements in docs/model.md were made).
 */
export function train(samples, heads, settings = {}) {
  const {iterations, rate, l2, minCount, prune, maxPosWeight, prior, l2Words, drop, augment} = {...SETTINGS, ...settings}
  // Each unit the vocabulary matched, once more without the vocabulary's features (weighed `augment`):
  // what its words and reading say on their own, for the paraphrases the vocabulary does not know.
  if (augment) {
    const vocabularyFeature = (f) => f.startsWith('ef:') || f.startsWith('e:') || f.startsWith('es:')
    samples = [...samples.map((s) => ({...s, weight: 1})), ...samples.filter((s) => s.features.some(vocabularyFeature)).map((s) => ({...s, features: s.features.filter((f) => !vocabularyFeature(f)), weight: augment}))]
  }
  const counts = new Map()
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const vocab = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= minCount && !drop.some((d) => f.startsWith(d))).sort()
  const index = new Map(vocab.map((f, i) => [f, i]))
  const rows = samples.map((s) => Int32Array.from(s.features.map((f) => index.get(f)).filter((i) => i !== undefined)))
  const W = heads.map(() => new Float64Array(vocab.length))
  const bias = heads.map(() => 0)
  heads.forEach((head, h) => {
    const ys = samples.map((s) => (head.target(s) ? 1 : 0))
    const use = samples.map((s) => head.applies(s))
    const sw = samples.map((s) => s.weight ?? 1)
    const pos = ys.reduce((a, y, i) => a + (y && use[i] ? sw[i] : 0), 0)
    const neg = ys.reduce((a, y, i) => a + (!y && use[i] ? sw[i] : 0), 0)
    const n = Math.max(1, pos + neg)
    // Rare families weigh their positives up, to a limit.
    const posWeight = Math.min(maxPosWeight, Math.max(1, Math.sqrt(neg / Math.max(1, pos))))
    const w = W[h]
    // The vocabulary's own reading is where each family's weights start, and what the penalty
    // pulls them back to: a match of a family's phrases counts for it until the labels say less.
    const start = Float64Array.from(vocab, (f) => (f === `ef:${head.name}` ? prior : 0))
    const lambda = Float64Array.from(vocab, (f) => (l2Words !== null && /^[wb]:/.test(f) ? l2Words : l2))
    w.set(start)
    const grad = new Float64Array(vocab.length)
    const acc = new Float64Array(vocab.length)
    let b = Math.log((pos + 1) / (neg + 1))
    let accB = 0
    for (let it = 0; it < iterations; it++) {
      grad.fill(0)
      let gb = 0
      for (let i = 0; i < rows.length; i++) {
        if (!use[i]) continue
        const row = rows[i]
        let z = b
        for (const j of row) z += w[j]
        const p = 1 / (1 + Math.exp(-z))
        const g = ((p - ys[i]) * (ys[i] ? posWeight : 1) * sw[i]) / n
        gb += g
        for (const j of row) grad[j] += g
      }
      for (let j = 0; j < w.length; j++) {
        const gj = grad[j] + lambda[j] * (w[j] - start[j])
        acc[j] += gj * gj
        if (acc[j]) w[j] -= (rate * gj) / Math.sqrt(acc[j])
      }
      accB += gb * gb
      if (accB) b -= (rate * gb) / Math.sqrt(accB)
    }
    bias[h] = b
  })
  const round = (x) => Math.round(x * 100) / 100
  const weights = {}
  vocab.forEach((f, j) => {
    const pairs = heads.flatMap((_, h) => (Math.abs(W[h][j]) >= prune ? [h, round(W[h][j])] : []))
    if (pairs.length) weights[f] = pairs
  })
  return {heads: heads.map((h) => h.name), bias: bias.map(round), weights}
}

/** The heads: one per family. (Does-not heads learned from the labels were tried and read unseen postings worse than LABELLING's lists.) */
/** The command line's options and positionals by `node:util` parseArgs; null when it does not parse (an unknown option, a missing value). */
export function parseCommandLine(options) {
  try {
    return parseArgs({options, allowPositionals: true})
  } catch {
    return null
  }
}

export function headsFor(reader) {
  return reader.FAMILIES.map((f) => ({name: f, target: (s) => s.families.has(f), applies: () => true}))
}

async function main() {
  const args = parseCommandLine({half: {type: 'string'}, out: {type: 'string'}})
  const dir = args?.positionals[0]
  const half = args?.values.half ?? null
  if (!args || !dir || (half && !['odd', 'even'].includes(half))) {
    console.error('usage: node scripts/train.mjs DIR [--half odd|even] [--out FILE]')
    process.exit(2)
  }
  const out = resolve(args.values.out ?? new URL('src/duties/model-weights.json', root).pathname)
  const reader = await loadReader()
  const {samples, postings} = readSamples(reader, resolve(dir), half)
  const model = train(samples, headsFor(reader))
  model.trained = {postings, units: samples.length, labelled: samples.filter((s) => s.families.size).length, features: Object.keys(model.weights).length}
  writeFileSync(out, `${JSON.stringify(model)}\n`)
  console.error(`trained on ${postings} postings (${samples.length} units): ${Object.keys(model.weights).length} features -> ${out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
