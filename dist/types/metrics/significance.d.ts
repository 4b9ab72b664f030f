/**
 * Two-sample significance tests the baseline comparison rests on. Pure
 * numbers in, p-values out: what counts as a regression is the gate's call.
 */
/**
 * Complementary error function (Numerical Recipes' erfcc: relative error
 * below 1.2e-7 everywhere, so small p-values stay meaningful; the table
 * behind simple-statistics' normal CDF stops at p = 0.002).
 */
export declare function erfc(x: number): number;
/** Two-sided p-value of the Mann–Whitney U test (normal approximation with tie correction). */
export declare function mannWhitneyP(a: readonly number[], b: readonly number[]): number;
/** Two-sided p-value that two failure proportions differ. */
export declare function twoProportionP(f1: number, n1: number, f2: number, n2: number): number;
