export * from './publication.ts';
export * from './party-display.ts';
export * from './display-periods.ts';
export * from './disclosure-status.ts';
export * from './public-fields.ts';
export * from './annual-statistics.ts';
