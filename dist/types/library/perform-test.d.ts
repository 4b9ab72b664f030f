import { type PerformOptions, type TestReport } from '../run/perform-test.js';
import { type LoadTestOptions, type StressTestOptions } from './load-test.js';
/** One complete test as the CLI runs it, from code: the options of `loadTest`, plus where the files go. */
export interface TestRequest extends Pick<LoadTestOptions, 'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl' | 'workers' | 'warmup' | 'csv'>, Omit<PerformOptions, 'baseline'> {
    /** a preset or configured service name */
    service: string;
    /** load (default) or stress */
    mode?: string;
    /** the ramp of a stress test (see `stressTest`) */
    stress?: Pick<StressTestOptions, 'maxUsers' | 'rampUp' | 'steps' | 'stopOnBreak'>;
    /** a previous run directory or its metrics.json to compare with (see `failOnRegression`) */
    baseline?: string;
    /**
     * where the run came from and what ran it (default: `detectProvenance` of
     * this process's environment and working folder, as the CLI records it)
     */
    provenance?: PerformOptions['provenance'];
}
/**
 * Plan, preflight, load, metrics, gate and the run directory, exactly as the
 * CLI does them; resolves with the exit code the CLI would return. Options are
 * checked (InputError naming the option) and the baseline read before any load.
 */
export declare function performTest(options: TestRequest): Promise<TestReport>;
