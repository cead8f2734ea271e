import { type Db, documentSequence, rowsOf } from '@sanxiang/db';
import { sql } from 'drizzle-orm';

/**
 * The next number of a kind for an agency and year, gap-free: the increment happens in the caller's
 * transaction, so a rolled-back act gives its number back. Concurrent callers wait on the row lock.
 */
export const nextSequence = async (tx: Db, agencyId: string, kind: string, year: number): Promise<number> => {
  const [row] = await rowsOf<{ last: number }>(
    tx,
    sql`insert into ${documentSequence} (agency_id, kind, year, last) values (${agencyId}, ${kind}, ${year}, 1)
        on conflict (agency_id, kind, year) do update set last = ${documentSequence}.last + 1
        returning last`,
  );
  return Number(row.last);
};

/** 文号 such as 甲县市监案源〔2026〕3号: agency short name + kind + year in 〔〕 + sequence. */
export const formatDocumentNumber = (shortName: string, kindLabel: string, year: number, n: number) => `${shortName}${kindLabel}〔${year}〕${n}号`;
