/**
 * Run directories from what a user points at: a run directory (or its
 * metrics.json) as is, and a folder without a metrics.json as the run
 * directories in it, up to two levels down (actions/download-artifact leaves
 * one folder per artifact; Jenkins `unstash` one folder per shard, each
 * holding its run directory).
 */
export declare function expandRunDirs(paths: readonly string[], field: string): Promise<string[]>;
/** The shards' results.csv one after the other, under one header (the first shard's: journeys add columns). */
export declare function concatCsv(files: readonly string[], to: string, field: string): Promise<void>;
