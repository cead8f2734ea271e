import { z } from 'zod';
import { uuid } from '../common.ts';

/** GET /cases/:id/documents/:documentId.pdf: one issued 执法文书 as PDF. */
export const caseDocumentParams = z.object({ id: uuid, documentId: uuid });

/** How the archive's 四性检测 went (stored in the archived event; the body of ARCHIVE_CHECK_FAILED's details). */
export const archiveChecks = z.object({
  passed: z.boolean(),
  listed: z.number().int(),
  entries: z.number().int(),
  checks: z.array(
    z.object({
      name: z.enum(['authenticity', 'integrity', 'usability', 'security']),
      label: z.string(),
      passed: z.boolean(),
      findings: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning']), path: z.string().nullable(), message: z.string() })),
    }),
  ),
});
export type ArchiveChecks = z.infer<typeof archiveChecks>;
