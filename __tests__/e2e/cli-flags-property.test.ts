import { expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createServer, type AddressInfo } from 'node:net'
import { CLI_LABELS } from '../../src/cli/common-options.js'
import { parseRunRequest } from '../../src/config/run-request.js'
import { runCli } from '../helpers/run-cli.js'

// The built CLI's side of __tests__/config/property.test.ts: random bad flag
// values, which the sources refuse, are refused by dist/cli.js too.

it('the built CLI: bad flag values exit 2 with one line, and never connect to the target', async () => {
  let connections = 0
  const server = createServer((s) => {
    connections++
    s.destroy()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const bad = fc
    .record({
      flag: fc.constantFrom('--users', '--duration', '--rps', '--timeout', '--max-users'),
      value: fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('0', '-1', '1e9', 'ten', '5x'))
    })
    .filter(({ flag, value }) => {
      const key = {
        '--users': 'users',
        '--duration': 'duration',
        '--rps': 'rps',
        '--timeout': 'timeout',
        '--max-users': 'maxUsers'
      }[flag]!
      const raw = {
        service: 's',
        mode: 'load',
        rps: flag === '--max-users' ? '10' : undefined,
        [key]: value
      }
      try {
        parseRunRequest(raw, CLI_LABELS)
        return false
      } catch {
        return !value.startsWith('-') // commander would read it as another flag
      }
    })
  try {
    for (const { flag, value } of fc.sample(bad, { numRuns: 15, seed: 42 })) {
      const args = ['load', 'pkd_service', '--base-url', url, flag, value]
      if (flag === '--max-users') args.push('--rps', '10')
      const run = await runCli(args)
      expect([flag, value, run.code]).toEqual([flag, value, 2])
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(new RegExp(`^perf-gate: ${flag}: `))
    }
    expect(connections).toBe(0)
  } finally {
    server.close()
  }
})
