// The README's example output, from a real run: the block between `<!-- output:start -->` and
// `<!-- output:end -->` is a console session whose `$` line is the command and whose other lines
// are what that command prints on stdout, run from the repository root with the built CLI.
import {spawnSync} from 'node:child_process'

const START = '<!-- output:start -->'
const END = '<!-- output:end -->'

/** Where the block sits in the README, the command it shows and the output it shows. */
export function readOutputBlock(readme: string): {from: number; to: number; command: string; shown: string} {
  const from = readme.indexOf(START)
  const to = readme.indexOf(END, from)
  if (from < 0 || to < 0) throw new Error(`README.md has no ${START} ... ${END} block`)
  const body = /^\n```console\n\$ (.+)\n([\s\S]*?)```\n$/.exec(readme.slice(from + START.length, to))
  if (!body) throw new Error('the README output block is not a ```console block starting with a "$ node bin/jdlint.js ..." line')
  return {from, to, command: body[1]!, shown: body[2]!}
}

/**
 * Runs a README command (`node bin/jdlint.js <arguments>`, arguments separated by spaces, no
 * shell) from `root` with this Node, and returns its stdout. jdlint exits 1 on error findings,
 * which an example is expected to show; exit 2 (usage or I/O) or anything on stderr throws.
 */
export function runExample(command: string, root: string): string {
  const [node, bin, ...args] = command.split(/ +/)
  if (node !== 'node' || bin !== 'bin/jdlint.js' || /["'`$\\|&;<>*?]/.test(command)) throw new Error(`the README command must be "node bin/jdlint.js" and plain arguments: ${command}`)
  const run = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  if (run.error) throw run.error
  if ((run.status !== 0 && run.status !== 1) || run.stderr) throw new Error(`${command} exited ${run.status}: ${run.stderr.trim()}`)
  return run.stdout
}

/** The README with its output block replaced by what its command prints now. */
export function fillOutput(readme: string, root: string): string {
  const {from, to, command} = readOutputBlock(readme)
  return `${readme.slice(0, from + START.length)}\n\`\`\`console\n$ ${command}\n${runExample(command, root)}\`\`\`\n${readme.slice(to)}`
}
