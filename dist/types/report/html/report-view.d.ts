import type { Status } from '../../gate/evaluate.js';
import type { RunDocument } from '../run-document.js';
import { type ChartView } from './report-charts.js';
import { type AbView } from './ab-view.js';
import { type BaselineView } from './baseline-view.js';
import { type JourneyView } from './journey-view.js';
import { type DriftView } from './drift-view.js';
/**
 * Everything report.html shows, formatted: the template holds no logic and
 * reads only these names (a test walks the template against a full view).
 */
export interface ReportView extends AbView, BaselineView, JourneyView, DriftView {
    version: string;
    service: string;
    mode: string;
    verdict: RunDocument['verdict'];
    verdictText: string;
    started: string;
    durationText: string;
    usersText: string;
    baseUrl: string;
    /** the commit (short) and branch the run measured, when recorded: `abc1234 on main` */
    codeText: string;
    partial: boolean;
    /** what the partial notice leads with: partial results, or a run stopped by abort_after */
    partialTitle: string;
    abortReason: string;
    /** what results.csv holds (`--csv`), for the footer's file links */
    csvText: string;
    failOn: string;
    cards: {
        label: string;
        value: string;
    }[];
    checks: CheckRow[];
    charts: ChartView[];
    endpoints: EndpointRow[];
    hasErrors: boolean;
    errors: {
        type: string;
        message: string;
        count: string;
    }[];
    statusCodes: {
        code: string;
        count: string;
        share: string;
    }[];
    config: {
        key: string;
        value: string;
    }[];
    hasStages: boolean;
    stages: StageRow[];
    stageNote: string;
    /** paced runs: the rate and what the response times count from */
    pacingNote: string;
    /** what the figures come with: a saturated generator, unverified TLS, an outage */
    warnings: string[];
    /** the service's own memory and CPU (`--start`, `--watch-pid`), in words */
    hasResources: boolean;
    resourceLines: string[];
}
export interface CheckRow {
    label: string;
    scope: string;
    value: string;
    good: string;
    warning: string;
    critical: string;
    status: Status;
    /** the status in words, with a too-small sample said */
    statusText: string;
}
/** The figures an endpoint row and a stage row both show, formatted. */
interface TrafficFigures {
    requests: string;
    rps: string;
    p50: string;
    p95: string;
    p99: string;
    errorRate: string;
    status: Status;
}
export interface EndpointRow extends TrafficFigures {
    endpoint: string;
}
export interface StageRow extends TrafficFigures {
    users: number;
    duration: string;
    statusText: string;
}
export declare function reportView(doc: RunDocument): ReportView;
export {};
