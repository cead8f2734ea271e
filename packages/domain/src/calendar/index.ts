export * from './plain-date.ts';
export * from './working-calendar.ts';
