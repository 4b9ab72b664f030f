/** Writes to a temporary name, then renames: a reader never sees half a file. */
export declare function writeFileAtomic(path: string, content: string): Promise<void>;
