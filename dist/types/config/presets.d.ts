import type { ServiceConfig } from './schema.js';
/**
 * The three Marty platform services the seed framework shipped with, with the
 * seed's ports, paths and API key. Any of them can be overridden by a config file.
 */
export declare const PRESET_SERVICES: Readonly<Record<string, ServiceConfig>>;
/** Presets that send the seed's `X-API-Key`; `PERF_GATE_API_KEY` replaces its value. */
export declare const API_KEY_HEADER = "X-API-Key";
export declare const API_KEY_ENV = "PERF_GATE_API_KEY";
