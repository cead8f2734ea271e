export * from './connection.ts';
export * from './migrate.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export * from './seed/national-calendar.ts';
export * from './seed/laws.ts';
export * from './demo/load-demo.ts';
