// The vendored schemas are the published files: each one's sha256 is the one noted in
// test/schemas/README.md beside its source.
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const dir = new URL('./schemas/', import.meta.url)
const notes = readFileSync(new URL('README.md', dir), 'utf8')
const noted = new Map([...notes.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, m[2]!]))

describe('vendored schemas', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

  it('are all noted with a source and a sha256', () => {
    expect(files.length).toBeGreaterThan(0)
    expect([...noted.keys()].sort()).toEqual(files.sort())
    for (const file of files) expect(notes, file).toMatch(new RegExp(`\`${file.replace(/\./g, '\\.')}\` \\| .*<https://`))
  })

  it.each(files)('%s matches its noted sha256', (file) => {
    const sha = createHash('sha256').update(readFileSync(new URL(file, dir))).digest('hex')
    expect(sha).toBe(noted.get(file))
  })
})
