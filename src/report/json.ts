import type {Reporter, StreamingReporter} from '../model.ts'

/** ESLint-compatible JSON: an array of results, each with `posting` added; written file by file. */
export const jsonStream: StreamingReporter = () => {
  let first = true
  return {
    file(result) {
      const text = `${first ? '[' : ','}${JSON.stringify(result)}`
      first = false
      return text
    },
    end: () => (first ? '[]\n' : ']\n'),
  }
}

export const json: Reporter = (results, context) => {
  const stream = jsonStream(context)
  return results.map((r) => stream.file(r)).join('') + stream.end({fileCount: results.length, errorCount: 0, warningCount: 0})
}

export default json
