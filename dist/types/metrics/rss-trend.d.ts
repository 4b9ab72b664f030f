/**
 * Is the service's memory growing? RSS fitted against time by least
 * squares, the slope's 95% interval widened for autocorrelation. Readings
 * a second apart are far from independent (a heap grows and is collected
 * over many seconds): the textbook OLS interval, which takes each as new
 * evidence, would be far too narrow and call noise a leak. Here the
 * residuals' lag-1 autocorrelation r (corrected for its small-sample bias)
 * widens the OLS interval as AR(1) noise does, and turns the n readings
 * into n(1 − r)/(1 + r) effective ones for Student's t (the effective sample
 * size of Santer et al. 2000, J. Geophys. Res. 105:7337). A moving-block
 * bootstrap of the residuals was tried first: on AR(1) noise with r 0.8 it
 * called a flat series a trend in 16% of runs, this in 6.5%
 * (docs/statistics.md). Pure numbers in, a slope and its interval out.
 */
/** One point of the series as the fit reads it: seconds since the run began, bytes. */
export interface RssPoint {
    second: number;
    rss_bytes: number;
}
export interface RssTrend {
    /** the fitted slope, bytes per hour */
    bytes_per_hour: number;
    /** the slope's interval at `level`, bytes per hour; the gate judges `ci_low` */
    ci_low: number;
    ci_high: number;
    level: number;
    /** the span fitted (seconds since the run began): after the warm-up and the run's first fifth */
    from_second: number;
    to_second: number;
    /** samples fitted */
    points: number;
    /** the fitted line's RSS at `from_second`, bytes: with the slope, the trend line the report draws */
    start_bytes: number;
    method: 'ols_ar1_effective_n';
    /** the residuals' lag-1 autocorrelation, bias-corrected, between 0 and 0.99 */
    lag1_autocorrelation: number;
    /** the samples as independent ones: points·(1 − r)/(1 + r); the t quantile's degrees of freedom are this less 2 (at least 1) */
    effective_points: number;
}
/** Fewer samples than this in the fitted span and no trend is fitted (the leak threshold is then not judged). */
export declare const MIN_TREND_POINTS = 10;
/** The run's first part left out of the fit: allocation that settles (caches, JIT, pools) is no leak. */
export declare const TREND_SKIP_SHARE = 0.2;
export declare const TREND_SKIP_MAX_SEC = 600;
/**
 * The fit's first second: after the warm-up (its samples are before 0) and
 * the first fifth of the run, at most its first 10 minutes.
 */
export declare function trendStart(runSeconds: number): number;
/**
 * The lag-1 autocorrelation of a fit's residuals, corrected for the bias of
 * its estimate from n points with a mean and a slope removed (about
 * −(1 + 4r)/n), then held within [0, 0.99]: a negative one would narrow the
 * interval below OLS's, which per-second memory never earns.
 */
export declare function lag1Autocorrelation(residuals: ArrayLike<number>): number;
/**
 * RSS against time over `points` (already cut to the span to fit): the OLS
 * slope and its 95% interval. The OLS variance of the slope is multiplied by
 * (1 + r)/(1 − r), what AR(1) residuals with lag-1 autocorrelation r add to
 * it, and the t quantile takes n·(1 − r)/(1 + r) − 2 degrees of freedom (at
 * least 1: a series that wanders more than it trends gets an interval 12.7
 * standard errors wide, not none). A string says why there is no fit: too
 * few points.
 */
export declare function fitRssTrend(points: readonly RssPoint[]): RssTrend | string;
