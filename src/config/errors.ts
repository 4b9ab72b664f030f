import { escapeControlCharacters } from './http-grammar.js'

/**
 * Errors that map to the CLI's exit codes (docs/reference/exit-codes.md). The core throws them;
 * only the faces turn them into exit codes and messages.
 */

/** Invalid input or config: nothing was run (exit 2). */
export class InputError extends Error {
  override readonly name = 'InputError'
  readonly exitCode = 2
  constructor(
    /** the flag, input or config field at fault, e.g. `--users` or `perf-gate.yml:4 services.api.base_url` */
    readonly field: string,
    /** what is wrong and the fix, without the field */
    readonly detail: string
  ) {
    // a field name can come from the input itself (a header name with a CR/LF): shown escaped, on one line
    super(`${escapeControlCharacters(field)}: ${detail}`)
  }
}

/** A target could not be reached, or the run was aborted (exit 3). */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError'
  readonly exitCode = 3
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError'
}

export function isUnreachableError(e: unknown): e is UnreachableError {
  return e instanceof Error && e.name === 'UnreachableError'
}
