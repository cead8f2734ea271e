export * from './review-required.ts';
