// The recognition workflow: dossiers, their states and append-only logs, recognition policies. Re-exports only.

export type { NewDossier, ReplayResult } from './dossier.js';
export { applyReviewedScores, checkDossierLog, createDossier, findDossierState, parseDossier } from './dossier.js';
export { loadRecognitionPolicy } from './policy.js';
export type { TransitionOptions, TransitionResult } from './transition.js';
export { applyTransition, checkTransition } from './transition.js';
