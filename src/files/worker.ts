// The library's lint worker (dist/worker.js): reads and lints the files it is sent, so many files
// use every core. The command's worker runs the command's own bundle instead (bin/jdlint.js).
import {parentPort} from 'node:worker_threads'
import {serveJobs} from './job.ts'

if (parentPort) serveJobs(parentPort)
