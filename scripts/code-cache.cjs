// Makes V8's code caches that bin/jdlint.js hands to V8: dist/cli-<build>.cache for dist/cli.cjs,
// and dist/vendor/<name>-<build>.cache for each file of dist/vendor a run needed. It loads the
// bundle with bin/jdlint.js's own functions and runs the command on the example postings, as
// stylish and as json, with a glob, so the functions a run needs get compiled (their bytecode
// goes into the caches), and writes the caches as the process exits. Output of those runs is
// not shown. Run by scripts/build.mjs:
//   node scripts/code-cache.cjs
'use strict'
const {renameSync, writeFileSync} = require('node:fs')
const path = require('node:path')
const {compiled, load} = require('../bin/jdlint.js')

const root = path.join(__dirname, '..')
process.on('exit', () => {
  for (const [file, {script, cacheFile: cache}] of compiled) {
    if (!cache) throw new Error(`${file} names no build on its first line`)
    // Written whole and then renamed, so no reader (and no other build at the same time) ever
    // finds half a cache.
    const partial = `${cache}.${process.pid}.tmp`
    writeFileSync(partial, script.createCachedData())
    renameSync(partial, cache)
  }
})
process.chdir(root)
const quiet = {write: () => true}
const io = {stdout: quiet, stderr: quiet, cwd: root, env: {}}
const {run} = load()
;(async () => {
  await run(['--no-config', 'examples'], io)
  await run(['--no-config', '--format', 'json', 'examples/*.md'], io)
})()
