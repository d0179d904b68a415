import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Worker} from 'node:worker_threads'
import {lintJob, type Job, type JobOutcome} from './job.ts'

/** Below this many files, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 64

/**
 * How many threads lint `count` files, this one included: this one alone for a few files (a
 * worker starts, loads and warms up its own copy of the parser, which they do not repay), else
 * one per 64 files up to one per core. `requested` is --concurrency: a number of threads, or 'auto'.
 */
export function threadCount(count: number, requested: number | 'auto' = 'auto', cores = availableParallelism()): number {
  if (requested !== 'auto') return Math.max(1, requested)
  if (count < MIN_FILES_PER_THREAD) return 1
  return Math.max(1, Math.min(cores, Math.ceil(count / MIN_FILES_PER_THREAD)))
}

function workerUrl(): URL | null {
  // The bundles ship a worker beside the code that starts it: dist/worker.cjs for the command
  // (CommonJS, where __filename is this file), dist/worker.js for the library. Run from the
  // sources (tests) there is none, and linting stays in this thread.
  const url = typeof __filename === 'string' ? pathToFileURL(join(dirname(__filename), 'worker.cjs')) : new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : null
}

/**
 * Lints jobs and yields their outcomes in job order, whatever order the threads finish in, so
 * output is stable and each result can be written and dropped as soon as its turn comes. With
 * `threads` above one, `threads - 1` workers take batches of jobs and this thread lints one job
 * at a time from the same queue between their messages.
 */
export async function* runJobs(jobs: Job[], threads: number): AsyncGenerator<JobOutcome> {
  const url = threads > 1 ? workerUrl() : null
  if (!url) {
    for (const job of jobs) yield await lintJob(job)
    return
  }
  const ready = new Map<number, JobOutcome>()
  let wake: (() => void) | null = null
  const notify = () => {
    wake?.()
    wake = null
  }
  let nextJob = 0
  let batchId = 0
  // The batches each worker holds, by id: two at a time, so a worker that finishes one starts the
  // next at once instead of waiting for this thread to finish the job it is on.
  const inFlight = new Map<Worker, Map<number, Job[]>>()
  const workers: Worker[] = []

  const feed = (worker: Worker) => {
    if (nextJob >= jobs.length) return
    // Batches shrink as the queue empties, so no thread is left with a long one at the end.
    const batchSize = Math.max(1, Math.min(32, Math.ceil((jobs.length - nextJob) / (threads * 8))))
    const batch = jobs.slice(nextJob, nextJob + batchSize)
    nextJob += batch.length
    inFlight.get(worker)?.set(batchId, batch)
    worker.postMessage({id: batchId++, jobs: batch})
  }

  // Required here: a run without workers (most) does not load Node's worker machinery.
  const {Worker: WorkerThread} = require('node:worker_threads') as typeof import('node:worker_threads')
  for (let i = 1; i < threads; i++) {
    const worker = new WorkerThread(url)
    inFlight.set(worker, new Map())
    worker.on('message', (message: {id: number; outcomes: JobOutcome[]}) => {
      for (const outcome of message.outcomes) ready.set(outcome.index, outcome)
      inFlight.get(worker)?.delete(message.id)
      feed(worker)
      notify()
    })
    worker.on('error', (error: Error) => {
      // A worker that dies takes its batches with it: say so for each of those files.
      for (const batch of inFlight.get(worker)?.values() ?? []) for (const job of batch) ready.set(job.index, {index: job.index, error: `${job.display}: internal error while linting (${error.message})`})
      inFlight.delete(worker)
      notify()
    })
    workers.push(worker)
    feed(worker)
    feed(worker)
  }
  const holding = () => [...inFlight.values()].some((batches) => batches.size > 0)

  try {
    for (const job of jobs) {
      while (!ready.has(job.index)) {
        if (nextJob < jobs.length) {
          // This thread lints the next job in the queue, then lets the workers' messages in.
          const mine = jobs[nextJob++] as Job
          ready.set(mine.index, await lintJob(mine))
          await new Promise<void>((resolve) => setImmediate(resolve))
        } else if (!holding()) {
          // Every job was handed out and no worker holds one: this one was lost.
          ready.set(job.index, {index: job.index, error: `${job.display}: internal error: no result`})
        } else await new Promise<void>((resolve) => (wake = resolve))
      }
      const outcome = ready.get(job.index) as JobOutcome
      ready.delete(job.index)
      yield outcome
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
