// A lint worker: reads and lints the files it is sent, so many files use every core.
import {parentPort} from 'node:worker_threads'
import {lintJob, type Job, type JobOutcome} from './job.ts'

parentPort?.on('message', async (batch: {id: number; jobs: Job[]}) => {
  const outcomes: JobOutcome[] = []
  for (const job of batch.jobs) outcomes.push(await lintJob(job))
  parentPort?.postMessage({id: batch.id, outcomes})
})
