/**
 * Three projects, one worker pool:
 * - unit: the sources through ts-jest; no build, no bundle check, no child process
 *   (`npm run test:unit`: seconds, while editing);
 * - slow: from the sources too, but seconds of CPU each: statistical calibrations, thousands
 *   of fast-check cases, a million-request report;
 * - e2e: the built bundles (dist/cli.js, dist/index.js, dist/lib.js) run as child processes
 *   against servers on 127.0.0.1; its globalSetup refuses a stale dist/, and runs only
 *   when an e2e test is selected.
 * `npm test` and `make test` run all three.
 */
const SLOW = [
  'metrics/bootstrap-calibration.test.ts',
  'metrics/change-points-calibration.test.ts',
  'config/property.test.ts',
  'report/report-size.test.ts'
].map((f) => `<rootDir>/__tests__/${f}`)

const typescript = {
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // ts-jest without type checks (tsconfig isolatedModules); `make test` typechecks with tsc
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }] }
}

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...typescript,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/', ...SLOW]
    },
    { ...typescript, displayName: 'slow', testMatch: SLOW },
    {
      ...typescript,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/global-setup.mjs'
    }
  ],
  // the slowest files first, also on a fresh clone that has no timings of its own
  testSequencer: '<rootDir>/__tests__/helpers/slow-first-sequencer.mjs',
  testTimeout: 60000,
  // e2e tests start servers and child processes; two workers match the 2-core CI machine
  maxWorkers: 2
}
