/** Stable error codes the API answers with (the browser translates them). */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_evidence'
  | 'unauthenticated'
  | 'bad_credentials'
  | 'csrf'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'transition_refused'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_evidence: 422,
  unauthenticated: 401,
  bad_credentials: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  transition_refused: 409,
  internal: 500,
};

/**
 * An error the API may show as is: a code, a status, and optional details that are safe to show
 * (the library's issues with vi/en messages). Anything else is answered as `internal`.
 */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.status = STATUS[code];
  }
}

/** The JSON body of an error answer. */
export const errorBody = (code: ErrorCode, details?: unknown): Record<string, unknown> =>
  details === undefined ? { error: code } : { error: code, details };
