/** Student's t 97.5% quantile (two-sided 95%) for df degrees of freedom. */
export declare function tQuantile975(df: number): number;
