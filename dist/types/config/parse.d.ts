import { type ConfigFile } from './schema.js';
/** Parses and validates config text; errors name the file, line and field. */
export declare function parseConfigText(text: string, fileName?: string): ConfigFile;
/**
 * The config with where each field stands in its text: checks made later
 * (a `{{name}}` a run cannot fill) name `perf-gate.yml:14 services.api…`
 * as the schema's own errors do.
 */
export declare function parseConfigSource(text: string, fileName?: string): {
    file: ConfigFile;
    fieldLines: Record<string, number>;
};
