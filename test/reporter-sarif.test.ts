import {describe, expect, it} from 'vitest'
import {sarif} from '../src/report/sarif.ts'
import type {LintMessage, LintResult, ReportContext} from '../src/model.ts'
import {sarifValidator} from './sarif-schema.ts'

const validate = sarifValidator()

const cwd = '/srv/postings'

const context: ReportContext = {
  cwd,
  color: false,
  version: '0.1.0',
  showProfile: false,
  rulesMeta: Object.fromEntries(
    (
      [
        ['no-mixed-duties', 'error'],
        ['no-two-jobs', 'error'],
        ['require-success-criteria', 'warn'],
        ['salary-band', 'off'],
      ] as const
    ).map(([id, severity]) => [
      id,
      {
        id,
        severity,
        description: `Description of ${id}`,
        rationale: `Why ${id} matters, citing docs/roles.md`,
        docs: `https://github.com/jdlint/jdlint/blob/main/README.md#${id}`,
      },
    ]),
  ),
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  const count = (severity: 1 | 2) => messages.filter((message) => message.severity === severity).length
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    posting: null,
  }
}

const twoJobs: LintMessage = {
  ruleId: 'no-two-jobs',
  messageId: 'twoJobs',
  severity: 2,
  message: 'Posting titled Product Manager asks for two jobs: PM work on lines 8, 9 and PO work on lines 10, 11',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 25,
  relatedLocations: [
    {line: 8, column: 3, endLine: 8, endColumn: 30, message: 'PM work: own the roadmap (pm.roadmap)'},
    {line: 10, column: 3, endLine: 10, endColumn: 28, message: 'PO work: run sprint planning (po.sprint)'},
  ],
}

const mixed: LintMessage = {
  ruleId: 'no-mixed-duties',
  severity: 2,
  message: 'Line joins PM work (own the roadmap) with PO work (run sprint planning); give each to one role',
  line: 12,
  column: 3,
  endLine: 12,
  endColumn: 44,
}

const noSuccess: LintMessage = {
  ruleId: 'require-success-criteria',
  severity: 1,
  message: 'No sentence says how success in the role is judged',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 18,
}

const fatal: LintMessage = {
  ruleId: null,
  fatal: true,
  severity: 2,
  message: 'not UTF-8 text',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
}

function realisticResults(withFatal = false): LintResult[] {
  const results = [
    result(`${cwd}/roles/senior-pm.md`, [twoJobs, mixed]),
    result(`${cwd}/roles/product owner.md`, [noSuccess]),
  ]
  if (withFatal) results.push(result(`${cwd}/roles/latin1.md`, [fatal]))
  return results
}

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}
interface SarifLocation {
  id?: number
  physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region: SarifRegion}
  message?: {text: string}
}
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: {text: string}
  locations: SarifLocation[]
  relatedLocations?: SarifLocation[]
  partialFingerprints: Record<string, string>
}
interface SarifRun {
  tool: {driver: {name: string; version: string; rules: {id: string; defaultConfiguration: {level: string}}[]}}
  invocations: {executionSuccessful: boolean; toolExecutionNotifications: {level: string; message: {text: string}; locations: SarifLocation[]}[]}[]
  originalUriBaseIds: Record<string, {uri: string}>
  results: SarifResult[]
}

function report(results: LintResult[]): {text: string; run: SarifRun} {
  const text = sarif(results, context)
  const log = JSON.parse(text) as {runs: SarifRun[]}
  expect(log.runs).toHaveLength(1)
  return {text, run: log.runs[0]!}
}

function expectValid(text: string): void {
  validate(JSON.parse(text))
  expect(validate.errors ?? []).toEqual([])
}

function find(run: SarifRun, ruleId: string): SarifResult {
  const found = run.results.find((entry) => entry.ruleId === ruleId)
  if (!found) throw new Error(`no result for ${ruleId}`)
  return found
}

