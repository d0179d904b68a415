import {randomBytes} from 'node:crypto'
import {realpathSync, rmSync} from 'node:fs'
import {open, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {reasonOf} from '../files/read.ts'

/** How the report's own problems are worded where they differ from an input file's. */
const OUTPUT_PHRASES = {ENOENT: 'the folder does not exist', ENOTDIR: 'a part of the path is not a folder', EISDIR: 'is a directory'}

function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * A report written piece by piece into a temporary file beside the target, renamed over the
 * target when the run ends; never over a file that was linted.
 */
export interface Report {
  write(text: string): Promise<void>
  /** Puts the report in place, unless it would replace one of `inputs`. */
  close(inputs: string[]): Promise<void>
  /** Removes the unfinished report: the run failed. */
  abort(): Promise<void>
}

export async function openReport(target: string, named: string[] = []): Promise<Report> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const fail = (error: unknown) => Object.assign(new Error(`--output-file ${target}: ${reasonOf(error, OUTPUT_PHRASES)}`), {name: 'ConfigError'})
  const refuse = () => Object.assign(new Error(`--output-file ${target} is one of the files being linted; refusing to overwrite it`), {name: 'ConfigError'})
  const existing = await stat(target).catch(() => null)
  // Said before the run rather than after it, when the rename would fail.
  if (existing?.isDirectory()) throw fail(Object.assign(new Error(), {code: 'EISDIR'}))
  // A file named on the command line is an input even when it is ignored or refused.
  const realTarget = real(target)
  if (named.some((input) => real(input) === realTarget)) throw refuse()
  // /dev/null, a named pipe, a terminal: written as they are. Renaming a file over one would
  // replace the device or pipe with a plain file.
  if (existing && !existing.isFile()) return openSpecial(target, fail)
  // A run that ends early (a bad config, an internal error, process.exit) leaves no temporary file.
  const cleanUp = () => {
    try {
      rmSync(temp, {force: true})
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  // Ctrl-C ends the run at once, as it would without a report, and leaves nothing behind.
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  const release = () => {
    process.removeListener('exit', cleanUp)
    process.removeListener('SIGINT', interrupted)
    process.removeListener('SIGTERM', interrupted)
  }
  // In place before the file exists: a signal between its creation and this code would leave it.
  process.once('exit', cleanUp)
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  const handle = await open(temp, 'w').catch((error) => {
    release()
    throw fail(error)
  })
  return {
    write: async (text) => {
      await handle.write(text).catch((error) => {
        throw fail(error)
      })
    },
    close: async (inputs) => {
      // The handlers stay until the rename is done: Ctrl-C before it still removes the file.
      try {
        await handle.close()
        if (inputs.some((input) => real(input) === realTarget)) {
          await rm(temp, {force: true})
          throw refuse()
        }
        await rename(temp, target).catch(async (error) => {
          await rm(temp, {force: true})
          throw fail(error)
        })
      } finally {
        release()
      }
    },
    abort: async () => {
      await handle.close().catch(() => {})
      cleanUp()
      release()
    },
  }
}

/** A report written straight into a target that is no plain file: nothing to put in place or remove. */
async function openSpecial(target: string, fail: (error: unknown) => Error): Promise<Report> {
  const handle = await open(target, 'w').catch((error) => {
    throw fail(error)
  })
  return {
    write: async (text) => {
      await handle.write(text).catch((error) => {
        throw fail(error)
      })
    },
    close: async () => {
      await handle.close()
    },
    abort: async () => {
      await handle.close().catch(() => {})
    },
  }
}
