export declare const REPORT_PARTS: {
    meta: string;
    footer: string;
    body: string;
};
