import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { makeTestPki, startHttpsTarget, type HttpsTarget } from '../helpers/tls-certs.js'

// https targets through the built CLI and library: certificates and host names
// are checked in the preflight and in the load, a private CA is trusted on
// request, and --insecure is said wherever the run is reported.
type Lib = typeof import('../../src/index.js')

let dir: string
let caFile: string
/** certificate for localhost and 127.0.0.1, signed by the test CA */
let good: HttpsTarget
/** certificate signed by the test CA, for another host name */
let wrongHost: HttpsTarget
let config: string

beforeAll(async () => {
  dir = await tempDir('perf-gate-tls-')
  const pki = makeTestPki(dir)
  caFile = pki.caFile
  good = await startHttpsTarget(pki.leaf('good', ['localhost', '127.0.0.1']))
  wrongHost = await startHttpsTarget(pki.leaf('wrong', ['wrong.example']))
  config = join(dir, 'perf-gate.yml')
  await writeFile(
    config,
    [
      'services:',
      '  good:',
      `    base_url: ${good.url}`,
      '    headers: { Authorization: "Bearer ${TLS_TEST_TOKEN}" }',
      '    endpoints: [{ path: / }]',
      '  wrong:',
      `    base_url: ${wrongHost.url}`,
      '    headers: { Authorization: "Bearer ${TLS_TEST_TOKEN}" }',
      '    endpoints: [{ path: / }]',
      ''
    ].join('\n')
  )
})
afterAll(async () => {
  await good?.close()
  await wrongHost?.close()
})

const TOKEN = { TLS_TEST_TOKEN: 'tls-secret-token-77' }
const load = (service: string, out: string, ...args: string[]) =>
  runCli(
    ['load', service, '--config', config, '--users', '2', '--duration', '1', '--output-dir', out, ...args],
    {
      env: TOKEN
    }
  )

describe('https targets are verified', () => {
  it('an untrusted certificate stops the run before any request: one line naming the fixes, exit 3', async () => {
    const out = join(dir, 'untrusted')
    const before = good.requests
    const run = await load('good', out)
    expect(run.code).toBe(3)
    expect(run.stderr.trim()).toMatch(
      /^❌ good at https:\/\/localhost:\d+: TLS certificate not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE: .*\); trust its CA with --ca FILE .*, or skip the check with --insecure \(config tls\.insecure, action input insecure\)$/
    )
    expect(good.requests).toBe(before)
    expect(existsSync(out)).toBe(false)
  })

  it('--ca trusts a private CA: the run is measured, with no warning', async () => {
    const out = join(dir, 'with-ca')
    const run = await load('good', out, '--ca', caFile, '--json')
    expect(run.stderr).not.toMatch(/not verified/)
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.error_rate).toBe(0)
    expect(result.total_requests).toBeGreaterThan(10)
    const doc = JSON.parse(await readFile(result.metrics_file, 'utf8'))
    expect(doc.config.tls_insecure).toBeUndefined()
  })

  it('NODE_EXTRA_CA_CERTS is honoured as Node honours it', async () => {
    const run = await runCli(
      ['load', 'good', '--config', config, '--duration', '1', '--output-dir', join(dir, 'extra'), '--quiet'],
      { env: { ...TOKEN, NODE_EXTRA_CA_CERTS: caFile } }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('a certificate for another host name is refused, even from a trusted CA', async () => {
    const run = await load('wrong', join(dir, 'wrong-host'), '--ca', caFile)
    expect(run.code).toBe(3)
    expect(run.stderr.trim()).toMatch(
      /TLS certificate is for another host name \(ERR_TLS_CERT_ALTNAME_INVALID: .*localhost.*; use the host name it was issued for/
    )
    expect(wrongHost.requests).toBe(0)
  })

  it('--insecure runs anyway and says so in the output, metrics.json, summary.md and report.html', async () => {
    const out = join(dir, 'insecure')
    const run = await load('wrong', out, '--insecure', '--json')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.error_rate).toBe(0)
    const warning =
      /The certificate of https:\/\/localhost:\d+ was not verified \(--insecure, tls\.insecure or input insecure\)/
    expect(run.stderr).toMatch(warning)
    const doc = JSON.parse(await readFile(result.metrics_file, 'utf8'))
    expect(doc.config.tls_insecure).toBe(true)
    expect(await readFile(result.summary_file, 'utf8')).toMatch(
      new RegExp(`> \\[!WARNING\\]\\n> ${warning.source}`)
    )
    expect(await readFile(result.report_html, 'utf8')).toMatch(warning)
    // the credential went to an unverified server, but is still in no file
    for (const f of [result.metrics_file, result.summary_file, result.report_html])
      expect(await readFile(f, 'utf8')).not.toContain(TOKEN.TLS_TEST_TOKEN)
  })

  it('the load itself verifies, not only the preflight: every request fails as `tls`, none reaches the server', async () => {
    const lib = (await import(pathToFileURL(join(ROOT, 'dist/lib.js')).href)) as Lib
    const before = wrongHost.requests
    const result = await lib.loadTest({
      service: { name: 'wrong', base_url: wrongHost.url, endpoints: [{ path: '/' }] },
      config: await lib.loadConfig({ tls: { ca: caFile } }),
      users: 2,
      duration: 1,
      skipPreflight: true
    })
    const metrics = lib.calculateMetrics(result)
    expect(metrics.total_requests).toBeGreaterThan(0)
    expect(metrics.error_types).toEqual({ tls: metrics.total_requests })
    expect(wrongHost.requests).toBe(before)
  })
})
