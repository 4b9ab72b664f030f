/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // every run, however started (npm test, npx jest, make test), refuses a stale dist/
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
  testTimeout: 60000,
  // e2e tests start servers and child processes; two workers match the 2-core CI machine
  maxWorkers: 2
}
