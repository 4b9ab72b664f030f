import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { runSetup } from '../../src/run/setup-step.js'
import { MAX_SNIPPET } from '../../src/run/setup-answer.js'
import { tempDir } from '../helpers/run-cli.js'

/** Answers /user with a pretty-printed 409 that echoes the request body, and /big with 5 kB of text. */
let server: http.Server
let port = 0
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      if (req.url === '/big') {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('first line\n' + 'x'.repeat(5000))
        return
      }
      const sent = JSON.parse(body) as Record<string, string>
      res.writeHead(409, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify(
          {
            error: 'user already exists',
            echo: sent,
            hint: `the key ${process.env.NEVER ?? 'ENV-SECRET-VALUE'} is in use`,
            session: 'server-session-id'
          },
          null,
          2
        )
      )
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

async function target(path: string) {
  const file = join(await tempDir(), 'perf-gate.yml')
  await writeFile(
    file,
    [
      'services:',
      '  api:',
      `    base_url: http://127.0.0.1:${port}`,
      '    endpoints: [{ path: /x }]',
      '    setup:',
      `      - path: ${path}`,
      '        method: PUT',
      '        body: { name: alice, password: literal-hunter2, key: "${API_SECRET}" }',
      ''
    ].join('\n')
  )
  const config = await loadConfig({ file, env: { API_SECRET: 'ENV-SECRET-VALUE' } })
  return resolveTarget(config, 'api')
}

async function failure(path: string): Promise<string> {
  const t = await target(path)
  return runSetup(t, 2).then(
    () => 'no error',
    (e: Error) => e.message
  )
}

describe('a failed setup answer', () => {
  it('shows the whole JSON body on one line, compacted, with every credential redacted', async () => {
    const message = await failure('/user')
    expect(message).toBe(
      '❌ setup PUT /user of api answered HTTP 409: ' +
        '{"error":"user already exists","echo":{"name":"alice","password":"***","key":"***"},' +
        '"hint":"the key *** is in use","session":"***"}; the load was not started'
    )
    expect(message).not.toContain('literal-hunter2')
    expect(message).not.toContain('ENV-SECRET-VALUE')
    expect(message).not.toContain('server-session-id')
  })

  it('folds a text body onto one line and bounds it', async () => {
    const message = await failure('/big')
    expect(message.split('\n')).toHaveLength(1)
    const shown = message.replace(/^.*answered HTTP 500: /, '').replace(/; the load was not started$/, '')
    expect(shown).toHaveLength(MAX_SNIPPET)
    expect(shown).toMatch(/^first line x+…$/)
  })
})
