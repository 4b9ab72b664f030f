import { type ConnectionHooks } from './connection-recorder.js';
import type { StagePlan } from './load-runner.js';
import type { TaggedRequest } from './request-plan.js';
import type { RequestRenderer } from './request-renderer.js';
import { type Session } from './session/virtual-user.js';
/** What every connection of a run shares: the plan, the requests, and how it records and sends. */
export interface ConnectionSetup {
    plan: StagePlan;
    totalSec: number;
    requests: TaggedRequest[];
    renderer: RequestRenderer;
    /** each connection is a virtual user of this session (journeys, cookies, checks); unset: none */
    session?: Session;
    /** the recorder's hooks but `maySend`, which also asks the run and the connection's backoff */
    hooks: Omit<ConnectionHooks, 'maySend' | 'renderer'>;
    /** false once the run sends nothing new (draining or aborted) */
    sending: () => boolean;
    /** false once the run drains or aborts: no connection is opened for a shortage then */
    mayGrow: () => boolean;
    /** paced runs: due requests waiting for a connection */
    waiting: () => number;
    /** an instance finished; with `err` when it failed, after every instance was told to stop */
    onInstanceEnd: (err: Error | null) => void;
}
/**
 * The autocannon instances of one run and their connections, each hooked to
 * the recorder. autocannon cannot add connections to a running instance, so
 * each addition is an instance of its own; none is closed before the run ends.
 */
export declare class LoadConnections {
    private readonly setup;
    private readonly handles;
    private readonly instances;
    /** autocannon instances started and not yet finished */
    private unfinished;
    /** connections opened: the users the load runs with */
    private opened;
    private growthTimer?;
    constructor(setup: ConnectionSetup);
    get running(): number;
    get users(): number;
    /** Some connection has a request in flight. */
    busy(): boolean;
    stopAll(): void;
    /** A paced run's first connections, opened and waited for (at most CONNECT_WAIT_MS). */
    openFirst(users: number): Promise<void>;
    /** A stage's users: connections are added up to them, never closed. */
    raiseTo(users: number): void;
    /**
     * A paced request found no free connection. Connections busy for a moment
     * (a GC pause, a slow response) free up within milliseconds, and opening
     * more then only costs the generator time: more (doubling, up to maxUsers)
     * open only when requests are still waiting SHORTAGE_MS later.
     */
    grow(): void;
    stopGrowing(): void;
    private openMore;
    private add;
}
