// The parse-only floor: what it costs just to start Node, load the Markdown parser jdlint uses,
// read every posting and parse it. jdlint cannot be much faster than this single-threaded.
// bench/lib.mjs bundles it to bench/.work/floor.mjs the same way jdlint is bundled.
//   node bench/.work/floor.mjs [--threads N] <files|dirs>...
// With --threads N the parsing is shared by this thread and N - 1 workers (each loads its own
// parser), which take the next file from one shared counter: the floor for jdlint's
// `--concurrency N`, with no batching or messages beyond the counts at the end.
import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {walk} from './walk.mjs'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** Parses the files not yet taken (the counter says which is next); returns how many and their top-level nodes. */
function parseShare(files, next) {
  let parsed = 0
  let nodes = 0
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    const tree = processor.parse(readFileSync(files[i], 'utf8'))
    nodes += tree.children.length // touch the result so the work can't be skipped
    parsed++
  }
  return {parsed, nodes}
}

// A worker is told so by its argv; node:worker_threads is loaded only with --threads, so the
// one-thread floor is what it always was.
if (process.argv.includes('--floor-worker')) {
  const {parentPort, workerData} = await import('node:worker_threads')
  parentPort.postMessage(parseShare(workerData.files, new Int32Array(workerData.next)))
} else {
  const args = process.argv.slice(2)
  const at = args.indexOf('--threads')
  const threads = at >= 0 ? Number(args.splice(at, 2)[1]) : 1
  const files = args.flatMap((arg) => [...walk(arg)])
  const next = new Int32Array(new SharedArrayBuffer(4))
  const {Worker} = threads > 1 ? await import('node:worker_threads') : {}
  const workers = Array.from({length: threads - 1}, () => new Worker(new URL(import.meta.url), {argv: ['--floor-worker'], workerData: {files, next: next.buffer}}))
  const shares = [parseShare(files, next), ...(await Promise.all(workers.map((w) => new Promise((done, fail) => w.once('message', done).once('error', fail)))))]
  console.log(`${shares.reduce((n, s) => n + s.parsed, 0)} files, ${shares.reduce((n, s) => n + s.nodes, 0)} top-level nodes`)
}
