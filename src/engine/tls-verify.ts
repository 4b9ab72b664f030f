import tls from 'node:tls'
import { isIP } from 'node:net'
import { VERIFIED_TLS, type TlsSettings } from '../config/tls.js'
import type { AutocannonClient } from './autocannon-client.js'
import { isTlsErrorCode } from './error-types.js'

/** The options of a verified (or, with `--insecure`, unverified) TLS connection to `host`. */
export function tlsConnectOptions(host: string, settings: TlsSettings = VERIFIED_TLS): tls.ConnectionOptions {
  return { ...(isIP(host) ? {} : { servername: host }), ...trustOptions(settings) }
}

function trustOptions(settings: TlsSettings): tls.ConnectionOptions {
  return {
    rejectUnauthorized: settings.verify,
    // a CA list replaces the built-in roots: keep them beside the private CA
    ...(settings.verify && settings.ca ? { ca: [...tls.rootCertificates, ...settings.ca] } : {})
  }
}

type Connect = (port: number, host: string, options: tls.ConnectionOptions) => tls.TLSSocket

/**
 * autocannon connects with `rejectUnauthorized: false` written over any
 * option (by design: mcollina/autocannon#30), so a load test would send its
 * API key to any certificate. This makes one client's connections verified:
 * while its `_connect` runs (synchronously), `tls.connect` adds the checks.
 * Checking `socket.authorized` after the handshake would be too late: the
 * first request is already written and leaves with the handshake.
 */
export function verifyClientTls(client: AutocannonClient, settings: TlsSettings): void {
  if (!settings.verify) return
  const verified = trustOptions(settings)
  const connect = client._connect
  const mutable = tls as unknown as { connect: Connect }
  client._connect = function (this: AutocannonClient) {
    const real = mutable.connect
    mutable.connect = (port, host, options) => real(port, host, { ...options, ...verified })
    try {
      connect.call(this)
    } finally {
      mutable.connect = real
    }
  }
}

/** A TLS failure explained with its fix, or undefined when `error` is no TLS failure. */
export function tlsFailure(error: { code?: string; message?: string }): string | undefined {
  const code = error.code ?? ''
  if (!isTlsErrorCode(code)) return undefined
  if (/ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG/.test(code))
    return `TLS handshake failed (${code}): the port does not speak TLS; is the URL http:// rather than https://?`
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `TLS certificate is for another host name (${code}: ${error.message ?? ''}); use the host name it was issued for, or skip the check with --insecure (config tls.insecure, action input insecure)`
  return `TLS certificate not trusted (${code}: ${error.message ?? ''}); trust its CA with --ca FILE (config tls.ca, action input ca, or NODE_EXTRA_CA_CERTS), or skip the check with --insecure (config tls.insecure, action input insecure)`
}
