import { agenciesImport } from './agencies-import.ts';
import { enforcementItemsImport } from './enforcement-items-import.ts';
import type { ImportSpec } from './import-spec.ts';
import { inspectionItemsImport } from './inspection-items-import.ts';
import { lawsImport } from './laws-import.ts';
import { officersImport } from './officers-import.ts';

/** Everything that can be imported and exported in bulk, by the `:type` of the URL, in the console's order. */
export const IMPORT_SPECS: Record<string, ImportSpec> = Object.fromEntries(
  [agenciesImport, officersImport, enforcementItemsImport, inspectionItemsImport, lawsImport].map((spec) => [spec.type, spec]),
);
