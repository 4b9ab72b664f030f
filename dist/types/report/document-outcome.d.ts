import { type Outcome } from '../gate/outcome.js';
import type { RunDocument } from './run-document.js';
/**
 * A run's outcome worked out again from its metrics.json by the gate's one
 * rule: a document read back (another job's, an older version's) is judged
 * on its checked figures, never on an `outcome` it claims.
 */
export declare function outcomeOfDocument(doc: Omit<RunDocument, 'outcome'>): Outcome;
