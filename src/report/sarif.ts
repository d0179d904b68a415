import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {DOCS_BASE} from '../rule.ts'
import type {LintMessage, Range, Reporter, SeverityName} from '../model.ts'

const SRCROOT = '%SRCROOT%'

const LEVELS: Record<SeverityName, 'error' | 'warning' | 'none'> = {error: 'error', warn: 'warning', off: 'none'}

function pascalCase(id: string): string {
  return id.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())
}

// Code scanning resolves `uri` against %SRCROOT%, so it must be a relative URI reference, escaped per segment.
function artifactUri(filePath: string, cwd: string): {uri: string; uriBaseId?: string} {
  const relative = path.relative(cwd, filePath)
  // On Windows a file on another drive has no relative path.
  if (path.isAbsolute(relative)) return {uri: pathToFileURL(filePath).href}
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT}
}

function region(range: Range) {
  return {startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn}
}

function fingerprint(message: LintMessage, uri: string): string {
  return createHash('sha256')
    .update([message.ruleId, uri, message.line, message.message].join('\0'))
    .digest('hex')
}

/** SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers; fatal messages become tool notifications. */
export const sarif: Reporter = (results, context) => {
  // Code-unit order, not locale order, so the log and its rule indexes are the same on every machine.
  const rules = Object.values(context.rulesMeta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const sarifResults: object[] = []
  const notifications: object[] = []

  for (const result of results) {
    const artifactLocation = artifactUri(result.filePath, context.cwd)
    for (const message of result.messages) {
      const location = {physicalLocation: {artifactLocation, region: region(message)}}
      if (message.fatal || message.ruleId === null) {
        notifications.push({level: 'error', message: {text: message.message}, locations: [location]})
        continue
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId),
        level: message.severity === 2 ? 'error' : 'warning',
        message: {text: message.message},
        locations: [location],
        relatedLocations: message.relatedLocations?.map((related, id) => ({
          id,
          physicalLocation: {artifactLocation, region: region(related)},
          message: {text: related.message},
        })),
        partialFingerprints: {'jdlint/v1': fingerprint(message, artifactLocation.uri)},
      })
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jdlint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: DOCS_BASE.replace(/\/blob\/.*$/, ''),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: {text: rule.description},
              fullDescription: {text: rule.rationale},
              helpUri: rule.docs,
              help: {text: `${rule.description}. ${rule.rationale}\nDocumentation: ${rule.docs}`},
              defaultConfiguration: {level: LEVELS[rule.severity]},
              properties: {tags: ['job-posting']},
            })),
          },
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        originalUriBaseIds: {[SRCROOT]: {uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}},
        // Positions come from JavaScript strings.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

