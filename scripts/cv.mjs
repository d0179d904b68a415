// Inner cross-validation of the duty model's training settings on a labelled folder.
//
//   node scripts/cv.mjs DIR [--half odd|even] [--folds K] [--grid NAME|JSON] [--families] [--misses] [--oracle] [--dump FAMILY]
//
// The postings of DIR (of one half, if asked) are split into K folds by posting (the i-th
// posting in name order goes to fold i mod K). For each setting of the grid, K models are
// trained on K-1 folds each and the held-out fold is linted with jdlint's own rules and that
// model; the findings are compared with the labels as the scorer does (lines of role confusion,
// posting verdicts, alarms on non-product postings), and each unit's families with its labelled
// ones (micro F1 at log-odds 0, and the mean average precision of the scores, which needs no
// threshold and is steadier). Settings are chosen by these numbers, never by the postings left
// out of DIR or the half. --grid names a list below or gives settings as JSON ('[{"l2":0.03}]');
// --families prints each family's numbers (and apart, for units the vocabulary matched and the
// rest), --misses the scorer's missed and unexpected lines, --oracle the ceiling (the scorer's
// numbers when every unit gets its labelled families), --dump FAMILY the units whose family the
// out-of-fold model got wrong (for reading the training side's errors).
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadReader, readSamples, train, headsFor, parseCommandLine, SETTINGS} from './train.mjs'

const LINE_RULES = ['no-mixed-duties', 'no-execution-in-pm-role', 'no-strategy-in-po-role']
const ROLE_RULES = ['no-two-jobs', 'title-matches-duties', 'no-execution-in-pm-role', 'no-strategy-in-po-role']

/** The scorer's counts for one posting's findings against its labels, added to `c`. */
function scorePosting(c, label, messages) {
  const role = label.title_role
  const v = label.doc_verdict
  const gold = new Set([...(role === 'other' ? [] : label.mixed_lines), ...(role === 'pm' ? v.pm_does_not_violations : []), ...(role === 'po' ? v.po_does_not_violations : [])])
  const said = new Set(messages.filter((m) => LINE_RULES.includes(m.ruleId)).map((m) => m.line))
  for (const l of said) gold.has(l) ? c.tp++ : (c.fp++, c.misses?.push(`${label.id}:${l} not expected`))
  for (const l of gold) if (!said.has(l)) (c.fn++, c.misses?.push(`${label.id}:${l} missed`))
  const has = (id) => messages.some((m) => m.ruleId === id)
  if (role === 'other') {
    c.controls++
    if (messages.some((m) => ROLE_RULES.includes(m.ruleId))) c.alarms++
    return
  }
  c.docs++
  if (v.two_jobs_in_one === has('no-two-jobs')) c.right++
  if ((v.title_mismatch !== 'none') === has('title-matches-duties')) c.right++
}

const f1 = (tp, fp, fn) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0)

/** Out-of-fold numbers for one setting: line-F1, posting accuracy, alarms, family micro-F1 and mAP. */
function crossValidate(reader, dir, samples, folds, setting) {
  const postings = [...new Set(samples.map((s) => s.posting))].sort((a, b) => a - b)
  const foldOf = new Map(postings.map((p, i) => [p, i % folds]))
  const names = new Map()
  for (const f of readdirSync(join(dir, 'labels')).filter((n) => n.endsWith('.json'))) names.set(parseInt(f, 10), f.replace(/\.json$/, ''))
  const c = {tp: 0, fp: 0, fn: 0, right: 0, docs: 0, controls: 0, alarms: 0, ftp: 0, ffp: 0, ffn: 0, misses: []}
  const oof = []
  for (let k = 0; k < folds; k++) {
    const weights = train(samples.filter((s) => foldOf.get(s.posting) !== k), headsFor(reader), setting)
    const model = new reader.DutyModel(weights)
    for (const s of samples) {
      if (foldOf.get(s.posting) !== k) continue
      const scores = model.score(s.features)
      oof.push({sample: s, scores})
      weights.heads.forEach((h, i) => {
        const yes = scores[i] > 0
        const gold = s.families.has(h)
        if (yes && gold) c.ftp++
        else if (yes) c.ffp++
        else if (gold) c.ffn++
      })
    }
    for (const p of postings) {
      if (foldOf.get(p) !== k) continue
      const name = names.get(p)
      const label = JSON.parse(readFileSync(join(dir, 'labels', `${name}.json`), 'utf8'))
      const text = readFileSync(join(dir, 'corpus', `${name}.md`), 'utf8')
      scorePosting(c, label, reader.lintText(text, {model}).messages)
    }
  }
  // Mean over families of the average precision of the out-of-fold scores: threshold-free, so steadier than F1.
  const ap = reader.FAMILIES.map((_, h) => {
    const rows = oof.map(({sample, scores}) => [scores[h], sample.families.has(reader.FAMILIES[h])]).sort((a, b) => b[0] - a[0])
    let tp = 0
    let sum = 0
    rows.forEach(([, y], i) => {
      if (y) sum += ++tp / (i + 1)
    })
    return tp ? sum / tp : 0
  })
  return {ap, map: ap.reduce((a, b) => a + b, 0) / ap.length, lineF1: f1(c.tp, c.fp, c.fn), accuracy: c.right / Math.max(1, 2 * c.docs), alarms: c.alarms, controls: c.controls, familyF1: f1(c.ftp, c.ffp, c.ffn), counts: c, oof}
}

