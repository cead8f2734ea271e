export * from './review-required.ts';
export * from './review-points.ts';
export * from './pre-checks.ts';
export * from './staffing.ts';
export * from './review-deadline.ts';
