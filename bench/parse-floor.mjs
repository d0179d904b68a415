// The parse-only floor: what it costs just to start Node, load the Markdown parser jdlint uses,
// read every posting and parse it. jdlint cannot be much faster than this single-threaded.
// bench/lib.mjs bundles it to bench/.work/floor.mjs the same way jdlint is bundled.
//   node bench/.work/floor.mjs <files|dirs>...
import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {walk} from './walk.mjs'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
let files = 0
let nodes = 0
for (const arg of process.argv.slice(2)) {
  for (const file of walk(arg)) {
    const tree = processor.parse(readFileSync(file, 'utf8'))
    nodes += tree.children.length // touch the result so the work can't be skipped
    files++
  }
}
console.log(`${files} files, ${nodes} top-level nodes`)
