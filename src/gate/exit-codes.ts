/**
 * perf-gate's exit codes, the same for the CLI, the action's outcome and the
 * library's `exitCode`. docs/reference/exit-codes.md is generated from this table.
 */
export const EXIT_CODES = [
  { code: 0, name: 'passed', meaning: 'passed (warnings allowed unless `--fail-on warning`)' },
  {
    code: 1,
    name: 'failed',
    meaning:
      'the gate failed: a threshold at the `--fail-on` level, a gated regression against the baseline or A, or a threshold whose critical band held for its `abort_after` (the run stopped there; its partial results are kept)'
  },
  {
    code: 2,
    name: 'invalid_input',
    meaning: 'invalid input or config: nothing was run, nothing was written'
  },
  {
    code: 3,
    name: 'aborted',
    meaning:
      'a target could not be reached, or the run was aborted (partial results are kept); `merge`: a shard missing, stopped early or out of step (the merged run is kept)'
  }
] as const

export type ExitCode = (typeof EXIT_CODES)[number]['code']
