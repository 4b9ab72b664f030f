/**
 * The secrets worth handing to a log masker (the action's `core.setSecret`):
 * values only. A credential header written as a template (`Authorization:
 * Bearer {{token}}`) is kept among a target's secrets so reports redact it,
 * but its text is no value: masking it would hide the config's own wording
 * and nothing else, while the value that fills it (the captured token) is a
 * secret of its own once known. Empty strings would mask nothing useful.
 * Each value goes with its encoded forms (%-encoded, JSON-escaped): a value
 * in a path is logged as the request line carries it.
 */
export declare function maskable(secrets: readonly string[]): string[];
/**
 * Every form a secret takes on its way out: as it is, %-encoded as a path
 * or query carries it (encodeURIComponent, encodeURI, and the request line's
 * own encoding, which leaves `/?&=` alone; form-encoded) and JSON-escaped (a body, a
 * document). A value put in a path is %-encoded before anything sees it, so
 * looking for the raw value alone let the encoded one through.
 */
export declare function secretForms(secret: string): string[];
/**
 * The values a request holds literally in credential-like fields of its
 * body (JSON or form-encoded) or its query string (`/login?password=…`):
 * secrets written in the config, which no `${VAR}` marked as such.
 */
export declare function requestCredentials(request: {
    path: string;
    body?: string;
}): string[];
