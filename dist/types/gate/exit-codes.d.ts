/**
 * perf-gate's exit codes, the same for the CLI, the action's outcome and the
 * library's `exitCode`. docs/reference/exit-codes.md is generated from this table.
 */
export declare const EXIT_CODES: readonly [{
    readonly code: 0;
    readonly name: "passed";
    readonly meaning: "passed (warnings allowed unless `--fail-on warning`)";
}, {
    readonly code: 1;
    readonly name: "failed";
    readonly meaning: "the gate failed: a threshold at the `--fail-on` level, a gated regression against the baseline or A, or a threshold whose critical band held for its `abort_after` (the run stopped there; its partial results are kept)";
}, {
    readonly code: 2;
    readonly name: "invalid_input";
    readonly meaning: "invalid input or config: nothing was run, nothing was written";
}, {
    readonly code: 3;
    readonly name: "aborted";
    readonly meaning: "a target could not be reached, or the run was aborted (partial results are kept); `merge`: a shard missing, stopped early or out of step (the merged run is kept)";
}];
export type ExitCode = (typeof EXIT_CODES)[number]['code'];
