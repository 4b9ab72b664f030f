import { type RunDocument } from './run-document.js';
/**
 * JUnit XML: one testsuite per run, one testcase per threshold check, a
 * `<failure>` for each check that fails the run under its `fail_on`.
 * Jenkins' junit step and GitLab's test reports read this shape.
 */
export declare function renderJunit(doc: RunDocument): string;
