// The evaluation worker (dist/worker.js) of parallel batch runs: see ./worker.ts.
// The call is explicit: a bare side-effect import would be tree-shaken ("sideEffects": false).
import { runBatchWorker } from './worker.js';

runBatchWorker();
