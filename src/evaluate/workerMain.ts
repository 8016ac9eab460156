// Entry of a batch worker thread (bundled as dist/worker.js through src/cli/worker.ts).
import { runBatchWorker } from './worker.js';

runBatchWorker();
