import type { RunnerInfo } from '../report/run-document.js';
/** The machine that sends the load, as metrics.json records it: a baseline from another one measured that one too. */
export declare function runnerInfo(): RunnerInfo;
