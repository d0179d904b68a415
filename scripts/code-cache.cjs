// Makes dist/cli-<build>.cache, V8's code cache for dist/cli.cjs, that bin/jdlint.js hands to V8.
// It compiles and runs the bundle with bin/jdlint.js's own functions, linting the example
// postings once so the functions a run needs get compiled (their bytecode goes into the cache),
// and writes the cache as the process exits (with the run's exit code: 1, as the examples have
// findings). Output of that run is not shown. Run by scripts/build.mjs:
//   node scripts/code-cache.cjs
'use strict'
const {readFileSync, renameSync, writeFileSync} = require('node:fs')
const path = require('node:path')
const {BUNDLE, cacheFileFor, compileBundle, runBundle} = require('../bin/jdlint.js')

const root = path.join(__dirname, '..')
const source = readFileSync(BUNDLE, 'utf8')
const cache = cacheFileFor(source)
if (!cache) throw new Error(`${BUNDLE} names no build on its first line`)
const script = compileBundle(source)
process.on('exit', () => {
  // Written whole and then renamed, so no reader (and no other build at the same time) ever
  // finds half a cache.
  const partial = `${cache}.${process.pid}.tmp`
  writeFileSync(partial, script.createCachedData())
  renameSync(partial, cache)
})
process.chdir(root)
process.argv = [process.argv[0], path.join(root, 'bin', 'jdlint.js'), '--no-config', 'examples']
runBundle(script).main(process)
