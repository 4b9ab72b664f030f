/**
 * How a run walks a data file: in order and round again, at random, each row
 * once (then the run ends), or one row per virtual user for its whole life.
 */
export declare const DATA_ORDERS: readonly ["sequence", "random", "unique", "per_user"];
export type DataOrder = (typeof DATA_ORDERS)[number];
/** A data file's rows as strings, by column; plain data, so it travels to worker threads as it is. */
export interface DataSet {
    /** the file's name, for messages and reports */
    file: string;
    order: DataOrder;
    columns: string[];
    rows: string[][];
}
/** A data file is read whole; far larger than this is better split across shards. */
export declare const MAX_DATA_BYTES: number;
/**
 * Reads a CSV file (a header row, then one row per request) or a JSON array
 * of objects. `field` names the config entry in errors.
 */
export declare function readDataFile(path: string, order: DataOrder, field: string): Promise<DataSet>;