describe('sarif reporter', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema', () => {
    expectValid(report(realisticResults()).text)
    expectValid(report(realisticResults(true)).text)
  })

  it('writes a valid log with no results when nothing was found', () => {
    const {text, run} = report([result(`${cwd}/roles/clean.md`, [])])
    expectValid(text)
    expect(run.results).toEqual([])
    expect(run.invocations[0]!.executionSuccessful).toBe(true)
    expectValid(report([]).text)
  })

  it('gives every result what code scanning requires: rule id, text, a located start line', () => {
    const {run} = report(realisticResults())
    expect(run.results).toHaveLength(3)
    for (const entry of run.results) {
      expect(entry.ruleId).toMatch(/^[a-z-]+$/)
      expect(entry.message.text).not.toBe('')
      expect(entry.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
    }
  })

  it('maps severities to levels for results and rules', () => {
    const {run} = report(realisticResults())
    expect(find(run, 'no-mixed-duties').level).toBe('error')
    expect(find(run, 'require-success-criteria').level).toBe('warning')
    const levels = Object.fromEntries(run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level]))
    expect(levels).toEqual({
      'no-mixed-duties': 'error',
      'no-two-jobs': 'error',
      'require-success-criteria': 'warning',
      'salary-band': 'none',
    })
  })

  it('points each ruleIndex at the rule the result names', () => {
    const {run} = report(realisticResults())
    for (const entry of run.results) expect(run.tool.driver.rules[entry.ruleIndex]!.id).toBe(entry.ruleId)
  })

  it('names files relative to the source root with forward slashes and escaped spaces', () => {
    const {run} = report(realisticResults())
    expect(find(run, 'no-mixed-duties').locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'roles/senior-pm.md',
      uriBaseId: '%SRCROOT%',
    })
    expect(find(run, 'require-success-criteria').locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'roles/product%20owner.md',
    )
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({uri: 'file:///srv/postings/'})
  })

  it('keeps the positions of each finding', () => {
    const {run} = report(realisticResults())
    expect(find(run, 'no-mixed-duties').locations[0]!.physicalLocation.region).toEqual({
      startLine: 12,
      startColumn: 3,
      endLine: 12,
      endColumn: 44,
    })
  })

  it('lists the evidence lines of no-two-jobs as related locations in the same file', () => {
    const {run} = report(realisticResults())
    const related = find(run, 'no-two-jobs').relatedLocations ?? []
    expect(related.map((location) => [location.physicalLocation.region.startLine, location.message?.text])).toEqual([
      [8, 'PM work: own the roadmap (pm.roadmap)'],
      [10, 'PO work: run sprint planning (po.sprint)'],
    ])
    expect(new Set(related.map((location) => location.id)).size).toBe(2)
    for (const location of related) expect(location.physicalLocation.artifactLocation.uri).toBe('roles/senior-pm.md')
    expect(find(run, 'no-mixed-duties').relatedLocations).toBeUndefined()
  })

  it('reports a file it could not read as a failed tool execution, not as an alert', () => {
    const {run} = report(realisticResults(true))
    expect(run.results.map((entry) => entry.ruleId)).not.toContain('fatal')
    expect(run.results).toHaveLength(3)
    const [invocation] = run.invocations
    expect(invocation!.executionSuccessful).toBe(false)
    expect(invocation!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: {text: 'not UTF-8 text'},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'roles/latin1.md', uriBaseId: '%SRCROOT%'},
              region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 1},
            },
          },
        ],
      },
    ])
    expect(report(realisticResults()).run.invocations[0]!.executionSuccessful).toBe(true)
  })

  it('is deterministic, and a finding keeps its fingerprint when other findings come and go', () => {
    expect(sarif(realisticResults(), context)).toBe(sarif(realisticResults(), context))
    const all = report(realisticResults()).run
    const alone = report([result(`${cwd}/roles/senior-pm.md`, [mixed])]).run
    const fingerprints = all.results.map((entry) => entry.partialFingerprints['jdlint/v1'])
    expect(new Set(fingerprints).size).toBe(3)
    expect(alone.results[0]!.partialFingerprints).toEqual(find(all, 'no-mixed-duties').partialFingerprints)
  })

  it('names the tool and its version', () => {
    const {run} = report([])
    expect(run.tool.driver).toMatchObject({name: 'jdlint', version: '0.1.0', informationUri: 'https://github.com/jdlint/jdlint'})
  })
})
