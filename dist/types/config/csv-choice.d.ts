/**
 * Which requests get a row in results.csv: every one (`all`), only the
 * failed ones (`errors`), every failed one and one in N of the others
 * (`sample:N`), or none (`none`: the file holds its header only). A long run
 * at thousands of requests a second writes gigabytes with `all`; the other
 * choices bound the file by the errors (and 1/N of the rest).
 */
export type CsvChoice = 'all' | 'errors' | 'none' | `sample:${number}`;
/** What load, stress and ab write when nothing chooses (a soak may default to a sample). */
export declare const DEFAULT_CSV: CsvChoice;
/** A soak's default: every failed request and one in a thousand others. */
export declare const SOAK_CSV: CsvChoice;
/** The largest N of `sample:N`: one row in a billion is as good as none. */
export declare const MAX_CSV_SAMPLE = 1000000000;
/** The choices as messages and help texts name them. */
export declare const CSV_CHOICES_TEXT = "all, errors, sample:N (every failed request and one in N of the others) or none";
/** `N` of a `sample:N` choice; undefined for the others. */
export declare function sampleEvery(choice: CsvChoice): number | undefined;
/** Why `value` is no CSV choice (undefined when it is one). */
export declare function csvChoiceProblem(value: string): string | undefined;
/**
 * A face's `--csv` / input `csv` / option `csv`, checked: the choice, or
 * `fallback` when it is unset or empty. Bad input is an InputError naming
 * `field` (exit 2 before anything runs).
 */
export declare function csvChoice(field: string, value: string | undefined, fallback: CsvChoice): CsvChoice;
export declare function csvChoice(field: string, value: string | undefined, fallback?: CsvChoice): CsvChoice | undefined;
