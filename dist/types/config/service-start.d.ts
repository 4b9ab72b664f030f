/** What a face asks of the service under test: the command, what to wait for, how long. */
export interface ServiceStart {
    command: string;
    waitFor?: URL;
    waitTimeoutSec: number;
}
export interface ServiceStartLabels {
    start: string;
    waitFor: string;
    waitTimeout: string;
}
/**
 * `--start` / `--wait-for` / `--wait-timeout` (or the action's inputs),
 * checked; undefined when no command is given. Waiting needs a command.
 */
export declare function parseServiceStart(raw: {
    start?: string;
    waitFor?: string;
    waitTimeout?: string;
}, labels: ServiceStartLabels): ServiceStart | undefined;
