// CI reads a closing `N passed, N failed` line; vitest's own summary is not that. A file that
// fails with no failed test (it did not load, or a beforeAll threw) counts as one failure.
import type {Reporter, TestModule, TestRunEndReason} from 'vitest/node'
import type {SerializedError} from 'vitest'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, _reason: TestRunEndReason): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of modules) {
      let failedHere = 0
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else if (state === 'skipped') skipped++
      }
      failed += failedHere || (mod.state() === 'failed' ? 1 : 0)
    }
    failed += errors.length
    // Skipped tests (the browser tests on a machine without Chromium) are counted after them.
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
  }
}
