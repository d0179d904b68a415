// npm run bench [-- --reps N] [--only small|large] [--skip-10k] [--seed N] [--install-tools]
//
// Times jdlint against floors (starting Node; parsing the same files with unified + remark-parse
// + remark-frontmatter, the parser jdlint uses)
// and against alex and markdownlint-cli2 when they are installed in bench/.tools. Tools run
// round-robin within each repetition so machine noise hits all of them alike; we report medians
// of wall-clock time and means of CPU time (see lib.mjs). jdlint runs on one thread, with
// --concurrency auto and with two threads, this one and a worker (1,000 and 10,000 postings).
// The tables go to stdout and to bench/results.md; `npm run bench:readme` copies them into the README.
// `--reps 1 --only small` takes 8 to 17 minutes on the project's 2-core machine, busy with other work.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {availableParallelism, cpus, loadavg} from 'node:os'
import {join, relative} from 'node:path'
import {parseArgs} from 'node:util'
import {generateCorpus, generateLarge} from './generate.mjs'
import {HAVE_TIME, ROOT, TOOLS, WORK, buildFloor, measure, mdTable, warm, mean, median, textTable, verdict} from './lib.mjs'

const {values: opt} = parseArgs({
  options: {
    reps: {type: 'string'},
    only: {type: 'string'},
    'skip-10k': {type: 'boolean', default: false},
    seed: {type: 'string', default: '1'},
    'install-tools': {type: 'boolean', default: false},
    // A stand-in for jdlint while the CLI is being built, e.g. "node bench/.work/floor.mjs".
    'jdlint-cmd': {type: 'string'},
  },
})
const seed = Number(opt.seed)
const started = Date.now()
const loadBefore = loadavg()[0] // other work on the machine skews every figure: record it
const notes = []

if (opt['install-tools']) {
  // Pinned: markdownlint-cli2 0.22.1 is the last release that runs on Node 20.
  execFileSync('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', 'alex@11.0.1', 'markdownlint-cli2@0.22.1'], {stdio: 'inherit'})
}

// Corpora are cached per count, seed and generator version, so reruns skip generation.
const genHash = createHash('sha1').update(readFileSync(join(ROOT, 'bench/generate.mjs'))).digest('hex').slice(0, 8)
function corpus(count) {
  const dir = join(WORK, `corpus-${count}-s${seed}-${genHash}`)
  if (!existsSync(dir + '.done')) {
    generateCorpus(dir, count, seed)
    writeFileSync(dir + '.done', '')
  }
  return relative(ROOT, dir)
}
function largeFile() {
  const file = join(WORK, `large-s${seed}-${genHash}.md`)
  if (!existsSync(file)) {
    generateLarge(file + '.tmp', 1 << 20, seed)
    renameSync(file + '.tmp', file)
  }
  return relative(ROOT, file)
}

