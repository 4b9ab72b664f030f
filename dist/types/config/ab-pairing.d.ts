/**
 * How an A/B run shares the machine between its sides: `alternate`, one side
 * at a time (A B B A …); `duet`, both at once, slice beside slice, so that a
 * noisy neighbour's burst slows both alike (duet benchmarking: Bulej et al.,
 * "Duet Benchmarking: Improving Measurement Accuracy in the Cloud", 2020).
 */
export declare const AB_PAIRINGS: readonly ["alternate", "duet"];
export type AbPairing = (typeof AB_PAIRINGS)[number];
