// Rebuilds the generated blocks of README.md (the rule table and the per-rule sections) from the
// rules' metadata. The catalogue is TypeScript, so it is bundled with esbuild to a temporary
// module first. `node scripts/gen-readme.mjs --check` only reports whether the README is stale.
import {build} from 'esbuild'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const readmePath = new URL('../README.md', import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'jdlint-readme-'))
try {
  const outfile = join(dir, 'catalogue.mjs')
  await build({entryPoints: [new URL('../src/cli/catalogue.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning'})
  const {fillReadme} = await import(pathToFileURL(outfile).href)
  const readme = readFileSync(readmePath, 'utf8')
  const filled = fillReadme(readme)
  if (process.argv.includes('--check')) {
    if (filled !== readme) {
      console.error('README.md is out of date with the rules; run: node scripts/gen-readme.mjs')
      process.exitCode = 1
    }
  } else if (filled !== readme) {
    writeFileSync(readmePath, filled)
    console.log('README.md: rule table and rule sections regenerated')
  } else console.log('README.md: already up to date')
} catch (error) {
  console.error(`gen-readme: ${error.message}`)
  process.exitCode = 1
} finally {
  rmSync(dir, {recursive: true, force: true})
}
