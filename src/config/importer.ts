/** Where bin/jdlint.js leaves an import() of its own for the bundle it runs. */
const IMPORT = Symbol.for('jdlint.import')

/**
 * Imports an ES module (a jdlint.config.js) by URL. Code that bin/jdlint.js compiles through
 * V8's code cache (vm.Script) has no module loader for import() of its own, so the command's
 * loader hands one over; the library and the tests, loaded as modules, use their own.
 */
export function importModule(url: string): Promise<unknown> {
  const provided = (globalThis as {[IMPORT]?: (url: string) => Promise<unknown>})[IMPORT]
  return provided ? provided(url) : import(url)
}
