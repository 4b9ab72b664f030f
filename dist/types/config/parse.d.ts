import { type ConfigFile } from './schema.js';
/** Parses and validates config text; errors name the file, line and field. */
export declare function parseConfigText(text: string, fileName?: string): ConfigFile;
