/** `load_test_pkd_service_20231201_143022`: the seed's naming, in local time. */
export declare function runDirName(testName: string, at: Date): string;
/**
 * Whether run directories can be made under `outputDir`, found without
 * leaving anything behind: the nearest folder that exists must be a folder
 * in which a folder can be made (tried, and removed). Run before the first
 * request, so a bad output folder costs no load. `label` is how the face
 * names the folder's setting in its messages.
 */
export declare function checkOutputDir(outputDir: string, label: string): Promise<void>;
/**
 * Creates a fresh run directory under `outputDir`; two runs started in the
 * same second get `_2`, `_3`… instead of writing into each other.
 */
export declare function createRunDir(outputDir: string, testName: string, at: Date, 
/** how the face names the output folder in its messages (`--output-dir`, `output-dir`, `outputDir`) */
label: string): Promise<string>;
