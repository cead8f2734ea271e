/** Shapes of the import API, inferred from the shared contracts (type-only: no zod in the bundle). */
import type * as C from '@sanxiang/contracts';

export type ImportJob = C.ImportJobView;
export type ImportType = C.ImportTypeItem;
export type ImportFormat = ImportType['formats'][number];
export type RowError = ImportJob['errors'][number];
