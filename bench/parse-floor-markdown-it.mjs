// The same floor with the parser jdlint itself uses since it moved off unified/remark: start
// Node, load markdown-it (CommonMark preset), read every posting and parse it. The issue's
// targets are against bench/parse-floor.mjs (unified + remark-parse); this row shows how much
// of jdlint's time is its own work rather than parsing.
//   node bench/.work/parse-floor-markdown-it.mjs <files|dirs>...
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import MarkdownIt from 'markdown-it'

function* walk(path) {
  if (!statSync(path).isDirectory()) return yield path
  for (const entry of readdirSync(path, {withFileTypes: true})) {
    const p = join(path, entry.name)
    if (entry.isDirectory()) yield* walk(p)
    else if (entry.name.endsWith('.md')) yield p
  }
}

const md = new MarkdownIt('commonmark')
let files = 0
let tokens = 0
for (const arg of process.argv.slice(2)) {
  for (const file of walk(arg)) {
    tokens += md.parse(readFileSync(file, 'utf8'), {}).length // touch the result so the work can't be skipped
    files++
  }
}
console.log(`${files} files, ${tokens} block tokens`)
