// Bundles the library (ESM, code splitting) and the command (one CommonJS file, large
// dependencies beside it in dist/vendor, and V8's code cache for it) with esbuild.
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

// `--command-only` builds what running the command needs and nothing that needs a development
// package (TypeScript for the type declarations, CodeMirror for the playground): the GitHub Action
// builds this way, with only the runtime dependencies and scripts/package.json installed.
const commandOnly = process.argv.includes('--command-only')

rmSync('dist', {recursive: true, force: true})
// The vocabulary's stems, so a cold run skips the stemmer for them.
await import('./gen-stems.mjs')
// The config's JSON Schema, from the rules' metadata (which needs the stems above).
await import('./gen-schema.mjs')
// The config validator is compiled from the JSON Schema here, so Ajv never loads at run time.
await import('./gen-validators.mjs')

// For the command, the YAML parser, the English sentence parser and the glob engine are files of
// their own in dist/vendor, required the first time a run needs them (front matter, a paragraph
// to split, a glob pattern): a run that needs none of them does not read them. bin/jdlint.js
// loads them, as it loads the bundle, through a code cache of their own; a bundle required some
// other way (no loader set) requires them.
const VENDOR = ['yaml', 'parse-english', 'tinyglobby']
const vendor = {
  name: 'vendor',
  setup(b) {
    b.onResolve({filter: new RegExp(`^(?:${VENDOR.join('|').replace(/[./]/g, '\\$&')})$`)}, (args) => ({path: args.path, namespace: 'vendor-stub'}))
    b.onLoad({filter: /.*/, namespace: 'vendor-stub'}, (args) => ({
      contents: `const load = globalThis[Symbol.for('jdlint.vendor')]; module.exports = load ? load(${JSON.stringify(args.path)}) : require(${JSON.stringify(`./vendor/${args.path}.cjs`)})`,
      loader: 'js',
    }))
    b.onResolve({filter: /^\.\/vendor\//, namespace: 'vendor-stub'}, (args) => ({path: args.path, external: true}))
  },
}

// commander requires child_process at load for subcommands run as programs, which jdlint has
// none of: a stand-in loads it on first use, which a run never makes, and keeps Node's process,
// socket and stream modules out of startup.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({filter: /^node:child_process$/}, (args) => (/commander/.test(args.importer) ? {path: 'child_process', namespace: 'lazy-builtin'} : undefined))
    b.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, () => ({
      contents: "let m; module.exports = new Proxy({}, {get: (_, key) => (m ??= require('child_process'))[key]})",
      loader: 'js',
    }))
  },
}

const common = {
  plugins: [lazyChildProcess],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist',
  legalComments: 'none',
  // JDLINT_KEEP_NAMES=1 keeps function names, for profiles that say where a run's time goes.
  ...(process.env.JDLINT_KEEP_NAMES ? {minifyWhitespace: true, minifySyntax: true} : {minify: true}),
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: {js: "import {createRequire as __jdlintCreateRequire} from 'node:module';const require = __jdlintCreateRequire(import.meta.url);"},
}

