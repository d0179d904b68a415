import type {MessagePort} from 'node:worker_threads'
import {readText} from './read.ts'
import {lintText, makeResult, type LintOptions} from '../engine/lint-text.ts'
import type {LintMessage, LintResult} from '../model.ts'

/** One file to read and lint, with everything needed to do it in another thread. */
export interface Job {
  index: number
  path: string
  /** How the file is named in error lines. */
  display: string
  maxFileSize: number
  options: LintOptions
}

export type JobOutcome = {index: number; result: LintResult} | {index: number; error: string}

/** The result for a file that is not lintable text, in ESLint's shape. */
export function fatalResult(filePath: string, message: string): LintResult {
  const m: LintMessage = {ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1}
  return makeResult(filePath, [m], null)
}

export async function lintJob(job: Job): Promise<JobOutcome> {
  const read = await readText(job.path, job.maxFileSize, job.display)
  if (read.ok) return {index: job.index, result: lintText(read.text, job.options)}
  if ('fatal' in read) return {index: job.index, result: fatalResult(job.path, read.fatal)}
  return {index: job.index, error: read.error}
}

/** A worker thread's loop: lints each batch of jobs `port` is sent and posts back its outcomes. */
export function serveJobs(port: MessagePort): void {
  port.on('message', async (batch: {id: number; jobs: Job[]}) => {
    const outcomes: JobOutcome[] = []
    for (const job of batch.jobs) outcomes.push(await lintJob(job))
    port.postMessage({id: batch.id, outcomes})
  })
}
