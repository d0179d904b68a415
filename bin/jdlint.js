#!/usr/bin/env node
// The jdlint command. CommonJS (see bin/package.json), so Node starts it without setting up its
// ES module loader. It runs dist/cli.cjs through V8's code cache when the build left one for
// this exact bundle (scripts/code-cache.cjs): the cache holds the bytecode a run compiles, which
// a cold start would otherwise parse and compile again, about a tenth of it. A cache V8 cannot
// use (another Node version, other flags) is ignored, and the bundle compiles as usual.
'use strict'
const {readFileSync} = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const file = path.join(__dirname, '..', 'dist', 'cli.cjs')
const source = readFileSync(file, 'utf8')
// The bundle's first line names its build; a cache made from another build is not read.
const build = /^\/\/ jdlint build ([0-9a-f]+)/.exec(source)
let cachedData
try {
  if (build) cachedData = readFileSync(path.join(__dirname, '..', 'dist', `cli-${build[1]}.cache`))
} catch {}
const script = new vm.Script(Module.wrap(source), {
  filename: file,
  cachedData,
})
// Code compiled by vm.Script cannot import() by itself: src/importer.ts uses this one.
globalThis[Symbol.for('jdlint.import')] = (url) => import(url)
const module_ = {exports: {}, filename: file, id: file, loaded: false}
script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(file), module_, file, path.dirname(file))