/**
 * The ceiling the rules leave the model: every posting linted with a model that gives each unit
 * exactly its labelled families (and nothing to any clause on its own). What it misses is the
 * rules' and the reader's, not the model's.
 */
function oracle(reader, dir, samples) {
  const gold = new Map(samples.map((s) => [s.features.join('\n'), s.families]))
  const heads = [...reader.FAMILIES]
  class Labelled extends reader.DutyModel {
    score(features) {
      const families = gold.get(features.join('\n'))
      return heads.map((h) => (families?.has(h) ? 10 : -10))
    }
    // Linting scores units without naming their features: this model needs the names.
    scoreUnit(input, reading) {
      return this.score(reader.unitFeatures(input, reading))
    }
    scoreClause(input, reading, clause) {
      return this.score(reader.clauseUnitFeatures(input, reading, clause))
    }
  }
  const model = new Labelled({heads, bias: heads.map(() => 0), weights: {}})
  const c = {tp: 0, fp: 0, fn: 0, right: 0, docs: 0, controls: 0, alarms: 0, misses: []}
  for (const p of [...new Set(samples.map((s) => s.posting))].sort((a, b) => a - b)) {
    const name = readdirSync(join(dir, 'labels')).find((f) => parseInt(f, 10) === p).replace(/\.json$/, '')
    const label = JSON.parse(readFileSync(join(dir, 'labels', `${name}.json`), 'utf8'))
    scorePosting(c, label, reader.lintText(readFileSync(join(dir, 'corpus', `${name}.md`), 'utf8'), {model}).messages)
  }
  return c
}

/** Named grids of settings to compare: each entry overrides the defaults of train(). */
const GRIDS = {
  base: [{}],
  l2: [0.001, 0.003, 0.01, 0.03, 0.1].map((l2) => ({l2})),
  iterations: [100, 200, 300, 600].map((iterations) => ({iterations})),
  prior: [0, 2, 4, 6].map((prior) => ({prior})),
  minCount: [2, 3, 5, 8].map((minCount) => ({minCount})),
  posWeight: [1, 2, 5, 10].map((maxPosWeight) => ({maxPosWeight})),
  prune: [0, 0.05, 0.1, 0.2].map((prune) => ({prune})),
  augment: [0, 0.5, 1].map((augment) => ({augment})),
  // Feature ablation: each family of features left out in turn.
  drop: [['w:'], ['b:'], ['f:'], ['h:'], ['sec:'], ['kind:'], ['exp'], ['voice:'], ['neg'], ['v:'], ['vh:', 'vhc:'], ['vc:'], ['o:'], ['oc:'], ['mc:'], ['vo:'], ['voc:'], ['vcoc:'], ['np:'], ['e:'], ['es:', 'en:', 'ed:'], ['nominal', 'accountable', 'long', 'question']].map((drop) => ({drop})),
}

