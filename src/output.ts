import {randomBytes} from 'node:crypto'
import {realpathSync} from 'node:fs'
import {open, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * Writes a report atomically (a temporary file beside the target, then a rename), and never over
 * a file that was linted in the same run.
 */
export async function writeReport(target: string, report: string, inputs: string[]): Promise<void> {
  const realTarget = real(target)
  if (inputs.some((input) => real(input) === realTarget)) {
    throw Object.assign(new Error(`--output-file ${target} is one of the files being linted; refusing to overwrite it`), {name: 'ConfigError'})
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, report)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, {force: true})
    const e = error as NodeJS.ErrnoException
    throw Object.assign(new Error(`--output-file ${target}: ${e.code === 'ENOENT' ? 'the folder does not exist' : e.code === 'EACCES' ? 'permission denied' : e.message}`), {name: 'ConfigError'})
  }
}

/**
 * A report written piece by piece into a temporary file beside the target, renamed over the
 * target when the run ends; never over a file that was linted.
 */
export async function openReport(target: string): Promise<{write(text: string): Promise<void>; close(inputs: string[]): Promise<void>}> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const fail = (error: unknown) => {
    const e = error as NodeJS.ErrnoException
    return Object.assign(new Error(`--output-file ${target}: ${e.code === 'ENOENT' ? 'the folder does not exist' : e.code === 'EACCES' ? 'permission denied' : e.message}`), {name: 'ConfigError'})
  }
  const handle = await open(temp, 'w').catch((error) => {
    throw fail(error)
  })
  return {
    write: async (text) => {
      await handle.write(text)
    },
    close: async (inputs) => {
      await handle.close()
      const realTarget = real(target)
      if (inputs.some((input) => real(input) === realTarget)) {
        await rm(temp, {force: true})
        throw Object.assign(new Error(`--output-file ${target} is one of the files being linted; refusing to overwrite it`), {name: 'ConfigError'})
      }
      await rename(temp, target).catch(async (error) => {
        await rm(temp, {force: true})
        throw fail(error)
      })
    },
  }
}
