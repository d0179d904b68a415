import {describe, expect, it} from 'vitest'
import {github} from '../src/report/github.ts'
import type {LintMessage, LintResult, ReportContext} from '../src/model.ts'

const cwd = '/srv/postings'

const context: ReportContext = {cwd, color: false, version: '0.1.0', rulesMeta: {}, showProfile: false}

function result(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    posting: null,
  }
}

function message(overrides: Partial<LintMessage>): LintMessage {
  return {
    ruleId: 'no-mixed-duties',
    severity: 2,
    message: 'Line joins PM work (own the roadmap) with PO work (run sprint planning); give each to one role',
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 44,
    ...overrides,
  }
}

describe('github reporter', () => {
  it('writes one annotation line per finding, errors and warnings', () => {
    const output = github(
      [
        result(`${cwd}/roles/senior-pm.md`, [
          message({}),
          message({
            ruleId: 'require-success-criteria',
            severity: 1,
            message: 'No sentence says how success in the role is judged',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 18,
          }),
        ]),
      ],
      context,
    )
    expect(output).toBe(
      '::error file=roles/senior-pm.md,line=10,col=3,endLine=10,endColumn=44,title=jdlint (no-mixed-duties)::' +
        'Line joins PM work (own the roadmap) with PO work (run sprint planning); give each to one role\n' +
        '::warning file=roles/senior-pm.md,line=1,col=1,endLine=1,endColumn=18,title=jdlint (require-success-criteria)::' +
        'No sentence says how success in the role is judged\n',
    )
  })

  it('escapes percent signs and line breaks in the message so it stays one command', () => {
    const output = github(
      [result(`${cwd}/pm.md`, [message({message: 'Salary 100% above band\r\nfor stage: seed, PM'})])],
      context,
    )
    expect(output).toBe(
      '::error file=pm.md,line=10,col=3,endLine=10,endColumn=44,title=jdlint (no-mixed-duties)::' +
        'Salary 100%25 above band%0D%0Afor stage: seed, PM\n',
    )
  })

  it('escapes colons, commas, percent signs and line breaks in file names and titles', () => {
    const output = github(
      [result(`${cwd}/roles/PM, PO: 100%\nnew.md`, [message({ruleId: 'acme:no-jargon,strict'})])],
      context,
    )
    expect(output).toBe(
      '::error file=roles/PM%2C PO%3A 100%25%0Anew.md,line=10,col=3,endLine=10,endColumn=44,' +
        'title=jdlint (acme%3Ano-jargon%2Cstrict)::' +
        'Line joins PM work (own the roadmap) with PO work (run sprint planning); give each to one role\n',
    )
  })

  it('titles a fatal message jdlint (fatal)', () => {
    const output = github(
      [result(`${cwd}/latin1.md`, [message({ruleId: null, fatal: true, message: 'not UTF-8 text', column: 1, endColumn: 1, line: 1, endLine: 1})])],
      context,
    )
    expect(output).toBe('::error file=latin1.md,line=1,col=1,endLine=1,endColumn=1,title=jdlint (fatal)::not UTF-8 text\n')
  })

  it('writes nothing when nothing was found', () => {
    expect(github([], context)).toBe('')
    expect(github([result(`${cwd}/clean.md`, [])], context)).toBe('')
  })
})
