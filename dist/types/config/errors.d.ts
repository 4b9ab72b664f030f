/**
 * Errors that map to the CLI's exit codes (docs/reference/exit-codes.md). The core throws them;
 * only the faces turn them into exit codes and messages.
 */
/** Invalid input or config: nothing was run (exit 2). */
export declare class InputError extends Error {
    /** the flag, input or config field at fault, e.g. `--users` or `perf-gate.yml:4 services.api.base_url` */
    readonly field: string;
    /** what is wrong and the fix, without the field */
    readonly detail: string;
    readonly name = "InputError";
    readonly exitCode = 2;
    constructor(
    /** the flag, input or config field at fault, e.g. `--users` or `perf-gate.yml:4 services.api.base_url` */
    field: string, 
    /** what is wrong and the fix, without the field */
    detail: string);
}
/** A target could not be reached, or the run was aborted (exit 3). */
export declare class UnreachableError extends Error {
    readonly name = "UnreachableError";
    readonly exitCode = 3;
}
export declare function isInputError(e: unknown): e is InputError;
export declare function isUnreachableError(e: unknown): e is UnreachableError;
