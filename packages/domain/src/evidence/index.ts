export * from './kinds.ts';
export * from './sniff.ts';
export * from './retention.ts';
export * from './retrieval.ts';
