import type { ImportSpec } from './import-spec.ts';
import { officersImport } from './officers-import.ts';

/** Everything that can be imported and exported in bulk, by the `:type` of the URL. */
export const IMPORT_SPECS: Record<string, ImportSpec> = {
  [officersImport.type]: officersImport,
};
