import {existsSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {FAMILIES, lintText} from '../src/index.ts'
import fixedIds from './fixed-ids.json' with {type: 'json'}

const rulesDir = new URL('../rules/', import.meta.url)
const ids = rules.map((r) => r.id)
const fired = (text: string, id: string) => lintText(text).messages.filter((m) => m.ruleId === id)

describe('the rule index', () => {
  it('has unique ids, sorted', () => {
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
  })

  it('lists every rule file', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'helpers.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(ids).toEqual(files)
  })

  it('keeps the fixed rule ids (test/fixed-ids.json): none renamed, none dropped, none added unlisted', () => {
    expect(ids).toEqual(fixedIds.rules)
  })

  it('keeps the fixed duty family ids', () => {
    expect([...FAMILIES]).toEqual(fixedIds.families)
  })
})

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('is named for its file, in kebab-case', () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(existsSync(new URL(`${id}.ts`, rulesDir))).toBe(true)
  })

  it('has a severity, a description, a rationale and a fix', () => {
    expect(['warn', 'error']).toContain(rule.severity)
    for (const text of [rule.description, rule.rationale, rule.fix]) expect(text.trim().length).toBeGreaterThan(20)
  })

  it('has messages without a trailing period', () => {
    const messages = Object.entries(rule.messages)
    expect(messages.length).toBeGreaterThan(0)
    for (const [messageId, message] of messages) {
      expect(messageId).toMatch(/^[a-z][a-zA-Z]*$/)
      expect(message.trim(), messageId).not.toBe('')
      expect(message, messageId).not.toMatch(/\.\s*$/)
    }
  })

  it('has examples', () => {
    expect(rule.examples.invalid.length).toBeGreaterThan(0)
    expect(rule.examples.valid.length).toBeGreaterThan(0)
  })

  it.each(rule.examples.invalid.map((text, i) => [i, text] as const))('fires on invalid example %i', (_, text) => {
    expect(fired(text, id).length).toBeGreaterThan(0)
  })

  it.each(rule.examples.valid.map((text, i) => [i, text] as const))('stays silent on valid example %i', (_, text) => {
    expect(fired(text, id)).toEqual([])
  })

  it.each(rule.examples.invalid.map((text, i) => [i, text] as const))('stays silent on invalid example %i retitled as a non-product role', (_, text) => {
    const retitled = text.replace(/^# .*$/m, '# Scrum Master').replace(/^title: .*$/m, 'title: Scrum Master')
    expect(retitled).toMatch(/Scrum Master/)
    expect(fired(retitled, id)).toEqual([])
  })
})

describe('phrase lists across the texts of a posting', () => {
  it('finds engineering partnership in a line that follows one ending in "support"', () => {
    const text = '# Product Manager\n\n## Responsibilities\n\n- Own the pricing roadmap with customer support\n- Engineering is your partner on every release\n'
    expect(lintText(text).messages.filter((m) => m.ruleId === 'no-detached-pm')).toEqual([])
  })
})

describe('require-success-criteria', () => {
  const posting = (sentence: string) =>
    `# Product Owner, Ledger\n\nOur Product Manager decides which problems we take on; you own how the work gets built.\n\n- Write user stories with acceptance criteria\n- Run sprint planning\n\n${sentence}\n`

  it.each([
    ['Success: churn below 3% by June.', false],
    ['Success in 12 months: churn below 3%.', false],
    ['You succeed when activation rises a fifth in a year.', false],
    ["You'll have succeeded if every sprint goal is met for a quarter.", false],
    ['Within 60 days, you will have shipped the first release.', false],
    ['By month six you will run the team’s planning without help.', false],
    ['We will measure your success by how often scoped work ships on time.', false],
    ['## Measures of success\n\nScoped work ships on time.', false],
    ['Our Customer Success team keeps churn below 3%.', true],
    ['Success matters to us.', true],
    ['You will not succeed alone: the whole team shares the work.', true],
    ['We measure success by customer retention.', true],
  ])('"%s" leaves the posting without success criteria: %s', (sentence, fires) => {
    expect(fired(posting(sentence), 'require-success-criteria').length > 0).toBe(fires)
  })
})

describe('title-matches-duties', () => {
  const duties = '## Responsibilities\n\n- Own the product roadmap\n- Set the product vision and strategy\n- Interview customers to find acute problems\n- Write user stories with acceptance criteria\n- Run sprint planning\n- Groom the backlog every week\n'
  it.each([
    ['# Product Owner\n\n## Responsibilities\n\n- Own the product roadmap\n- Set the product vision and strategy\n- Interview customers to find acute problems\n', ['pmWorkUnderPoTitle']],
    ['# Product Manager\n\n## Responsibilities\n\n- Write user stories with acceptance criteria\n- Run sprint planning\n- Groom the backlog every week\n', ['poWorkUnderPmTitle']],
    // PO work beside the PM's under a PM title is two jobs (no-two-jobs), not a wrong title.
    [`# Product Manager\n\n${duties}`, []],
    [`# Product Owner\n\n${duties}`, ['pmWorkUnderPoTitle']],
    // Only a PM or a PO title can be at odds with the duties.
    [`# Product Manager / Product Owner\n\n${duties}`, []],
    [`# Scrum Master\n\n${duties}`, []],
  ])('%j: %j', (text, messageIds) => {
    expect(fired(text, 'title-matches-duties').map((m) => m.messageId)).toEqual(messageIds)
  })
})