// The tools. `args(target, kind)` builds the command line; kind is 'dir' or 'file'.
const floor = relative(ROOT, await buildFloor())
const bin = (name) => join(TOOLS, 'node_modules', '.bin', name)
const node = process.execPath
const tools = [
  {name: 'node -e 0', cmd: node, args: () => ['-e', '0'], ok: [0]},
  {name: 'parse floor', cmd: node, args: (t) => [floor, t], ok: [0]},
  // The same parsing shared by this thread and one worker: what two threads could do at best.
  {name: 'parse floor (2 threads)', cmd: node, args: (t) => [floor, '--threads', '2', t], ok: [0], onlyCases: ['1,000 postings', '10,000 postings']},
  // One thread (what the floor is), then what --concurrency auto picks, then two threads forced.
  {name: 'jdlint', cmd: node, args: (t) => ['bin/jdlint.js', t, '--format', 'json', '--concurrency', '1']},
  {name: 'jdlint (auto)', cmd: node, args: (t) => ['bin/jdlint.js', t, '--format', 'json', '--concurrency', 'auto'], onlyCases: ['1,000 postings', '10,000 postings']},
  {name: 'jdlint (2 threads)', cmd: node, args: (t) => ['bin/jdlint.js', t, '--format', 'json', '--concurrency', '2'], onlyCases: ['1,000 postings', '10,000 postings']},
  // What a user at a terminal or in a pre-commit hook runs: timed like the others on one posting.
  {name: 'jdlint (stylish)', cmd: node, args: (t) => ['bin/jdlint.js', t], onlyCases: ['1 posting (cold start)']},
  {name: 'markdownlint-cli2', cmd: bin('markdownlint-cli2'), args: (t, kind) => [kind === 'dir' ? `${t}/**/*.md` : t], comparator: true},
  {name: 'alex', cmd: bin('alex'), args: (t) => [t], comparator: true},
]
for (const t of tools.filter((t) => t.comparator)) {
  if (!existsSync(t.cmd)) {
    t.skip = true
    notes.push(`${t.name} is not installed: run \`npm run bench -- --install-tools\` to compare against it.`)
  }
}
const jd = tools.find((t) => t.name === 'jdlint')
if (opt['jdlint-cmd']) {
  const [cmd, ...rest] = opt['jdlint-cmd'].split(' ')
  Object.assign(jd, {cmd, args: (t) => [...rest, t]})
  notes.push(`"jdlint" is a stand-in: \`${opt['jdlint-cmd']}\`.`)
}
// jdlint is built in parallel with this harness: check it runs before timing it.
{
  const probe = measure(jd.cmd, jd.args(join(corpus(1), 'posting-0.md'), 'file'))
  if (verdict(probe) !== 'ok') {
    jd.skip = true
    notes.push(`jdlint skipped: \`node bin/jdlint.js\` failed (${verdict(probe)}); run \`npm run build\` first.`)
  }
}
for (const t of tools.filter((t) => t.name.startsWith('jdlint ('))) t.skip = jd.skip || Boolean(opt['jdlint-cmd'])
if (!HAVE_TIME) notes.push('Peak memory is n/a: /usr/bin/time is missing (`apt-get install time`).')

const defaultReps = opt.reps ? Number(opt.reps) : 5
const cases = [
  // A cold start is short and the machine's noise is not: at least 21 reps.
  // Timed directly (see measure()), with one more run under GNU time for the peak memory.
  {name: '1 posting (cold start)', kind: 'file', group: 'small', target: () => join(corpus(1), 'posting-0.md'), reps: Math.max(21, opt.reps ? Number(opt.reps) : 5), direct: true},
  {name: '100 postings', kind: 'dir', group: 'small', target: () => corpus(100)},
  {name: '1,000 postings', kind: 'dir', group: 'small', target: () => corpus(1000)},
  // alex takes minutes on 10,000 files and no target depends on it there.
  {name: '10,000 postings', kind: 'dir', group: 'small', target: () => corpus(10000), reps: opt.reps ? Number(opt.reps) : 3, noComparators: ['alex']},
  // A run of alex here takes over a minute: 3 reps unless --reps says otherwise.
  {name: '1 MB posting', kind: 'file', group: 'large', target: largeFile, reps: opt.reps ? Number(opt.reps) : 3},
].filter((c) => (!opt.only || c.group === opt.only) && !(opt['skip-10k'] && c.name.startsWith('10,000')))

