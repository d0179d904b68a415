// CI reads a closing `N passed, N failed` line; vitest's own summary is not that. Files that fail
// to load count as failed.
import type {Reporter, TestModule, TestRunEndReason} from 'vitest/node'
import type {SerializedError} from 'vitest'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, _reason: TestRunEndReason): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of modules) {
      let ran = 0
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else if (state === 'skipped') skipped++
        ran++
      }
      if (ran === 0 && mod.state() === 'failed') failed++
    }
    failed += errors.length
    // Skipped tests (the browser tests on a machine without Chromium) are counted after them.
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
  }
}
