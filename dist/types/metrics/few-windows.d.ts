import type { ChangeInterval, ChangeKind, WindowSeries } from './bootstrap.js';
/**
 * Two short runs (fewer whole seconds than a block bootstrap needs, at
 * least this many each) still decide when their seconds do not overlap:
 * two stable 5 s runs at 20.7 ms and 26.6 ms are a change, not "run longer".
 */
export declare const MIN_FEW_WINDOWS = 3;
/**
 * The change between two short runs: Welch's t interval on the windows'
 * figures (a ratio of means in log space for a relative change), each
 * side's variance inflated by its lag-1 autocorrelation, since neighbouring
 * seconds of a run share the machine's state and a plain t interval on
 * them is too narrow. Student's t with Welch–Satterthwaite degrees of
 * freedom makes the interval as wide as a handful of windows deserves.
 * Undefined when a side has fewer than MIN_FEW_WINDOWS windows with a figure.
 */
export declare function fewWindowsChange(baseline: WindowSeries, current: WindowSeries, kind: ChangeKind): ChangeInterval | undefined;
