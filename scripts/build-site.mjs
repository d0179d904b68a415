// Builds the browser playground (site/) into dist/site: index.html, app.js, app.css, with
// relative paths, so it works served from any folder or opened from disk. app.js is one IIFE
// (a module script is blocked over file://) holding CodeMirror and jdlint's engine.
import {build} from 'esbuild'
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'

const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])

// The engine must not reach anything that only runs in Node: name the import that would.
const browserOnly = {
  name: 'browser-only',
  setup(b) {
    b.onResolve({filter: /^[a-z:_]+(?:\/[a-z_]+)?$/}, (args) => {
      if (NODE_ONLY.has(args.path)) return {errors: [{text: `the playground would bundle Node's "${args.path}" (imported by ${args.importer}); the browser entry must import only the pure engine`}]}
      return undefined
    })
  },
}

mkdirSync('dist/site', {recursive: true})
await build({
  entryPoints: {app: 'site/main.ts'},
  outdir: 'dist/site',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  // Licence comments of the bundled packages stay, at the end of the file.
  legalComments: 'eof',
  loader: {'.md': 'text'},
  plugins: [browserOnly],
  logLevel: 'warning',
})
await build({entryPoints: {app: 'site/style.css'}, outdir: 'dist/site', bundle: true, minify: true, logLevel: 'warning'})
copyFileSync('site/index.html', 'dist/site/index.html')
// Node's globals are not bundled as imports are; a use of one would fail in the page only.
const global = /\b(?:process\.(?:env|argv|cwd|exit|platform|versions)|__dirname|__filename)\b/.exec(readFileSync('dist/site/app.js', 'utf8'))
if (global) throw new Error(`the playground's bundle uses Node's ${global[0]}; the browser entry must import only the pure engine`)