if (cases.some((c) => c.noComparators) && !tools.find((t) => t.name === 'alex').skip) notes.push('alex is not run on 10,000 postings: it takes minutes there and no target uses it.')
const results = {} // case name -> tool name -> {secs[], rss[], failed}
for (const c of cases) {
  const target = c.target()
  const active = tools.filter((t) => !t.skip && !(c.noComparators ?? []).includes(t.name) && (!t.onlyCases || t.onlyCases.includes(c.name)))
  const reps = c.reps ?? defaultReps
  process.stderr.write(`${c.name}: ${reps} reps of ${active.map((t) => t.name).join(', ')}\n`)
  warm(join(ROOT, target))
  const res = (results[c.name] = Object.fromEntries(active.map((t) => [t.name, {secs: [], cpu: [], rss: [], failed: null}])))
  for (let rep = 0; rep < reps; rep++) {
    // Round-robin, starting one tool later each repetition so no tool always runs first.
    for (let i = 0; i < active.length; i++) {
      const t = active[(i + rep) % active.length]
      const r = res[t.name]
      if (r.failed) continue
      const m = measure(t.cmd, t.args(target, c.kind), {direct: Boolean(c.direct)})
      const v = verdict(m, t.ok)
      if (v !== 'ok') r.failed = v
      r.secs.push(m.secs)
      if (m.cpuSecs !== null) r.cpu.push(m.cpuSecs)
      if (m.rssMB !== null) r.rss.push(m.rssMB)
    }
  }
  if (c.direct) {
    for (const t of active) {
      const m = measure(t.cmd, t.args(target, c.kind))
      if (m.rssMB !== null) res[t.name].rss.push(m.rssMB)
    }
  }
  // The default (stylish) output once, for reference: its cost is printing, not linting.
  if (res.jdlint && !res.jdlint.failed && !opt['jdlint-cmd'] && !res['jdlint (stylish)']) {
    const m = measure(node, ['bin/jdlint.js', target, '--concurrency', '1'])
    res['jdlint (stylish, 1 run)'] = {secs: [m.secs], cpu: m.cpuSecs === null ? [] : [m.cpuSecs], rss: m.rssMB === null ? [] : [m.rssMB], failed: verdict(m) === 'ok' ? null : verdict(m)}
  }
}

// Report.
const med = (c, t) => {
  const r = results[c]?.[t]
  return r && !r.failed && r.secs.length ? median(r.secs) : null
}
// CPU time is a mean: each run's is read in 10 ms ticks, and their sum is exact.
const cpu = (c, t) => {
  const r = results[c]?.[t]
  return r && !r.failed && r.cpu.length === r.secs.length && r.cpu.length ? mean(r.cpu) : null
}
const peak = (c, t) => (results[c]?.[t]?.rss.length ? Math.max(...results[c][t].rss) : null)
const fmt = (x, d = 3) => (x === null ? 'n/a' : x.toFixed(d))
const ratio = (a, b) => (a === null || b === null ? null : a / b)
const header = ['tool', 'median s', 'CPU s', 'x parse floor', 'x floor, CPU', 'x node -e 0', 'x node -e 0, CPU', 'peak RSS MB']
const sections = []
for (const c of cases) {
  const rows = Object.entries(results[c.name]).map(([t, r]) => {
    if (r.failed) return [t, `FAILED: ${r.failed}`, '', '', '', '', '', '']
    const s = med(c.name, t)
    const u = cpu(c.name, t)
    return [t, fmt(s), fmt(u), fmt(ratio(s, med(c.name, 'parse floor')), 2), fmt(ratio(u, cpu(c.name, 'parse floor')), 2), fmt(ratio(s, med(c.name, 'node -e 0')), 2), fmt(ratio(u, cpu(c.name, 'node -e 0')), 2), fmt(peak(c.name, t), 0)]
  })
  sections.push({title: `${c.name} (${c.reps ?? defaultReps} reps)`, rows})
}
const target = (label, value, ok, goal) => [label, fmt(value, 2), goal, value === null ? 'n/a' : ok(value) ? 'met' : 'MISSED']
const atMost = (n) => [(v) => v <= n, `<= ${n}`]
const atLeast = (n) => [(v) => v >= n, `>= ${n}`]
const COLD = '1 posting (cold start)'
const K1 = '1,000 postings'
const K10 = '10,000 postings'
// Wall-clock ratios are the measure; the CPU ones say the same on a machine busy with
// other work (a wall-clock ratio of 2 threads to one there says more about the machine).
const wallAndCpu = (label, a, b, [ok, goal], caseName = K1) => [
  target(label, ratio(med(caseName, a), med(caseName, b)), ok, goal),
  target(`${label}, CPU`, ratio(cpu(caseName, a), cpu(caseName, b)), ok, goal),
]
// Informational, no target: how far the two-thread rows are from what two threads could do.
const info = (label, value) => [label, fmt(value, 2), 'no target', '']
const targets = [
  ...wallAndCpu('1 posting cold: jdlint / node -e 0', 'jdlint', 'node -e 0', atMost(1.8), COLD),
  ...wallAndCpu('1 posting cold, stylish: jdlint / node -e 0', 'jdlint (stylish)', 'node -e 0', atMost(1.8), COLD),
  ...wallAndCpu('1,000, one thread: jdlint / parse floor', 'jdlint', 'parse floor', atMost(1.2)),
  target('1,000, --concurrency auto: jdlint / parse floor', ratio(med(K1, 'jdlint (auto)'), med(K1, 'parse floor')), ...atMost(1.0)),
  target('1,000, 2 threads: jdlint / parse floor', ratio(med(K1, 'jdlint (2 threads)'), med(K1, 'parse floor')), ...atMost(1.0)),
  target('10,000, 2 threads: jdlint / parse floor', ratio(med(K10, 'jdlint (2 threads)'), med(K10, 'parse floor')), ...atMost(1.0)),
  info('1,000, 2 threads: jdlint / 2-thread parse floor', ratio(med(K1, 'jdlint (2 threads)'), med(K1, 'parse floor (2 threads)'))),
  info('1,000: 2-thread parse floor / parse floor', ratio(med(K1, 'parse floor (2 threads)'), med(K1, 'parse floor'))),
  info('10,000: 2-thread parse floor / parse floor', ratio(med(K10, 'parse floor (2 threads)'), med(K10, 'parse floor'))),
  info('10,000, 2 threads: jdlint / 2-thread parse floor', ratio(med(K10, 'jdlint (2 threads)'), med(K10, 'parse floor (2 threads)'))),
  target('1,000: markdownlint-cli2 / jdlint', ratio(med(K1, 'markdownlint-cli2'), med(K1, 'jdlint')), ...atLeast(1.2)),
  target('1,000: alex / jdlint', ratio(med(K1, 'alex'), med(K1, 'jdlint')), ...atLeast(8)),
  target('jdlint 10,000 / 1,000 time', ratio(med(K10, 'jdlint'), med(K1, 'jdlint')), ...atMost(11)),
  target('jdlint 10,000 peak RSS (MB)', peak(K10, 'jdlint'), ...atMost(250)),
  // Issue 11's looser bounds, for when clause reading and the model are in.
  target('issue 11: 1 posting cold: jdlint / node -e 0', ratio(med(COLD, 'jdlint'), med(COLD, 'node -e 0')), ...atMost(2.5)),
  target('issue 11: 1,000: jdlint / parse floor', ratio(med(K1, 'jdlint'), med(K1, 'parse floor')), ...atMost(1.5)),
]
const tHeader = ['target', 'value', 'goal', '']

