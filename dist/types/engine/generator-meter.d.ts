import type { StageTiming } from './load-runner.js';
import type { CpuMeter } from './thread-cpu.js';
/**
 * How busy the load generator itself was during a stage: a generator short
 * of CPU or with a blocked event loop delays its own requests, and the
 * stage's figures would blame the target for it.
 */
export declare class GeneratorMeter {
    readonly cpu: CpuMeter;
    private readonly loopDelay;
    private loopDelayReset?;
    constructor(cpu: CpuMeter);
    enable(): void;
    disable(): void;
    stageBegins(): void;
    /**
     * Opening the stage's connections blocks the loop (tens of ms, more on a busy machine); that is the
     * stage's setup, not a generator too busy for its load: its sample is left out of the stage's delay.
     */
    stageSetUp(): void;
    /** The stage's load since it began; zeros unless `measured` (an aborted stage). */
    load(since: {
        startUs: number;
        cpu: NodeJS.CpuUsage;
    }, endUs: number, measured: boolean): Pick<StageTiming, 'eventLoopP99Ms' | 'cpuPercent'>;
}
