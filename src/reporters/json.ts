import type {Reporter} from '../types.ts'

/** ESLint-compatible JSON: an array of results, each with `posting` added. */
export const json: Reporter = (results) => `${JSON.stringify(results)}\n`

export default json
