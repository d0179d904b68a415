// The Markdown files under the paths given, for the parse floors (bundled into each).
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

export function* walk(path) {
  if (!statSync(path).isDirectory()) return yield path
  for (const entry of readdirSync(path, {withFileTypes: true})) {
    const p = join(path, entry.name)
    if (entry.isDirectory()) yield* walk(p)
    else if (entry.name.endsWith('.md')) yield p
  }
}
