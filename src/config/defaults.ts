/**
 * The one home of every default and limit a user can see. The CLI's flag
 * defaults, the action's inputs (and action.yml, checked by a test), the
 * library's option defaults and the generated docs/reference pages all read these values.
 */
export const DEFAULTS = Object.freeze({
  mode: 'load',
  users: 10,
  /** seconds */
  duration: 60,
  maxUsers: 100,
  /** seconds */
  rampUp: 300,
  steps: 10,
  /** seconds per request */
  timeout: 10,
  /** `quick`: a light load on every service */
  quickUsers: 5,
  quickDuration: 10,
  /** `demo`: a quick test of each demo service */
  demoUsers: 5,
  demoDuration: 5,
  /** `ab`: seconds of each slice of load, sides alternating A B B A … */
  abSlice: 1,
  outputDir: 'reports/performance',
  failOn: 'critical',
  /**
   * Where `/metrics` is served when asked for without a port. Chosen clear of
   * Prometheus (9090), Pushgateway (9091), Alertmanager (9093), node_exporter
   * (9100) and Grafana (3000); 9464 is the port Prometheus exporters of
   * OpenTelemetry use, so it is rarely taken on a CI machine.
   */
  metricsPort: 9464,
  /** seconds /metrics stays up after the run */
  metricsLinger: 0,
  /** load generator threads (`auto`: the cores, less one when the target is on this machine) */
  workers: 1,
  /** seconds `--start`'s service has to become ready */
  waitTimeout: 60,
  monitoringDir: 'monitoring',
  /** `soak`: an hour, recorded as histograms */
  soakDuration: 3600,
  soakRecord: 'histograms'
} as const)

export const LIMITS = Object.freeze({
  users: 10000,
  /** seconds: one day */
  duration: 86400,
  rps: 1e6,
  /** seconds */
  timeout: 600,
  steps: 100,
  workers: 256,
  /** seconds */
  waitTimeout: 3600,
  /** seconds */
  metricsLinger: 3600
} as const)

export const MODES = ['load', 'stress', 'soak'] as const

/** How a run keeps its requests: each one (exact percentiles), or histograms (memory flat in the run's length). */
export const RECORD_MODES = ['requests', 'histograms'] as const
export type RecordMode = (typeof RECORD_MODES)[number]
export type Mode = (typeof MODES)[number]
