// Makes dist/cli-<build>.cache, V8's code cache for dist/cli.cjs, that bin/jdlint.js hands to V8.
// It compiles the bundle exactly as bin/jdlint.js does, lints the example postings once so the
// functions a run needs get compiled (their bytecode goes into the cache), and writes the cache
// as the process exits (with the run's exit code: 1, as the examples have findings). Output of that
// run is not shown. Run by scripts/build.mjs:
//   node scripts/code-cache.cjs <build id>
'use strict'
const {readFileSync, renameSync, writeFileSync} = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const id = process.argv[2]
const root = path.join(__dirname, '..')
const file = path.join(root, 'dist', 'cli.cjs')
const source = readFileSync(file, 'utf8')
const script = new vm.Script(Module.wrap(source), {filename: file})
process.on('exit', () => {
  // Written whole and then renamed, so no reader (and no other build at the same time) ever
  // finds half a cache.
  const cache = path.join(root, 'dist', `cli-${id}.cache`)
  const partial = `${cache}.${process.pid}.tmp`
  writeFileSync(partial, script.createCachedData())
  renameSync(partial, cache)
})
process.chdir(root)
process.argv = [process.argv[0], path.join(root, 'bin', 'jdlint.js'), '--no-config', 'examples']
// Code compiled by vm.Script cannot import() by itself: src/importer.ts uses this one.
globalThis[Symbol.for('jdlint.import')] = (url) => import(url)
const module_ = {exports: {}, filename: file, id: file, loaded: false}
script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(file), module_, file, path.dirname(file))
