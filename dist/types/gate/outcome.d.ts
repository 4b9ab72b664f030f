import type { FailOn } from '../config/thresholds.js';
import type { FailOnRegression } from '../config/regression.js';
import { type Comparison } from './compare.js';
import { type Status, type ThresholdCheck, type Verdict } from './evaluate.js';
import type { ExitCode } from './exit-codes.js';
/** What a run's outcome is made of, each one said once in every view. */
export type ReasonKind = 'threshold' | 'not_enough_requests' | 'not_judged' | 'regression' | 'inconclusive' | 'partial' | 'data_used_up' | 'generator_saturated' | 'threshold_abort' | 'invalid_input' | 'unreachable';
export interface OutcomeReason {
    kind: ReasonKind;
    /** this reason alone sets the exit code (a critical threshold under `--fail-on critical`, a gated regression, a partial run) */
    decides: boolean;
    /** a threshold's check or a compared metric: its name (`p95_response_time`) */
    name?: string;
    /** a threshold's check: `overall`, or the endpoint (`GET /v1/crl`); a compared step: its endpoint */
    scope?: string;
    /** the reason in words, for people: `95th percentile (GET /a): critical` */
    text: string;
}
/** A run's verdict, why, and the exit code every face returns for it. */
export interface Outcome {
    /** the thresholds' worst status, or `fail` when a gated comparison failed the run */
    verdict: Verdict;
    /** what every face returns for the run (docs/reference/exit-codes.md) */
    exit_code: ExitCode;
    /** the verdict's rule in a few words: `fail-on critical`, and the comparison's when it failed the run */
    summary: string;
    /** every threshold crossed, comparison that regressed or was inconclusive, a partial run, rows used up, a saturated generator */
    reasons: OutcomeReason[];
}
/** What a finished run (or a comparison of two) brings to its outcome. */
export interface RunFacts {
    /** the threshold checks (none for a comparison alone, `compare`) */
    checks?: readonly Pick<ThresholdCheck, 'name' | 'scope' | 'label' | 'status' | 'not_enough_requests' | 'not_judged'>[];
    failOn: FailOn;
    /** against a baseline run, or B against A */
    comparison?: {
        result: Pick<Comparison, 'metrics'>;
        failOnRegression: FailOnRegression;
        /** how the reasons name the other side */
        against: 'the baseline' | 'A';
    };
    /** stopped before its end (a signal, a failure; `merge`: a shard missing or out of step) */
    partial?: boolean;
    abortReason?: string;
    /** the load ended early without failing: a `unique` data file used up */
    stoppedEarly?: string;
    /** the load generator was the bottleneck: the figures understate the service */
    generatorSaturated?: boolean;
    /**
     * a threshold's critical band held for its `abort_after` and stopped the
     * run: it fails the gate (exit 1) whatever `failOn` says, as the rule asked
     */
    thresholdAbort?: {
        name: string;
        scope: string;
        label: string;
        abort_after: number;
    };
}
/** What a finished run records of itself, as a run in memory or its metrics.json read back has it. */
export interface RunRecord {
    mode: string;
    failOn: FailOn;
    /** its comparison with a baseline run, or in an A/B run B's with A */
    baseline?: {
        comparison: Pick<Comparison, 'metrics'>;
        fail_on_regression: FailOnRegression;
    };
    partial: boolean;
    abortReason?: string;
    stoppedEarly?: string;
    thresholdAbort?: RunFacts['thresholdAbort'];
}
/** A run's record as the outcome's facts: the same for a fresh run and one read back. */
export declare function factsOfRun(r: RunRecord): Omit<RunFacts, 'checks' | 'generatorSaturated'>;
/** A run that never produced results: refused input (exit 2) or a target that could not be reached (exit 3). */
export interface Failure {
    failure: 'invalid_input' | 'unreachable';
    message: string;
}
/**
 * The one rule of a run's outcome: the thresholds' worst status against
 * `failOn`, a gated comparison, and a partial run. Every face, renderer and
 * the library read its result; none decides again.
 */
export declare function decideOutcome(facts: RunFacts | Failure): Outcome;
/**
 * How every view marks a check on answers (`check:`) that failed, from the
 * outcome rather than each view's own rule: a failed check is a failed
 * request, so the thresholds on those (error_rate, check_pass_rate) and
 * `fail_on` already judged it. It fails where the gate failed the run, and
 * only warns where the run passed (a warning band, `fail_on: never`): a
 * view that showed ❌ beside a passing exit code, or passed it beside a
 * failing one, would contradict the gate.
 */
export declare function answerCheckStatus(outcome: Pick<Outcome, 'exit_code'>, failed: number): Status;
/**
 * Several runs as one command's result (`quick`, `all`, `demo`): aborted
 * when nothing ran or a run was stopped, failed when any failed or any
 * service could not be reached.
 */
export declare function combineOutcomes(outcomes: readonly Outcome[]): ExitCode;
