import { z } from 'zod';
import type { Band } from './thresholds.js';
/**
 * What a soak judges besides its thresholds: how its last window differs
 * from its first. Each drift has three bands as a threshold has, judged on
 * the near end of its interval, so a run's noise alone never crosses one.
 */
export declare const DRIFT_NAMES: readonly ["p50_drift", "p95_drift", "throughput_decay", "error_rate_rise"];
export type DriftName = (typeof DRIFT_NAMES)[number];
export interface DriftSettings {
    /** each window's length: a share of the run (0–0.5) or seconds */
    window: {
        share: number;
    } | {
        seconds: number;
    };
    bands: Record<DriftName, Band>;
}
export declare const DRIFT_VIEW: Record<DriftName, {
    label: string;
    points: boolean;
}>;
/** A soak's bands unless the config sets its own: percent of the first window's figure (points for errors). */
export declare const DEFAULT_DRIFT: DriftSettings;
export declare const driftSchema: z.ZodPipe<z.ZodObject<{
    p50_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    }, z.core.$strict>, z.ZodTransform<{
        warning: number;
        critical: number;
    }, {
        warning: string | number;
        critical: string | number;
    }>>>;
    p95_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    }, z.core.$strict>, z.ZodTransform<{
        warning: number;
        critical: number;
    }, {
        warning: string | number;
        critical: string | number;
    }>>>;
    throughput_decay: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    }, z.core.$strict>, z.ZodTransform<{
        warning: number;
        critical: number;
    }, {
        warning: string | number;
        critical: string | number;
    }>>>;
    error_rate_rise: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    }, z.core.$strict>, z.ZodTransform<{
        warning: number;
        critical: number;
    }, {
        warning: string | number;
        critical: string | number;
    }>>>;
    window: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
}, z.core.$strict>, z.ZodTransform<{
    bands: Partial<Record<DriftName, Band>>;
    window?: {
        share: number;
    } | {
        seconds: number;
    } | undefined;
}, {
    p50_drift?: {
        warning: number;
        critical: number;
    } | undefined;
    p95_drift?: {
        warning: number;
        critical: number;
    } | undefined;
    throughput_decay?: {
        warning: number;
        critical: number;
    } | undefined;
    error_rate_rise?: {
        warning: number;
        critical: number;
    } | undefined;
    window?: string | number | undefined;
}>>;
export type DriftConfig = z.output<typeof driftSchema>;
/** The service's drift over the config's over the defaults, band by band. */
export declare function resolveDrift(...layers: (DriftConfig | undefined)[]): DriftSettings;
