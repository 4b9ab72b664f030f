import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export interface TestPki {
  /** PEM of the test CA */
  caFile: string
  /** key and certificate signed by the CA for `hosts` */
  leaf(name: string, hosts: string[]): { key: string; cert: string }
}

/** A throwaway CA made with openssl (P-256, valid 2 days): what a company's private CA looks like to perf-gate. */
export function makeTestPki(dir: string): TestPki {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  ssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=perf-gate test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  )
  return {
    caFile: join(dir, 'ca.pem'),
    leaf(name, hosts) {
      const san = hosts.map((h) => (/^[\d.]+$/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',')
      writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`)
      ssl('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${hosts[0]}`)
      ssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        `${name}.pem`,
        '-days',
        '2',
        '-extfile',
        `${name}.ext`
      )
      return {
        key: readFileSync(join(dir, `${name}.key`), 'utf8'),
        cert: readFileSync(join(dir, `${name}.pem`), 'utf8')
      }
    }
  }
}

export interface HttpsTarget {
  url: string
  /** HTTP requests that reached the server (a failed handshake never does) */
  requests: number
  close(): Promise<void>
}

/** An https server on 127.0.0.1 answering `ok`, counting the requests that got through. */
export async function startHttpsTarget(credentials: { key: string; cert: string }): Promise<HttpsTarget> {
  const target = { url: '', requests: 0, close: async () => undefined as void }
  const server: Server = createServer(credentials, (_req, res) => {
    target.requests++
    res.end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  target.url = `https://localhost:${(server.address() as AddressInfo).port}`
  target.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections()
      server.close(() => r())
    })
  return target
}
