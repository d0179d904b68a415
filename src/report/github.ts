import path from 'node:path'
import type {Reporter} from '../model.ts'

// The same escaping as actions/toolkit's command.ts, which the runner undoes.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string | number): string {
  return escapeData(String(value)).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation line per message. */
export const github: Reporter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = path.relative(context.cwd, result.filePath).split(path.sep).join('/')
    for (const message of result.messages) {
      const properties = {
        file,
        line: message.line,
        col: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        title: `jdlint (${message.ruleId ?? 'fatal'})`,
      }
      const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',')
      lines.push(`::${message.severity === 2 ? 'error' : 'warning'} ${props}::${escapeData(message.message)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