/** Each family's out-of-fold precision and recall at log-odds 0, and the threshold that would give the best F1. */
function familyReport(families, oof) {
  families.forEach((fam, h) => {
    const rows = oof.map(({sample, scores}) => [scores[h], sample.families.has(fam)]).sort((a, b) => b[0] - a[0])
    const pos = rows.filter((r) => r[1]).length
    let tp = 0
    let best = {f: 0, t: 0}
    rows.forEach(([score, y], i) => {
      if (y) tp++
      const f = f1(tp, i + 1 - tp, pos - tp)
      if (f > best.f && (rows[i + 1]?.[0] ?? -Infinity) < score) best = {f, t: score}
    })
    const at0 = rows.filter((r) => r[0] > 0)
    const tp0 = at0.filter((r) => r[1]).length
    console.log(`  ${fam.padEnd(16)} pos ${String(pos).padStart(3)}  at 0: P ${(tp0 / Math.max(1, at0.length)).toFixed(2)} R ${(tp0 / Math.max(1, pos)).toFixed(2)} F1 ${f1(tp0, at0.length - tp0, pos - tp0).toFixed(2)}  best F1 ${best.f.toFixed(2)} at ${best.t.toFixed(2)}`)
  })
  // Where the families come from: units the vocabulary matched for the family, and the rest.
  for (const matched of [true, false]) {
    const n = {tp: 0, fp: 0, fn: 0}
    for (const {sample, scores} of oof) {
      families.forEach((fam, h) => {
        if (sample.features.includes(`ef:${fam}`) !== matched) return
        const yes = scores[h] > 0
        const gold = sample.families.has(fam)
        if (yes && gold) n.tp++
        else if (yes) n.fp++
        else if (gold) n.fn++
      })
    }
    console.log(`  ${matched ? 'vocabulary matched' : 'no vocabulary match'}: tp ${n.tp} fp ${n.fp} fn ${n.fn}`)
  }
}

async function main() {
  const args = parseCommandLine({
    half: {type: 'string'},
    folds: {type: 'string', default: '5'},
    grid: {type: 'string', default: 'base'},
    dump: {type: 'string'},
    families: {type: 'boolean'},
    misses: {type: 'boolean'},
    oracle: {type: 'boolean'},
  })
  const opt = args?.values ?? {}
  const dir = args?.positionals[0]
  const half = opt.half ?? null
  const folds = Number(opt.folds)
  const grid = opt.grid ?? 'base'
  if (!args || !dir || (half && !['odd', 'even'].includes(half)) || !(folds >= 2) || !(GRIDS[grid] || grid.startsWith('{') || grid.startsWith('['))) {
    console.error(`usage: node scripts/cv.mjs DIR [--half odd|even] [--folds K] [--grid ${Object.keys(GRIDS).join('|')}|JSON] [--families] [--misses] [--oracle] [--dump FAMILY]`)
    process.exit(2)
  }
  const reader = await loadReader()
  const {samples} = readSamples(reader, resolve(dir), half)
  if (opt.oracle) {
    const c = oracle(reader, resolve(dir), samples)
    console.log(`labelled families: line-F1 ${f1(c.tp, c.fp, c.fn).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn}) posting-accuracy ${(c.right / Math.max(1, 2 * c.docs)).toFixed(3)} alarms ${c.alarms}/${c.controls}`)
    for (const m of opt.misses ? c.misses : []) console.log(`  ${m}`)
    return
  }
  const settings = GRIDS[grid] ?? JSON.parse(grid.startsWith('[') ? grid : `[${grid}]`)
  for (const s of settings) {
    const setting = {...SETTINGS, ...s}
    const r = crossValidate(reader, resolve(dir), samples, folds, setting)
    const {tp, fp, fn} = r.counts
    if (opt.families) {
      familyReport(reader.FAMILIES, r.oof)
      console.log(`  AP ${reader.FAMILIES.map((f, h) => `${f} ${r.ap[h].toFixed(2)}`).join('  ')}`)
    }
    if (opt.misses) for (const m of r.counts.misses) console.log(`  ${m}`)
    const dump = opt.dump
    if (dump) {
      // The out-of-fold misses of one family, for reading (on the training side only).
      const h = reader.FAMILIES.indexOf(dump)
      for (const {sample, scores} of r.oof) {
        const yes = scores[h] > 0
        if (yes !== sample.families.has(dump)) console.log(`${yes ? 'FP' : 'FN'} ${scores[h].toFixed(2).padStart(6)} ${sample.posting}:${sample.line} [${[...sample.families].join(' ')}] ${sample.text.slice(0, 110)}`)
      }
    }
    console.log(`${JSON.stringify(s).padEnd(40)} line-F1 ${r.lineF1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}) posting-accuracy ${r.accuracy.toFixed(3)} alarms ${r.alarms}/${r.controls} family-F1 ${r.familyF1.toFixed(3)} family-mAP ${r.map.toFixed(3)}`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
