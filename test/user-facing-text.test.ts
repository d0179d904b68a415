// What users read speaks in the project's own words: rule metadata, `jdlint explain`, `jdlint
// rules`, the README, docs/ and the vocabulary's notes never refer to a source document users do
// not have ("the seed", "Mistake 1"); they cite docs/roles.md, and every section they cite exists.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {explainRule, listRules} from '../src/cli/catalogue.ts'
import {VOCABULARY} from '../src/index.ts'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

// "Seed" the funding stage ("Seed to Series A", "seed-stage", `seed-a`) is fine; "the seed" or
// "the seed's" as a source, and numbered mistakes, are not.
const FORBIDDEN = [/\bthe seed\b(?![- ](?:stage|round|funding|series|to|a)\b)/i, /\bseed['’]s\b/i, /\bmistakes?\s*(?:#|no\.?\s*)?\d/i, /\bseed[- ](?:article|document|text|guide)\b/i]
const offending = (text: string) => FORBIDDEN.flatMap((re) => text.match(new RegExp(re.source, `${re.flags}g`)) ?? [])

const ROLES_REF = /docs\/roles\.md#([a-z0-9-]+)/g

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = heading!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n ? `${base}-${n}` : base)
  }
  return out
}

const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md'))
const texts: [where: string, text: string][] = [
  ...rules.flatMap((r): [string, string][] => [
    [`${r.id} description`, r.description],
    [`${r.id} rationale`, r.rationale],
    [`${r.id} fix`, r.fix],
    ...Object.entries(r.messages).map(([id, m]): [string, string] => [`${r.id} message ${id}`, m]),
  ]),
  ...rules.map((r): [string, string] => {
    const explained = explainRule(r.id, false)
    return [`jdlint explain ${r.id}`, explained.ok ? explained.text : explained.message]
  }),
  ['jdlint rules', listRules('stylish', false)],
  ...VOCABULARY.map((e): [string, string] => [`vocabulary note ${e.id}`, e.note]),
  ['README.md', read('README.md')],
  ...docs.map((f): [string, string] => [`docs/${f}`, read(`docs/${f}`)]),
]

describe('the words that catch a reference to the source document', () => {
  it('catch the old phrasings and let the funding stage through', () => {
    for (const bad of ["The seed's first mistake", 'the seed lists what a PM does not do', 'two jobs (Mistake 1)', 'Mistakes 2 and 4', 'outside the seed\'s band']) expect(offending(bad), bad).not.toEqual([])
    for (const fine of ['From Seed to Series A', 'a seed-stage startup', 'bands.usd.pm.seed-a', 'the stage from Seed to Series A', 'at the Seed-Series A stage', 'stage: seed', 'a hiring mistake']) expect(offending(fine), fine).toEqual([])
  })
})

describe('user-facing text', () => {
  it('covers the rules, explain, the README and docs/', () => {
    expect(texts.length).toBeGreaterThan(rules.length * 5)
    expect(docs).toContain('roles.md')
  })

  it.each(texts)('%s never cites the source document', (_, text) => {
    expect(offending(text)).toEqual([])
  })
})

describe('docs/roles.md', () => {
  const sections = anchors(read('docs/roles.md'))

  it('has the two jobs, the four hiring mistakes and the stage advice', () => {
    for (const anchor of ['the-two-jobs', 'four-hiring-mistakes', 'stage-advice']) expect(sections).toContain(anchor)
    const mistakes = read('docs/roles.md').split(/^## /m).find((s) => s.startsWith('Four hiring mistakes'))!
    expect(mistakes.match(/^### /gm)).toHaveLength(4)
  })

  it.each(rules.map((r) => [r.id, r] as const))('is cited by %s, in its rationale and in jdlint explain', (id, rule) => {
    const cited = [...rule.rationale.matchAll(ROLES_REF)].map((m) => m[1])
    expect(cited.length, id).toBeGreaterThan(0)
    const explained = explainRule(id, false)
    expect(explained.ok && explained.text.replace(/\s+/g, ' ')).toContain(`docs/roles.md#${cited[0]}`)
  })

  it.each(texts.filter(([, text]) => text.includes('docs/roles.md#')))('has every section %s cites', (_, text) => {
    for (const [, anchor] of text.matchAll(ROLES_REF)) expect(sections, anchor).toContain(anchor)
  })

  it('has every section its own links point at', () => {
    const own = read('docs/roles.md')
    for (const [, anchor] of own.matchAll(/\]\(#([a-z0-9-]+)\)/g)) expect(sections, anchor).toContain(anchor)
  })
})
