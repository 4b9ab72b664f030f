import { OPTION_LABELS, parseRunRequest } from '../config/run-request.js'
import { failOnRegression } from '../config/validate.js'
import { readBaseline } from '../report/files/read-baseline.js'
import { performTest as performParsed, type PerformOptions, type TestReport } from '../run/perform-test.js'
import { warnNote, type LoadTestOptions, type StressTestOptions } from './load-test.js'
import { detectProvenance } from '../run/provenance.js'

/** One complete test as the CLI runs it, from code: the options of `loadTest`, plus where the files go. */
export interface TestRequest
  extends
    Pick<
      LoadTestOptions,
      'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl' | 'workers' | 'warmup' | 'csv'
    >,
    Omit<PerformOptions, 'baseline'> {
  /** a preset or configured service name */
  service: string
  /** load (default) or stress */
  mode?: string
  /** the ramp of a stress test (see `stressTest`) */
  stress?: Pick<StressTestOptions, 'maxUsers' | 'rampUp' | 'steps' | 'stopOnBreak'>
  /** a previous run directory or its metrics.json to compare with (see `failOnRegression`) */
  baseline?: string
  /**
   * where the run came from and what ran it (default: `detectProvenance` of
   * this process's environment and working folder, as the CLI records it)
   */
  provenance?: PerformOptions['provenance']
}

/**
 * Plan, preflight, load, metrics, gate and the run directory, exactly as the
 * CLI does them; resolves with the exit code the CLI would return. Options are
 * checked (InputError naming the option) and the baseline read before any load.
 */
export async function performTest(options: TestRequest): Promise<TestReport> {
  const { stress, baseline, ...rest } = options
  const request = parseRunRequest({ ...rest, ...stress }, OPTION_LABELS)
  return performParsed(request, {
    ...rest,
    log: rest.log ?? warnNote,
    failOnRegression: failOnRegression('failOnRegression', rest.failOnRegression),
    baseline: baseline === undefined ? undefined : await readBaseline(baseline, 'baseline'),
    provenance: rest.provenance ?? (await detectProvenance(process.env, process.cwd()))
  })
}
