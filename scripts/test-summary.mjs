#!/usr/bin/env node
// Prints jest's totals as one plain last line, `N passed, N failed`, for CI to count
// (skipped tests, when there are any, on the line before it).
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? 'test-output/jest.json'
let r
try {
  r = JSON.parse(readFileSync(file, 'utf8'))
} catch {
  console.log('0 passed, 1 failed')
  process.exit(0)
}
const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)
const skipped = r.numPendingTests + (r.numTodoTests ?? 0)
if (skipped) console.log(`${skipped} skipped`)
console.log(`${r.numPassedTests} passed, ${failed} failed`)
