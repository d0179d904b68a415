// Rebuilds the generated blocks of README.md: the rule table and the per-rule sections from the
// rules' metadata, and the example output from a real run of the command it shows (the built CLI:
// `npm run readme` builds first). Both modules are TypeScript, so they are bundled with esbuild to
// temporary modules first. `node scripts/gen-readme.mjs --check` only reports whether the README
// is stale.
import {build} from 'esbuild'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const readmePath = join(root, 'README.md')
const dir = mkdtempSync(join(tmpdir(), 'jdlint-readme-'))
try {
  await build({
    entryPoints: {catalogue: join(root, 'src/cli/catalogue.ts'), output: join(root, 'scripts/readme-output.ts')},
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: dir,
    outExtension: {'.js': '.mjs'},
    logLevel: 'warning',
  })
  const {fillReadme} = await import(pathToFileURL(join(dir, 'catalogue.mjs')).href)
  const {fillOutput} = await import(pathToFileURL(join(dir, 'output.mjs')).href)
  const readme = readFileSync(readmePath, 'utf8')
  const filled = fillOutput(fillReadme(readme), root)
  if (process.argv.includes('--check')) {
    if (filled !== readme) {
      console.error('README.md is out of date with the rules or the example output; run: npm run readme')
      process.exitCode = 1
    }
  } else if (filled !== readme) {
    writeFileSync(readmePath, filled)
    console.log('README.md: rule table, rule sections and example output regenerated')
  } else console.log('README.md: already up to date')
} catch (error) {
  console.error(`gen-readme: ${error.message}`)
  process.exitCode = 1
} finally {
  rmSync(dir, {recursive: true, force: true})
}
