/**
 * The secrets worth handing to a log masker (the action's `core.setSecret`):
 * values only. A credential header written as a template (`Authorization:
 * Bearer {{token}}`) is kept among a target's secrets so reports redact it,
 * but its text is no value: masking it would hide the config's own wording
 * and nothing else, while the value that fills it (the captured token) is a
 * secret of its own once known. Empty strings would mask nothing useful.
 */
export declare function maskable(secrets: readonly string[]): string[];
