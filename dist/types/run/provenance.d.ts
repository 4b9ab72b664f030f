import type { Provenance } from '../report/run-document.js';
type Env = Readonly<Record<string, string | undefined>>;
/** What a CI's variables say of the run; nothing outside the variables named here enters the document. */
export type CiFacts = Omit<Provenance, 'runner'>;
/**
 * Where a run came from and what ran it: the CI's variables (GitHub Actions,
 * Jenkins, GitLab), else git in the working folder for what they leave out,
 * and this machine. No git, or no repository: no commit, and no complaint.
 */
export declare function detectProvenance(env: Env, cwd: string): Promise<Provenance>;
/** The commit, branch and run URL from a CI's own variables; empty outside the CIs known here. */
export declare function ciProvenance(env: Env): CiFacts;
/** The page of this GitHub Actions run, when the runner says which. */
export declare function githubRunUrl(env: Env): string | undefined;
/** `git rev-parse` in the working folder: the checked-out commit and branch, when it is a repository. */
export declare function gitProvenance(cwd: string): Promise<{
    commit?: string;
    branch?: string;
}>;
export {};