// The library: ESM, for `import {lintText} from 'jdlint'` and `import remarkJdlint from
// 'jdlint/remark'`. Its dependencies stay packages of their own: a remark host and jdlint must
// share one unified, one vfile (a second VFile class would not be the host's).
await build({...common, packages: 'external', entryPoints: {index: 'src/index.ts', remark: 'src/remark.ts', worker: 'src/files/worker.ts'}})
// Type declarations of the library's entries (dist/types), with import paths a consumer resolves.
if (!commandOnly) {
  const tsc = spawnSync(process.execPath, [join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc'), '--ignoreConfig', 'src/index.ts', 'src/remark.ts', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types', '--rootDir', '.', '--target', 'ES2023', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--strict', '--skipLibCheck', '--resolveJsonModule', '--esModuleInterop', '--verbatimModuleSyntax', '--allowImportingTsExtensions', '--types', 'node'], {encoding: 'utf8'})
  if (tsc.status !== 0) throw new Error(`jdlint build: type declarations failed\n${tsc.stdout}${tsc.stderr}`)
  for (const file of readdirSync('dist/types', {recursive: true, encoding: 'utf8'})) {
    if (!file.endsWith('.d.ts')) continue
    const path = `dist/types/${file}`
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'))
  }
}

// The command: one CommonJS file, required by bin/jdlint.js. Node starts a CommonJS program some
// 10 ms sooner than an ES module one (no module loader to set up), which is a twentieth of a cold
// run. Without splitting, what a run may not need (reporters, the glob engine, the catalogue) is
// still in the file but only runs when first used.
await build({
  ...common,
  format: 'cjs',
  splitting: false,
  banner: undefined,
  outExtension: {'.js': '.cjs'},
  // pool.ts reads import.meta only when __filename is missing, which in CommonJS it never is.
  logOverride: {'empty-import-meta': 'silent'},
  entryPoints: {cli: 'src/cli/main.ts'},
  plugins: [lazyChildProcess, vendor],
})
// The command's worker thread runs that same file, through the same code cache: a bundle of its
// own would be compiled again, function by function as they are first called, in every worker.
writeFileSync('dist/worker.cjs', "'use strict'\nrequire('../bin/jdlint.js').load().worker()\n")
await build({
  ...common,
  format: 'cjs',
  splitting: false,
  banner: undefined,
  outdir: 'dist/vendor',
  outExtension: {'.js': '.cjs'},
  // Each entry requires its package, so a package with a CommonJS build of its own gives that.
  entryPoints: Object.fromEntries(VENDOR.map((name) => [name, `vendor:${name}`])),
  plugins: [
    {
      name: 'vendor-entries',
      setup(b) {
        b.onResolve({filter: /^vendor:/}, (args) => ({path: args.path.slice('vendor:'.length), namespace: 'vendor'}))
        b.onLoad({filter: /.*/, namespace: 'vendor'}, (args) => ({contents: `module.exports = require(${JSON.stringify(args.path)})`, resolveDir: process.cwd(), loader: 'js'}))
      },
    },
  ],
})

// The browser playground, into dist/site.
if (!commandOnly) await import('./build-site.mjs')

// Name the command's files by their contents, and make V8's code caches for exactly those files.
// esbuild leaves non-ASCII characters in regular expression literals (’ “ – in the vocabulary);
// one of them makes V8 hold the whole 400 KB source as two bytes a character. Every one is
// inside a string, template or regular expression literal, where \uXXXX means the same.
// The vendor files are left as they are: a cache is only made for the exact text.
const named = ['dist/cli.cjs', ...VENDOR.map((name) => `dist/vendor/${name}.cjs`)]
for (const file of named) {
  let text = readFileSync(file, 'utf8')
  if (file === 'dist/cli.cjs') text = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  writeFileSync(file, `// jdlint build ${createHash('sha256').update(text).digest('hex').slice(0, 16)}\n${text}`)
}
const made = spawnSync(process.execPath, ['scripts/code-cache.cjs'], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
// Without a cache jdlint still runs, only slower to start: say so, do not fail the install. A
// cache V8 will not take (it checks the Node version and flags) is no use: drop it. A vendor
// file the cache's runs do not load has none.
const {cacheFileFor, compileBundle} = createRequire(import.meta.url)('../bin/jdlint.js')
for (const file of named) {
  const source = readFileSync(file, 'utf8')
  const cacheFile = cacheFileFor(source, join(process.cwd(), file))
  if (!existsSync(cacheFile)) {
    if (file === 'dist/cli.cjs') console.warn(`jdlint build: no code cache made (${made.error?.message ?? made.stderr.trim().split('\n').pop()})`)
  } else if (compileBundle(source, readFileSync(cacheFile), join(process.cwd(), file)).cachedDataRejected) {
    rmSync(cacheFile)
    console.warn(`jdlint build: V8 rejected the code cache it was given for ${file}; none is shipped`)
  }
}
