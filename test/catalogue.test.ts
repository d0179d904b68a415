import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {explainRule, fillReadme, listRules, ruleDocs, ruleTable} from '../src/cli/catalogue.ts'
import {lintText} from '../src/index.ts'

describe('listRules', () => {
  it('lists every rule with its severity and description', () => {
    const text = listRules('stylish', false)
    for (const rule of rules) expect(text).toMatch(new RegExp(`^${rule.id}\\s+${rule.severity}\\s+${rule.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
  })

  it('prints JSON with the docs link', () => {
    const list = JSON.parse(listRules('json', false)) as {id: string; severity: string; description: string; docs: string}[]
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.id))
    for (const r of list) expect(r.docs).toMatch(new RegExp(`README\\.md#${r.id}$`))
  })

  it('colours only when asked', () => {
    expect(listRules('stylish', false)).not.toMatch(/\u001b\[/)
    expect(listRules('stylish', true)).toMatch(/\u001b\[/)
  })
})

describe('explainRule', () => {
  it.each(rules.map((r) => [r.id, r] as const))('explains %s', (id, rule) => {
    const result = explainRule(id, false)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const heading of ['What it checks', 'Why', 'What triggers it', 'What to do instead', 'Bad', 'Good']) expect(result.text).toContain(`\n${heading}\n`)
    expect(result.text).toContain(rule.examples.invalid[0]!.split('\n')[0])
    expect(result.text).toContain(rule.examples.valid[0]!.split('\n')[0])
  })

  it('suggests the nearest ids for an unknown one', () => {
    const result = explainRule('stage-fits', false)
    expect(result).toEqual({ok: false, message: expect.stringContaining('"stage-fit"')})
    const typo = explainRule('no-two-job', false)
    expect(typo.ok).toBe(false)
    if (!typo.ok) expect(typo.message.match(/"[a-z-]+"/g)?.length).toBeLessThanOrEqual(4)
  })

  it('points to the rule list when nothing is near', () => {
    expect(explainRule('xyzzy', false)).toEqual({ok: false, message: expect.stringContaining('jdlint rules')})
  })
})

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  it('has a section per rule, the anchor each finding links to', () => {
    const headings = ruleDocs()
      .split('\n')
      .filter((line) => line.startsWith('### '))
      .map((line) => line.slice(4))
    expect(headings).toEqual(rules.map((r) => r.id))
    const link = lintText(rules.find((r) => r.id === 'no-two-jobs')!.examples.invalid[0]!).messages.find((m) => m.ruleId === 'no-two-jobs')?.docs
    expect(link).toMatch(/README\.md#no-two-jobs$/)
    expect(ruleTable()).toContain('[`no-two-jobs`](#no-two-jobs)')
  })

  it('has the rule table and rule sections the metadata generates', () => {
    // fillReadme throws, saying to add the markers and run the script, when they are missing.
    expect(readme === fillReadme(readme), 'README.md is out of date with the rules; run: npm run readme').toBe(true)
  })
})
