import type { UserCookies } from './user-cookies.js';
/** What a virtual user keeps for its whole life: its captured values, its cookies, its data row, its logins. */
export interface UserState {
    values: Map<string, string>;
    jar?: UserCookies;
    row?: string[];
    /** journeys whose once-steps (a login) this user has done */
    loggedIn: Set<number>;
}
/**
 * Virtual users that outlive one run of the engine. An A/B side's slices are
 * one run of that side cut into turns: the k-th user of every slice is the
 * same user, logged in once, its cookies and row kept, as the k-th user of a
 * stress test is from stage to stage. Main thread only (the states hold a
 * cookie jar, which does not cross to a worker thread).
 */
export declare class UserPool {
    private readonly states;
    private taken;
    /** A run begins: its users are the pool's first ones again. */
    rewind(): void;
    /** The next user of this run: one that ran before, else a new one. */
    take(create: () => UserState): UserState;
    /** users the pool has held so far */
    get size(): number;
}
