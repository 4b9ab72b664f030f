/**
 * Replaces `${VAR}` / `${VAR:-default}` in header values from `env`.
 * Every interpolated value, and every value of a credential-like header, is
 * pushed to `secrets` so that reports and logs can redact it.
 */
export declare function interpolateHeaders(headers: Record<string, string>, env: Readonly<Record<string, string | undefined>>, where: string, secrets: string[]): Record<string, string>;
/**
 * Replaces `${VAR}` / `${VAR:-default}` in a path or body from `env`; each
 * value is a secret, and goes in through `encode` (%-encoded in a path,
 * JSON-escaped in a JSON body).
 */
export declare function interpolateText(text: string, env: Readonly<Record<string, string | undefined>>, where: string, secrets: string[], encode: (value: string) => string): string;
export declare function isSensitiveHeader(name: string): boolean;
