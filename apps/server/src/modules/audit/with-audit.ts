import { type DomainError, isDomainError } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuditMeta, auditEntryOf } from '../../http/request-context.ts';
import { withDeferredLeaves } from '../ledger/append.ts';
import { recordAudit, writeAudit } from './record-audit.ts';

const resultOf = (e: DomainError) => (e.category === 'not-found' ? 'not-found' : e.category === 'forbidden' ? 'denied' : 'failure');

/**
 * Runs a use case and its audit record in one transaction: if the audit write fails, the change is rolled back.
 * A refused or failed attempt is audited too, in a transaction of its own (the change itself left nothing).
 * The use case must use the `tx` it is given for every query.
 */
export const withAudit = async <T>(
  app: FastifyInstance,
  req: FastifyRequest,
  meta: AuditMeta,
  run: (tx: Db, note: (more: Partial<AuditMeta>) => void) => Promise<T>,
): Promise<T> => {
  const { db } = app.deps.database;
  let extra: Partial<AuditMeta> = {};
  try {
    return await db.transaction(async (tx) =>
      // The change's leaves and the audit's are appended together at the end, holding the ledger head only briefly.
      withDeferredLeaves(tx as unknown as Db, async () => {
        const result = await run(tx as unknown as Db, (more) => {
          extra = { ...extra, ...more };
        });
        await writeAudit(tx as unknown as Db, auditEntryOf(app, req, { ...meta, ...extra }));
        return result;
      }),
    );
  } catch (e) {
    const result = isDomainError(e) ? resultOf(e) : 'failure';
    const code = isDomainError(e) ? e.code : 'INTERNAL';
    await recordAudit(db, auditEntryOf(app, req, { ...meta, ...extra, result, detail: { code } }));
    throw e;
  }
};
