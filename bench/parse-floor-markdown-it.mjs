// The same floor with the parser jdlint itself uses since it moved off unified/remark: start
// Node, load markdown-it (CommonMark preset), read every posting and parse it. The issue's
// targets are against bench/parse-floor.mjs (unified + remark-parse); this row shows how much
// of jdlint's time is its own work rather than parsing.
//   node bench/.work/parse-floor-markdown-it.mjs <files|dirs>...
import {readFileSync} from 'node:fs'
import MarkdownIt from 'markdown-it'
import {walk} from './walk.mjs'

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
