// npm run bench:readme
//
// Copies the tables of bench/results.md and bench/hostile-results.md (what the last
// `npm run bench` and `npm run bench:hostile` wrote) into README.md's Performance section, between
// its <!-- bench:results --> and <!-- bench:hostile --> markers, so the README always shows one
// run's numbers and nobody copies them by hand.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT} from './lib.mjs'

/** The file without its title, its headings two levels down (## becomes ####). */
function body(file) {
  const text = readFileSync(join(ROOT, 'bench', file), 'utf8')
  return text
    .replace(/^# .*\n+/, '')
    .replace(/^## /gm, '#### ')
    .trim()
}

function splice(readme, name, content) {
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const a = readme.indexOf(start)
  const b = readme.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} markers`)
  return `${readme.slice(0, a + start.length)}\n${content}\n${readme.slice(b)}`
}

const path = join(ROOT, 'README.md')
let readme = readFileSync(path, 'utf8')
readme = splice(readme, 'results', body('results.md'))
readme = splice(readme, 'hostile', body('hostile-results.md'))
writeFileSync(path, readme)
console.log('README.md: Performance tables copied from bench/results.md and bench/hostile-results.md')
