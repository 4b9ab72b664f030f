/**
 * `mkdir -p`. Not `mkdir(dir, { recursive: true })`: on Node 20 that never
 * returns for a path the kernel refuses with ENOENT although its parent
 * exists (`/proc/x`), spinning a core until the process is killed.
 */
export declare function makeDirs(dir: string): Promise<void>;
