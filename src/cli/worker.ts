// Placeholder for the evaluation worker (dist/worker.js) of parallel batch runs; the performance
// work fills it in. It exports nothing and does nothing when loaded.
export {};
