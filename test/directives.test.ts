import {describe, expect, it} from 'vitest'
import {applyDirectives, parseDirectives, type HtmlNode} from '../src/engine/directives.ts'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import type {LintMessage} from '../src/model.ts'
import {buildPosting} from '../src/read/posting.ts'

const KNOWN = ['no-mixed-duties', 'no-two-jobs', 'title-matches-duties', 'stage-fit', 'salary-band']

/** The html nodes of a document, as the linter hands them over. */
function htmlNodes(markdown: string): HtmlNode[] {
  return buildPosting(markdown, {vocabulary: builtInVocabulary()}).html
}

function finding(ruleId: string | null, line: number, column = 1): LintMessage {
  return {ruleId, severity: 2, message: `${ruleId} here`, line, column, endLine: line, endColumn: column + 5}
}

/** Lints `markdown` as if the rules reported `findings`; returns what the user would see. */
function run(markdown: string, findings: LintMessage[], reportUnused: 'off' | 'warn' | 'error' = 'off') {
  const {directives, problems} = parseDirectives(htmlNodes(markdown), KNOWN)
  const result = applyDirectives(findings, directives, {reportUnused})
  const shown = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.messageId}`)
  return {shown: shown(result.messages), suppressed: shown(result.suppressed), result, problems}
}

describe('parseDirectives', () => {
  it('reads every kind, several ids, and the reason after --', () => {
    const markdown = [
      '<!-- jdlint-disable no-mixed-duties, no-two-jobs -- legacy posting -->',
      '<!-- jdlint-enable -->',
      '<!--jdlint-disable-next-line stage-fit salary-band-->',
      '<!-- jdlint-disable-file -->',
      '',
      '# Product Manager <!-- jdlint-disable-line title-matches-duties --   -->',
    ].join('\n')
    const {directives, problems} = parseDirectives(htmlNodes(markdown), KNOWN)
    expect(problems).toEqual([])
    expect(directives.map(({kind, ruleIds, reason, line, column}) => ({kind, ruleIds, reason, line, column}))).toEqual([
      {kind: 'disable', ruleIds: ['no-mixed-duties', 'no-two-jobs'], reason: 'legacy posting', line: 1, column: 1},
      {kind: 'enable', ruleIds: [], reason: null, line: 2, column: 1},
      {kind: 'disable-next-line', ruleIds: ['stage-fit', 'salary-band'], reason: null, line: 3, column: 1},
      {kind: 'disable-file', ruleIds: [], reason: null, line: 4, column: 1},
      {kind: 'disable-line', ruleIds: ['title-matches-duties'], reason: null, line: 6, column: 19},
    ])
  })

  it('ignores comments that are not jdlint directives', () => {
    const markdown = '<!-- expect no-mixed-duties -->\n\n<!-- note: jdlint-disable is not used here -->\n\n<div>jdlint-disable</div>\n'
    expect(parseDirectives(htmlNodes(markdown), KNOWN)).toEqual({directives: [], problems: []})
  })

  it('finds several comments in one html node, each at its own position', () => {
    const markdown = '<div>\n<!-- jdlint-disable no-two-jobs --> <!-- jdlint-enable no-two-jobs -->\n</div>\n'
    const {directives} = parseDirectives(htmlNodes(markdown), KNOWN)
    expect(directives.map((d) => [d.kind, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['disable', 2, 1, 2, 36],
      ['enable', 2, 37, 2, 71],
    ])
  })

  it('reports an unknown rule id with the nearest known ones, and drops a directive left with none', () => {
    const {directives, problems} = parseDirectives(htmlNodes('<!-- jdlint-disable no-mixed-duty -->\n'), KNOWN)
    expect(directives).toEqual([])
    expect(problems).toEqual([
      {
        ruleId: null,
        messageId: 'unknownRule',
        severity: 2,
        message: 'Unknown rule "no-mixed-duty" in jdlint-disable directive; did you mean no-mixed-duties?',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 38,
      },
    ])
  })

  it('keeps the known ids of a directive that also names an unknown one', () => {
    const {directives, problems} = parseDirectives(htmlNodes('<!-- jdlint-disable-file stage-fit, bogus -->\n'), KNOWN)
    expect(directives.map((d) => d.ruleIds)).toEqual([['stage-fit']])
    expect(problems.map((p) => p.message)).toEqual(['Unknown rule "bogus" in jdlint-disable-file directive'])
  })

  it('reports an unknown directive name', () => {
    const {problems} = parseDirectives(htmlNodes('<!-- jdlint-disabled no-two-jobs -->\n'), KNOWN)
    expect(problems.map((p) => [p.messageId, p.message])).toEqual([
      ['unknownDirective', 'Unknown directive "jdlint-disabled"; did you mean jdlint-disable?'],
    ])
  })
})

describe('applyDirectives', () => {
  it('silences a rule between disable and enable, by line and column', () => {
    const markdown = [
      '# Product Manager', // 1
      '',
      '- Own the roadmap and run sprints', // 3
      '',
      '<!-- jdlint-disable no-mixed-duties -->', // 5
      '',
      '- Set strategy and groom the backlog', // 7
      '',
      '<!-- jdlint-enable no-mixed-duties -->', // 9
      '',
      '- Run discovery and write user stories', // 11
    ].join('\n')
    const {shown, suppressed} = run(markdown, [finding('no-mixed-duties', 3, 3), finding('no-mixed-duties', 7, 3), finding('stage-fit', 7), finding('no-mixed-duties', 11, 3)])
    expect(shown).toEqual(['3:3 no-mixed-duties', '7:1 stage-fit', '11:3 no-mixed-duties'])
    expect(suppressed).toEqual(['7:3 no-mixed-duties'])
  })

  it('lets a disable at the top silence a document-level finding on the title line', () => {
    const markdown = '<!-- jdlint-disable no-two-jobs -- one person covers both at our size -->\n\n# Product Manager\n'
    const {shown, result} = run(markdown, [finding('no-two-jobs', 3)])
    expect(shown).toEqual([])
    expect(result.suppressed[0]!.suppressions).toEqual([{kind: 'directive', justification: 'one person covers both at our size'}])
  })

  it('lets disable-next-line right before the title silence the title line only', () => {
    const markdown = '<!-- jdlint-disable-next-line -->\n# Product Manager\n\n- Own the roadmap and run sprints\n'
    const {shown, suppressed} = run(markdown, [finding('no-two-jobs', 2), finding('title-matches-duties', 2), finding('no-mixed-duties', 4, 3)])
    expect(shown).toEqual(['4:3 no-mixed-duties'])
    expect(suppressed).toEqual(['2:1 no-two-jobs', '2:1 title-matches-duties'])
  })

  it('counts the next line from where a multi-line comment ends', () => {
    const markdown = '<!--\n  jdlint-disable-next-line no-mixed-duties\n-->\n- Own the roadmap and run sprints\n'
    expect(run(markdown, [finding('no-mixed-duties', 2), finding('no-mixed-duties', 4, 3)]).shown).toEqual(['2:1 no-mixed-duties'])
  })

  it('silences the line of an inline disable-line', () => {
    const markdown = '# PM\n\n- Own the roadmap and run sprints <!-- jdlint-disable-line no-mixed-duties -->\n- Write specs and set OKRs\n'
    expect(run(markdown, [finding('no-mixed-duties', 3, 3), finding('no-mixed-duties', 4, 3)]).shown).toEqual(['4:3 no-mixed-duties'])
  })

  it('silences the whole file with disable-file, wherever it stands', () => {
    const markdown = '# Product Owner\n\n- Run sprints\n\n<!-- jdlint-disable-file salary-band stage-fit -->\n'
    const {shown} = run(markdown, [finding('stage-fit', 1), finding('salary-band', 3), finding('no-two-jobs', 1)])
    expect(shown).toEqual(['1:1 no-two-jobs'])
    expect(run('# PO\n<!-- jdlint-disable-file -->\n', [finding('stage-fit', 1), finding('no-two-jobs', 1)]).shown).toEqual([])
  })

  it('re-enables one rule inside a blanket disable', () => {
    const markdown = '<!-- jdlint-disable -->\n\n<!-- jdlint-enable stage-fit -->\n\n# PM\n'
    expect(run(markdown, [finding('stage-fit', 5), finding('no-two-jobs', 5)]).shown).toEqual(['5:1 stage-fit'])
  })

  it('never silences fatal messages or messages without a rule', () => {
    const fatal: LintMessage = {...finding('no-two-jobs', 3), fatal: true}
    const directiveProblem: LintMessage = {...finding(null, 2), messageId: 'unknownRule'}
    const {shown} = run('<!-- jdlint-disable-file -->\n', [fatal, directiveProblem])
    expect(shown).toEqual(['2:1 unknownRule', '3:1 no-two-jobs'])
  })

  it('reports unused directives and unused ids with the chosen severity', () => {
    const markdown = [
      '<!-- jdlint-disable-next-line no-two-jobs, salary-band -->', // 1
      '# Product Manager', // 2
      '',
      '<!-- jdlint-disable-file -->', // 4
      '<!-- jdlint-disable stage-fit -->', // 5
      '<!-- jdlint-enable -->', // 6
    ].join('\n')
    // disable-file also covers line 2, but the next-line directive is credited too.
    const {result} = run(markdown, [finding('no-two-jobs', 2)], 'warn')
    expect(result.messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [1, 1, "Unused jdlint-disable-next-line directive (no problems were reported from 'salary-band')"],
      [5, 1, "Unused jdlint-disable directive (no problems were reported from 'stage-fit')"],
    ])
    const none = run('<!-- jdlint-disable -->\n# PM\n', [], 'error').result.messages
    expect(none.map((m) => [m.severity, m.messageId, m.message])).toEqual([[2, 'unusedDirective', 'Unused jdlint-disable directive (no problems were reported)']])
    expect(run('<!-- jdlint-disable -->\n# PM\n', [], 'off').shown).toEqual([])
  })

  it('reports several unused ids of one directive together', () => {
    const {result} = run('<!-- jdlint-disable-file stage-fit, salary-band -->\n', [], 'warn')
    expect(result.messages.map((m) => m.message)).toEqual(["Unused jdlint-disable-file directive (no problems were reported from 'stage-fit' or 'salary-band')"])
  })
})
