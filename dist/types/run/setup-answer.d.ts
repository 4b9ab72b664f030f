export { requestCredentials } from '../config/secrets.js';
/** Long enough for an API's error object, short enough for one line of a CI log. */
export declare const MAX_SNIPPET = 300;
/**
 * A failed setup answer's body as one bounded line: JSON compacted (a pretty
 * printed error object used to show as its first line, `{`), any other text
 * with its line breaks folded. Redacted before it is cut, so no part of a
 * secret survives: the run's secrets, the values of credential-like fields
 * (`password`, `token`…) in the answer, and those the request held
 * literally (requestCredentials), which a server may echo back (in any
 * form: redactText looks for each one raw, %-, form- and JSON-encoded).
 */
export declare function answerSnippet(body: string, secrets: readonly string[]): string;
