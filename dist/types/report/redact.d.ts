export declare const REDACTED = "***";
/** Header values as they may be shown: credentials and environment values replaced. */
export declare function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string>;
/** Replaces every occurrence of a secret, in any form it takes (raw, %-encoded, JSON-escaped), in a string. */
export declare function redactText(text: string, secrets: readonly string[]): string;
/** A deep copy with every string redacted: the last safety net before anything is written. */
export declare function redactDeep<T>(value: T, secrets: readonly string[]): T;
