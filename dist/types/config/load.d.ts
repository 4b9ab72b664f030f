import type { AbPairing } from './ab-pairing.js';
import type { DriftConfig } from './drift.js';
import { type TlsSettings } from './tls.js';
import { type FailOn, type Thresholds } from './thresholds.js';
import type { ServiceConfig } from './schema.js';
import type { CsvChoice } from './csv-choice.js';
import { type FailOnRegression, type Tolerances } from './regression.js';
/** Everything a run needs from presets, the config file and the environment. */
export interface PerfGateConfig {
    services: Record<string, ServiceConfig>;
    thresholds: Thresholds;
    failOn?: FailOn;
    /** the file's top-level `csv`: which requests results.csv keeps, for every service without its own */
    csv?: CsvChoice;
    /** baseline comparisons: how large a change must be, per metric, and when one fails the run */
    tolerances?: Tolerances;
    failOnRegression?: FailOnRegression;
    /** values to redact everywhere; resolving a service adds its credentials and `${ENV}` values */
    secrets: string[];
    /** the environment `${VAR}` in headers is filled from, when a service is resolved */
    env: Env;
    /** soak runs: the file's own drift bands and windows (each service may set its own) */
    drift?: DriftConfig;
    /** where the config came from, for messages */
    source?: string;
    /** the line of each field of the config file, by its path (`services.api.endpoints[0].path`), for messages */
    fieldLines?: Record<string, number>;
    /** services the config file defines or overrides, in file order (empty without a file) */
    fileServices: string[];
    /** how https targets are verified */
    tls: TlsSettings;
    /** the file's `ab.max_duration` (seconds), and how messages name it */
    abMaxDuration?: {
        seconds: number;
        field: string;
    };
    /** the file's `ab.pairing` */
    abPairing?: AbPairing;
}
/** A config is a page of YAML; far larger is a mistake, and would take seconds to parse. */
export declare const MAX_CONFIG_BYTES: number;
export type Env = Readonly<Record<string, string | undefined>>;
/**
 * Loads presets, then the config file (YAML or JSON) when given, then applies
 * `${ENV}` interpolation. This is the only place in the core that reads the environment,
 * and it reads it from the `env` argument, never from `process.env` directly.
 */
export declare function loadConfig(options?: {
    file?: string;
    env?: Env;
    /** how errors name the file: `--config` on the CLI, `config` in the action and the library (default) */
    field?: string;
    /** the face's TLS flags, over the file's `tls:` (`ca` relative to the working directory) */
    tls?: {
        insecure?: boolean;
        ca?: string;
        caField?: string;
    };
}): Promise<PerfGateConfig>;
