// One runner for every fixture: a posting carries its expectations as HTML comments,
// `<!-- expect rule-id -->` on the line the finding must point at, or `<!-- expect rule-id:12 -->`
// for another line. A fixture without markers must produce no findings at all.
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {globSync} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.ts'

const root = new URL('../fixtures/', import.meta.url).pathname
const files = globSync('**/*.md', {cwd: root, absolute: true}).sort()

function expectations(text: string): string[] {
  const out: string[] = []
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect\s+([^>]*?)\s*-->/g)) {
      for (const item of (m[1] as string).split(/[\s,]+/).filter(Boolean)) {
        const [id, at] = item.split(':')
        out.push(`${id}:${at ?? i + 1}`)
      }
    }
  })
  return out.sort()
}

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(10)
  })
  for (const file of files) {
    it(relative(root, file), () => {
      const text = readFileSync(file, 'utf8')
      const result = lintText(text, {filePath: file})
      const found = result.messages.map((m) => `${m.ruleId ?? 'problem'}:${m.line}`).sort()
      expect(found, result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n')).toEqual(expectations(text))
    })
  }
})
