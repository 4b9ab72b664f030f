import tls from 'node:tls';
import { type TlsSettings } from '../config/tls.js';
import type { AutocannonClient } from './autocannon-client.js';
/** The options of a verified (or, with `--insecure`, unverified) TLS connection to `host`. */
export declare function tlsConnectOptions(host: string, settings?: TlsSettings): tls.ConnectionOptions;
/**
 * autocannon connects with `rejectUnauthorized: false` written over any
 * option (by design: mcollina/autocannon#30), so a load test would send its
 * API key to any certificate. This makes one client's connections verified:
 * while its `_connect` runs (synchronously), `tls.connect` adds the checks.
 * Checking `socket.authorized` after the handshake would be too late: the
 * first request is already written and leaves with the handshake.
 */
export declare function verifyClientTls(client: AutocannonClient, settings: TlsSettings): void;
/** A TLS failure explained with its fix, or undefined when `error` is no TLS failure. */
export declare function tlsFailure(error: {
    code?: string;
    message?: string;
}): string | undefined;
