// npm run bench:hostile [-- --only <substring>] [--jdlint-cmd "<stand-in command>"]
//
// Feeds pathological postings to jdlint at sizes N and 2N. Linear work doubles the time; the
// ratio 2N/N (medians of 3) must stay <= 2.5, and nothing may crash (a stack overflow counts).
// N is calibrated per case so one run takes roughly 0.8-2 s of CPU time: too short and Node's startup hides
// super-linear work, too long and the run drags. Each case also runs once at the size the brief
// names (base N), where a crash or a hang counts against the case whatever the ratio says. Results go to stdout and bench/hostile-results.md.
// Exits non-zero only when the harness itself fails, never because of a result.
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {join, relative} from 'node:path'
import {parseArgs} from 'node:util'
import {ROOT, WORK, jdlintHelp, mean, measure, mdTable, median, textTable, verdict} from './lib.mjs'

const started = Date.now()
const loadBefore = loadavg()[0]
const {values: opt} = parseArgs({options: {only: {type: 'string'}, 'jdlint-cmd': {type: 'string'}}})
const LIMIT = 2.5
const MAX_BYTES = 32 << 20 // stays under the --max-file-size we pass
// Seconds before a run counts as hung (on the clock, so with room for a busy machine): the first
// run at base N gets long enough to tell a crash from slowness, calibration probes are cut short, timed runs sit in between.
const TIMEOUT = {base: 120, probe: 15, timed: 60}

// A string of about `bytes` bytes made of `unit` repeated.
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)))
const lines = (n, f) => Array.from({length: n}, (_, i) => f(i)).join('\n') + '\n'
const doc = (body) => `# Product Manager\n\n${body}\n`

