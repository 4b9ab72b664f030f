import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/gate/thresholds.ts
var THRESHOLD_NAMES = [
  "error_rate",
  "avg_response_time",
  "p50_response_time",
  "p95_response_time",
  "p99_response_time",
  "requests_per_second"
];
var THRESHOLD_DEFINITIONS = {
  error_rate: {
    metric: "error_rate",
    label: "Error rate",
    unit: "percent",
    higherIsBetter: false
  },
  avg_response_time: {
    metric: "average_response_time",
    label: "Average response time",
    unit: "seconds",
    higherIsBetter: false
  },
  p50_response_time: {
    metric: "median_response_time",
    label: "Median response time",
    unit: "seconds",
    higherIsBetter: false
  },
  p95_response_time: {
    metric: "p95_response_time",
    label: "95th percentile",
    unit: "seconds",
    higherIsBetter: false
  },
  p99_response_time: {
    metric: "p99_response_time",
    label: "99th percentile",
    unit: "seconds",
    higherIsBetter: false
  },
  requests_per_second: {
    metric: "requests_per_second",
    label: "Throughput",
    unit: "rps",
    higherIsBetter: true
  }
};
var DEFAULT_THRESHOLDS = Object.freeze({
  error_rate: { warning: 1, critical: 5 },
  avg_response_time: { warning: 1, critical: 3 },
  p95_response_time: { warning: 2, critical: 5 },
  requests_per_second: { warning: 10, critical: 1 }
});
var FAIL_ON_VALUES = ["critical", "warning", "never"];

export {
  THRESHOLD_NAMES,
  THRESHOLD_DEFINITIONS,
  DEFAULT_THRESHOLDS,
  FAIL_ON_VALUES
};
