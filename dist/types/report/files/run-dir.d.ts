/** `load_test_pkd_service_20231201_143022`: the seed's naming, in local time. */
export declare function runDirName(testName: string, at: Date): string;
/**
 * Creates a fresh run directory under `outputDir`; two runs started in the
 * same second get `_2`, `_3`… instead of writing into each other.
 */
export declare function createRunDir(outputDir: string, testName: string, at: Date): Promise<string>;
