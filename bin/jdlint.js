#!/usr/bin/env node
// The jdlint command. CommonJS (see bin/package.json), so Node starts it without setting up its
// ES module loader. It runs dist/cli.cjs, and the large dependencies the build put beside it in
// dist/vendor when a run first needs one, through V8's code cache when the build left one for
// that exact file (scripts/code-cache.cjs): the cache holds the bytecode a run compiles, which a
// cold start would otherwise parse and compile again, about a tenth of it. A cache V8 cannot use
// (another Node version, other flags) is ignored, and the file compiles as usual.
// The build makes and checks the caches with the functions below, so they are made exactly as they are used.
'use strict'
const {readFileSync} = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs')

/** The cache file for the build a file's first line names (`cli.cjs` -> `cli-<build>.cache`), or null for an unnamed build. */
function cacheFileFor(source, file) {
  const build = /^\/\/ jdlint build ([0-9a-f]+)/.exec(source)
  return build ? path.join(path.dirname(file), `${path.basename(file, '.cjs')}-${build[1]}.cache`) : null
}

/** A file compiled as the body of a CommonJS module, with V8's code cache if one is given. */
function compileBundle(source, cachedData, file) {
  return new vm.Script(Module.wrap(source), {filename: file, cachedData})
}

/** The files compiled by `loadFile`, with their scripts and cache files: the build makes the caches from these. */
const compiled = new Map()

/** Runs a compiled file as a CommonJS module and returns its exports. */
function runBundle(script, file) {
  const module_ = {exports: {}, filename: file, id: file, loaded: false}
  script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(file), module_, file, path.dirname(file))
  return module_.exports
}

/** A file of the build (the bundle, or one in dist/vendor) read, compiled with its cache if there is one, and run; once each. */
function loadFile(file) {
  let loaded = compiled.get(file)
  if (!loaded) {
    const source = readFileSync(file, 'utf8')
    const cacheFile = cacheFileFor(source, file)
    let cachedData
    try {
      if (cacheFile) cachedData = readFileSync(cacheFile)
    } catch {}
    const script = compileBundle(source, cachedData, file)
    loaded = {script, cacheFile, exports: runBundle(script, file)}
    compiled.set(file, loaded)
  }
  return loaded.exports
}

/**
 * The bundle's exports, compiled with the build's code cache when it left one. Loading the
 * bundle does nothing by itself: `main` runs the command with this process, and `worker` makes
 * this thread one of the command's lint workers (dist/worker.cjs, which the build writes, calls it).
 */
function load() {
  // Code compiled by vm.Script cannot import() by itself: src/importer.ts uses this one.
  globalThis[Symbol.for('jdlint.import')] = (url) => import(url)
  // The bundle requires a file of dist/vendor through this (scripts/build.mjs), so it gets its cache too.
  globalThis[Symbol.for('jdlint.vendor')] = (name) => loadFile(path.join(path.dirname(BUNDLE), 'vendor', `${name}.cjs`))
  return loadFile(BUNDLE)
}

module.exports = {cacheFileFor, compileBundle, compiled, load}

if (require.main === module) load().main(process)
