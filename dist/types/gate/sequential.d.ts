export { MAX_LOOKS } from '../config/ab-request.js';
export declare const SEQUENTIAL_DESIGN = "O'Brien\u2013Fleming group-sequential boundaries (Jennison & Turnbull 2000, table 2.3)";
/** The confidence level of each look's intervals, looks 1…K. */
export declare function sequentialLevels(looks: number): number[];
/** What an A/B run with looks did: how many it made of how many, and why it stopped. */
export interface LooksView {
    design: string;
    planned: number;
    made: number;
    /** decided: a look gave a verdict; cap: the last look (max-duration) was reached; stopped: a signal or breach */
    stopped: 'decided' | 'cap' | 'stopped';
    /** each look's interval level */
    levels: number[];
}
