/**
 * The part of JSONPath a capture needs: one value by a fixed path,
 * `$.access_token`, `$.data.items[0].id`, `$['odd key']`. No filters, no
 * wildcards, no script: a capture names one value and must find exactly it.
 */
export type PathStep = string | number;
/** The steps of `path`, or a message saying why it is none. */
export declare function parseJsonPath(path: string): PathStep[] | string;
/** The value at `steps` in `doc`, or undefined when the path leads nowhere. */
export declare function atJsonPath(doc: unknown, steps: readonly PathStep[]): unknown;
