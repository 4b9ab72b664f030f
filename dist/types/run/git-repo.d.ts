export interface Commit {
    sha: string;
    /** the first line of its message */
    subject: string;
}
/** The top of the repository `dir` is in; an InputError naming `field` when there is none (or no git). */
export declare function repositoryRoot(dir: string, field: string): Promise<string>;
/** The commit `ref` names (a branch, tag, sha, HEAD~3); an InputError naming `field` when it names none. */
export declare function resolveCommit(repo: string, ref: string, field: string): Promise<Commit>;
export declare function isAncestor(repo: string, older: string, newer: string): Promise<boolean>;
/** The commits after `good` up to and with `bad`, oldest first, along `bad`'s first parents (as `git bisect --first-parent`). */
export declare function commitsBetween(repo: string, good: string, bad: string): Promise<Commit[]>;
/** Checks `sha` out in `dir`, detached: no branch is made, and the user's own checkout is untouched. */
export declare function addWorktree(repo: string, dir: string, sha: string): Promise<void>;
/**
 * Removes a worktree and git's record of it. Synchronous, so an 'exit'
 * handler can call it too; never throws (it is the way out of a failure).
 */
export declare function removeWorktree(repo: string, dir: string): void;