// Each case: base N (the size the brief asks for; calibration starts there), its unit, and the
// posting for a given N.
const CASES = [
  // (a) long lines
  {name: 'one long line of words', unit: 'bytes', base: 1 << 20, make: (n) => doc(fill('own the roadmap and run sprints ', n))},
  {name: 'one long word, no spaces', unit: 'bytes', base: 1 << 20, make: (n) => doc(fill('roadmap', n))},
  // (b) many list items
  {name: 'list items', unit: 'items', base: 100_000, make: (n) => doc(lines(n, (i) => `- Run sprint planning and own the roadmap ${i}`))},
  // (c) deep nesting, one level per marker so the file grows linearly with depth
  {name: 'nested lists', unit: 'depth', base: 5000, make: (n) => doc(`${'- '.repeat(n)}own the roadmap`)},
  {name: 'nested block quotes', unit: 'depth', base: 5000, make: (n) => doc(`${'> '.repeat(n)}own the roadmap`)},
  // Indentation nesting, 200 levels deep and back, again and again: the file grows linearly.
  {name: 'indented lists 200 deep, repeated', unit: 'lines', base: 5000, make: (n) => doc(lines(n, (i) => `${' '.repeat((i % 200) * 2)}- own the roadmap`))},
  {name: 'nested quotes and lists mixed', unit: 'depth', base: 5000, make: (n) => doc(`${'> - '.repeat(n >> 1)}own the roadmap`)},
  // (d) runs of spaces and punctuation
  {name: 'run of spaces', unit: 'bytes', base: 500_000, make: (n) => doc(`Own${' '.repeat(n)}the roadmap`)},
  {name: 'front matter value with a run of spaces', unit: 'bytes', base: 500_000, make: (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n\n# Product Manager\n\n- Own the roadmap\n`},
  {name: 'one paragraph of short sentences', unit: 'bytes', base: 1 << 20, make: (n) => doc(fill('Own the roadmap. Run sprints etc. Talk to users! ', n))},
  {name: 'run of "- - - "', unit: 'bytes', base: 500_000, make: (n) => doc(fill('- ', n))},
  {name: 'run of "because" in one clause', unit: 'bytes', base: 500_000, make: (n) => doc(`Own the roadmap ${fill('because ', n)}`)},
  {name: 'run of "!!!!"', unit: 'bytes', base: 500_000, make: (n) => doc(fill('!', n))},
  {name: 'run of "*_*_"', unit: 'bytes', base: 500_000, make: (n) => doc(fill('*_', n))},
  {name: 'run of "[[[["', unit: 'bytes', base: 500_000, make: (n) => doc(fill('[', n))},
  {name: 'inline "<!--" never closed', unit: 'bytes', base: 500_000, make: (n) => doc(fill('run sprints <!-- ', n))},
  {name: 'block "<!--" never closed', unit: 'bytes', base: 500_000, make: (n) => doc(`<!--\n${fill('Own the product roadmap.\n', n)}`)},
  {name: 'code fence never closed', unit: 'bytes', base: 500_000, make: (n) => doc(`\`\`\`\n${fill('Run sprint planning.\n', n)}`)},
  {name: 'run of backticks', unit: 'bytes', base: 500_000, make: (n) => doc(fill('`` ` a ', n))},
  // Words built from "Aa" and "BB" (which hash alike): all share one hash in the tokenizer's word table.
  {name: 'distinct words sharing one hash', unit: 'bytes', base: 1 << 20, make: (n) => doc(Array.from({length: Math.max(1, Math.round(n / 35))}, (_, i) => Array.from({length: 17}, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join('')).join(' '))},
  // Many lines that name a currency, and one long run of text holding many team words: the salary
  // and stage readers look ahead from each such place, which must not read the rest of the text each time.
  {name: 'salary lines, one currency each', unit: 'lines', base: 20_000, make: (n) => doc(lines(n, (i) => `Pay: $${i}k a year`))},
  {name: 'team words in one run', unit: 'bytes', base: 1 << 20, make: (n) => doc(fill('pipelines', n))},
  // (e) tables (plain paragraphs to a CommonMark parser, but still a lot of pipes)
  {name: 'huge table (rows)', unit: 'rows', base: 20_000, make: (n) => doc(`| Duty | Owner | Notes |\n| --- | --- | --- |\n${lines(n, (i) => `| Own the roadmap ${i} | PM | Run sprint planning |`)}`)},
  {name: 'huge table (columns)', unit: 'columns', base: 50_000, make: (n) => doc(`${'| Duty '.repeat(n)}|\n${'| --- '.repeat(n)}|\n${'| own the roadmap '.repeat(n)}|`)},
  // (g) a list pasted as the lines of one paragraph: every line a duty and a unit of its own
  {name: 'paragraph of duty lines', unit: 'lines', base: 100_000, make: (n) => doc(lines(n, (i) => `Run sprint planning and own the roadmap ${i}`))},
  {name: 'paragraph of bullet lines, hard breaks', unit: 'lines', base: 100_000, make: (n) => doc(lines(n, (i) => `• Run sprint planning and own the roadmap ${i}  `))},
  {name: 'line of inline bullets', unit: 'items', base: 100_000, make: (n) => doc(Array.from({length: n}, (_, i) => `Run sprint planning • own the roadmap ${i}`).join(' • '))},
  // (f) role names: a posting without a title reads its role from every name in the text
  {name: 'untitled, role names in one paragraph', unit: 'bytes', base: 1 << 20, make: (n) => `Intro. More intro. Still more.\n\n${fill('The PM/PO and the Product Owner, both the strategy and the delivery. ', n)}\n`},
].filter((c) => !opt.only || c.name.includes(opt.only))

// The command under test.
let cmd = process.execPath
let baseArgs = ['bin/jdlint.js']
let extraArgs = ['--format', 'json']
if (opt['jdlint-cmd']) {
  ;[cmd, ...baseArgs] = opt['jdlint-cmd'].split(' ')
  extraArgs = []
} else {
  const help = jdlintHelp()
  if (!help) {
    console.error('hostile: `node bin/jdlint.js --help` failed; run `npm run build` first (or pass --jdlint-cmd).')
    process.exit(2)
  }
  // jdlint refuses big files by default; these are big on purpose.
  if (help.includes('--max-file-size')) extraArgs.push('--max-file-size', '50mb')
}
const dir = join(WORK, 'hostile')
rmSync(dir, {recursive: true, force: true})
mkdirSync(dir, {recursive: true})
const outFile = join(dir, 'stdout.txt')

function runOnce(file, timeoutSec = TIMEOUT.timed) {
  const r = measure(cmd, [...baseArgs, relative(ROOT, file), ...extraArgs], {out: outFile, timeoutSec})
  // jdlint may report a caught overflow inside its JSON output rather than on stderr.
  if (statSync(outFile).size < 5e6) r.stderr += readFileSync(outFile, 'utf8').includes('Maximum call stack') ? '\nMaximum call stack size exceeded' : ''
  return {...r, verdict: verdict(r)}
}
const write = (c, n) => {
  const file = join(dir, `${c.name.replace(/\W+/g, '-')}-${n}.md`)
  writeFileSync(file, c.make(n))
  return file
}

// Startup cost on a tiny posting, to show how much of each time is fixed overhead.
const tiny = join(dir, 'tiny.md')
writeFileSync(tiny, doc('Own the product roadmap.'))
const t0 = median([1, 2, 3].map(() => runOnce(tiny).secs))

const header = ['case', 'at base N', 'N', 'size N', 'N s', '2N s', '2N/N', 'net of startup', '2N/N, CPU', 'peak RSS 2N MB', 'result']
const rows = []
for (const c of CASES) {
  process.stderr.write(`${c.name}: `)
  // The size the brief asks for, run once: does it crash, and how long does it take?
  let n = c.base
  const probeAt = (size, timeoutSec) => {
    const file = write(c, size)
    const r = runOnce(file, timeoutSec)
    rmSync(file)
    return r
  }
  let probe = probeAt(n, TIMEOUT.base)
  const atBase = `${c.base} ${c.unit}: ${probe.verdict === 'ok' ? `${probe.secs.toFixed(2)} s` : probe.verdict}`
  // Calibrate: double while a run is too quick to show scaling, halve while it is too slow.
  // Calibrated on CPU time where there is one: on a machine busy with other work the clock would
  // pick sizes so small that Node's start is most of every run.
  const cost = (r) => r.cpuSecs ?? r.secs
  // The size doubled must leave room for the 2N run: both stay under the file size limit.
  while (probe.verdict === 'ok' && cost(probe) < 0.8 && Buffer.byteLength(c.make(n * 4)) <= MAX_BYTES) probe = probeAt((n *= 2), TIMEOUT.probe)
  while ((probe.verdict === 'timeout' || (probe.verdict === 'ok' && cost(probe) > 2)) && n > c.base / 128) probe = probeAt((n = Math.floor(n / 2)), TIMEOUT.probe)
  const files = [write(c, n), write(c, 2 * n)]
  const size = `${(statSync(files[0]).size / 1e6).toFixed(2)} MB`
  let result = probe.verdict
  const times = [[], []]
  const cpus = [[], []]
  let rss = null
  if (result === 'ok') {
    // Interleave N and 2N so noise hits both sizes alike.
    for (let rep = 0; rep < 3 && result === 'ok'; rep++) {
      for (const k of [0, 1]) {
        const r = runOnce(files[k])
        if (r.verdict !== 'ok') result = `${r.verdict} at ${k ? '2N' : 'N'}`
        times[k].push(r.secs)
        if (r.cpuSecs !== null) cpus[k].push(r.cpuSecs)
        if (k === 1 && r.rssMB !== null) rss = Math.max(rss ?? 0, r.rssMB)
      }
    }
  }
  const [a, b] = times.map((t) => (t.length ? median(t) : null))
  const ratio = a && b ? b / a : null
  const net = a && b && a - t0 > 0.02 ? (b - t0) / (a - t0) : null
  // CPU time (means; see lib.mjs) is what the wall-clock ratio would be on a quiet machine.
  const [ca, cb] = cpus.map((t) => (t.length && t.length === times[0].length ? mean(t) : null))
  const cpuRatio = ca && cb ? cb / ca : null
  if (result === 'ok' && ratio > LIMIT) result = cpuRatio !== null && cpuRatio <= LIMIT ? 'ABOVE TARGET on the clock, within it in CPU time' : 'ABOVE TARGET'
  if (result === 'ok' && atBase.endsWith('timeout')) result = `ABOVE TARGET (over ${TIMEOUT.base} s at base N)`
  const f = (x, d) => (x === null ? 'n/a' : x.toFixed(d))
  rows.push([c.name, atBase, `${n}`, size, f(a, 3), f(b, 3), f(ratio, 2), f(net, 2), f(cpuRatio, 2), f(rss, 0), result])
  process.stderr.write(`${result}\n`)
  for (const file of files) rmSync(file, {force: true})
}

const who = opt['jdlint-cmd'] ? `stand-in \`${opt['jdlint-cmd']}\`` : `\`node bin/jdlint.js ${extraArgs.join(' ')}\``
console.log(`\n${textTable(header, rows)}`)
console.log(`\nstartup on a tiny posting: ${t0.toFixed(3)} s; target 2N/N <= ${LIMIT}, no crash`)
writeFileSync(join(ROOT, 'bench', 'hostile-results.md'), [
  '# jdlint hostile-input results',
  '',
  `Generated by \`npm run bench:hostile\` (bench/hostile.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, running ${who}.`,
  `"at base N" is one run at the size the benchmark brief names; N is then calibrated so a run takes about 0.8-2 s of CPU time.`,
  `Times are medians of 3 interleaved runs at sizes N and 2N; the target is 2N/N <= ${LIMIT} and no crash.`,
  `"net of startup" subtracts the ${t0.toFixed(3)} s a tiny posting takes, which shows super-linear work that startup would hide.`,
  `"2N/N, CPU" is the same ratio in CPU time (user + system, mean of the runs), steadier than the clock when other work shares the machine (load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; the run took ${((Date.now() - started) / 60000).toFixed(1)} minutes).`,
  '',
  mdTable(header, rows),
  '',
].join('\n'))
console.log('wrote bench/hostile-results.md')
