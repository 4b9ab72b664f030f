import { z } from 'zod';
/** What every request of a config has (endpoints, setup requests, journey steps), and the field types they share. */
export declare const METHODS: readonly ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/** A string that must pass `problem` (which says why not), then becomes `fix(value)`. */
export declare const checkedString: (problem: (v: string) => string | undefined, fix?: (v: string) => string, 
/** what a value that is no string at all is told (zod's own says only "expected string") */
notAString?: string) => z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
export declare const headersSchema: z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
/** What every request has, in the load and in the setup step. */
export declare const requestFields: {
    path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
        GET: "GET";
        POST: "POST";
        PUT: "PUT";
        PATCH: "PATCH";
        DELETE: "DELETE";
        HEAD: "HEAD";
        OPTIONS: "OPTIONS";
    }>>;
    body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
};
export declare const CAPTURE_NAME: RegExp;
export declare const duration: (what: string) => z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
