import {resolve} from 'node:path'
import {ConfigResolver} from '../config/resolve.ts'
import {explainLine, rules} from '../engine/lint-text.ts'
import {readText} from '../files/read.ts'
import type {CliIo} from './main.ts'

/** `jdlint why FILE:LINE`: prints how the line was read and decided. Returns the exit code. */
export async function runWhy(at: string, io: CliIo, write: (text: string) => Promise<void>): Promise<number> {
  const m = /^(.+):(\d+)$/.exec(at)
  if (!m) {
    io.stderr.write(`jdlint: why expects FILE:LINE, got "${at}"\n`)
    return 2
  }
  const file = m[1] as string
  const path = resolve(io.cwd, file)
  const read = await readText(path, 5 * 1024 * 1024, file)
  if (!read.ok) {
    io.stderr.write(`jdlint: ${'fatal' in read ? `${file}: ${read.fatal}` : read.error}\n`)
    return 2
  }
  const config = await new ConfigResolver({cwd: io.cwd, rules}).forFile(path)
  await write(explainLine(read.text, Number(m[2]), {vocabulary: config.vocabulary, titles: config.titles}))
  return 0
}
