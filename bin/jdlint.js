#!/usr/bin/env node
// The jdlint command. CommonJS (see bin/package.json), so Node starts it without setting up its
// ES module loader. It runs dist/cli.cjs through V8's code cache when the build left one for
// this exact bundle (scripts/code-cache.cjs): the cache holds the bytecode a run compiles, which
// a cold start would otherwise parse and compile again, about a tenth of it. A cache V8 cannot
// use (another Node version, other flags) is ignored, and the bundle compiles as usual.
// The build makes and checks the cache with the functions below, so it is made exactly as it is used.
'use strict'
const {readFileSync} = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs')

/** The cache file for the build the bundle's first line names, or null for an unnamed build. */
function cacheFileFor(source) {
  const build = /^\/\/ jdlint build ([0-9a-f]+)/.exec(source)
  return build ? path.join(path.dirname(BUNDLE), `cli-${build[1]}.cache`) : null
}

/** The bundle compiled as the body of a CommonJS module, with V8's code cache if one is given. */
function compileBundle(source, cachedData) {
  return new vm.Script(Module.wrap(source), {filename: BUNDLE, cachedData})
}

/** Runs the compiled bundle as the module dist/cli.cjs and returns its exports (run, main). */
function runBundle(script) {
  // Code compiled by vm.Script cannot import() by itself: src/importer.ts uses this one.
  globalThis[Symbol.for('jdlint.import')] = (url) => import(url)
  const module_ = {exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false}
  script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(BUNDLE), module_, BUNDLE, path.dirname(BUNDLE))
  return module_.exports
}

/**
 * The bundle's exports, compiled with the build's code cache when it left one. Loading the
 * bundle does nothing by itself: `main` runs the command with this process, and `worker` makes
 * this thread one of the command's lint workers (dist/worker.cjs, which the build writes, calls it).
 */
function load() {
  const source = readFileSync(BUNDLE, 'utf8')
  const cacheFile = cacheFileFor(source)
  let cachedData
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile)
  } catch {}
  return runBundle(compileBundle(source, cachedData))
}

module.exports = {BUNDLE, cacheFileFor, compileBundle, load, runBundle}

if (require.main === module) load().main(process)
