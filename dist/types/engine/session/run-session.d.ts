import type { Target } from '../../config/resolve.js';
import { CycleCursor, type TaggedRequest } from '../request-plan.js';
import type { RequestRenderer, RunInputs } from '../request-renderer.js';
import type { UserPool } from './user-pool.js';
import type { Session } from './virtual-user.js';
/**
 * Whether a run's connections are virtual users with a state of their own:
 * journeys, a cookie jar, captures or checks on an answer, think time, or a
 * data row per user. Otherwise every connection sends the shared cycle as
 * fast as it can, and nothing of an answer but its status and size is read.
 */
export declare function usesSessions(target: Target, inputs?: RunInputs): boolean;
/** What the virtual users of one run share. */
export declare function createSession(options: {
    target: Target;
    renderer: RequestRenderer;
    requests: readonly TaggedRequest[];
    cycle: CycleCursor;
    inputs?: RunInputs;
    random?: () => number;
    users?: UserPool;
}): Session;
