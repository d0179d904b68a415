// The README's example output is what its command prints today: the `$` line of the block is run
// for real with the built CLI and its stdout compared with the block. When the findings change,
// `npm run readme` regenerates the block.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {fillOutput, readOutputBlock, runExample} from '../scripts/readme-output.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe("the README's example output", () => {
  const {command, shown} = readOutputBlock(readme)

  it('shows a jdlint run with findings and the closing count', () => {
    expect(command).toMatch(/^node bin\/jdlint\.js /)
    expect(shown).toMatch(/^ {2}\d+:\d+ +(?:error|warning) +.+ {2}[a-z-]+$/m)
    expect(shown).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)$/m)
  })

  it('is what the command prints now (run "npm run readme" when it is not)', () => {
    expect(shown).toBe(runExample(command, root))
  })

  it('is put back by regenerating when it has drifted', () => {
    const stale = readme.replace(shown, shown.replace(/^( {2}\d+:\d+ +)(error|warning)/m, (_, at: string, severity: string) => `${at}${severity === 'error' ? 'warning' : 'error'}`))
    expect(stale).not.toBe(readme)
    expect(fillOutput(stale, root)).toBe(fillOutput(readme, root))
    expect(readOutputBlock(fillOutput(stale, root)).shown).toBe(runExample(command, root))
  })

  it('only runs jdlint, with plain arguments', () => {
    expect(() => runExample('rm -rf examples', root)).toThrow(/node bin\/jdlint\.js/)
    expect(() => runExample('node bin/jdlint.js examples/ | cat', root)).toThrow(/plain arguments/)
    expect(() => runExample('node bin/jdlint.js no-such-folder/', root)).toThrow(/exited 2/)
  })
})
