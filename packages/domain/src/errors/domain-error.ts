/**
 * The one error type of the platform. `code` is stable for machines; `message` is Chinese for people.
 * The HTTP layer maps the code's category to a status; nothing else decides statuses.
 */
export type ErrorCategory = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable' | 'too-many';

export class DomainError extends Error {
  readonly code: string;
  readonly category: ErrorCategory;
  readonly details?: unknown;

  constructor(code: string, category: ErrorCategory, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.category = category;
    this.details = details;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export const invalid = (code: string, message: string, details?: unknown) => new DomainError(code, 'invalid', message, details);
export const notFound = (code: string, message: string) => new DomainError(code, 'not-found', message);
export const conflict = (code: string, message: string, details?: unknown) => new DomainError(code, 'conflict', message, details);
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new DomainError(code, 'unprocessable', message, details);
export const forbidden = (code: string, message: string) => new DomainError(code, 'forbidden', message);
export const unauthenticated = (code: string, message: string) => new DomainError(code, 'unauthenticated', message);

export const httpStatusOf: Record<ErrorCategory, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'too-many': 429,
};