for (const s of sections) console.log(`\n${s.title}\n${textTable(header, s.rows)}`)
console.log(`\nTargets\n${textTable(tHeader, targets)}`)
for (const n of notes) console.log(`note: ${n}`)

const took = `${((Date.now() - started) / 60000).toFixed(1)} minutes`
console.log(`took ${took}`)
const env = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, nproc ${availableParallelism()} (${cpus()[0]?.model.trim()}), ` +
  `load average ${loadBefore.toFixed(1)} at start and ${loadavg()[0].toFixed(1)} at end, flags: \`${process.argv.slice(2).join(' ') || '(none)'}\`, took ${took}`
const md = [
  '# jdlint benchmark results',
  '',
  `Generated by \`npm run bench\` (bench/run.mjs): ${env}.`,
  'Synthetic postings from bench/generate.mjs (~3 KB each). Medians of interleaved runs; CPU s is the mean user + system time of a run (from /proc, worker threads included); peak RSS is the maximum over runs (GNU time).',
  '"jdlint" is one thread (`--concurrency 1`), the floor\'s terms; "jdlint (auto)" is the default, which picks how many threads lint from the files and cores; "jdlint (2 threads)" is `--concurrency 2`, this thread and one worker; "parse floor (2 threads)" is the floor\'s parsing shared by this thread and one worker (`--threads 2`), for the rows marked "no target".',
  'The cold start is timed without GNU time and timeout around each command (their own start would shrink every ratio), with one more run under GNU time for the memory.',
  ...sections.flatMap((s) => ['', `## ${s.title}`, '', mdTable(header, s.rows)]),
  '', '## Targets', '', mdTable(tHeader, targets),
  ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
  '',
].join('\n')
writeFileSync(join(ROOT, 'bench', 'results.md'), md)
console.log('\nwrote bench/results.md')
