import type {StreamingReporter} from '../model.ts'

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
