import { readFileSync } from 'node:fs';
import { chinaDateOf } from '@sanxiang/domain';
import { type Database, isDemoLoaded, loadDemoData, migrateDatabase, openDatabase, seedNationalCalendar, account } from '@sanxiang/db';
import { portalRoutes } from '@sanxiang/portal';
import { count, eq, sql } from 'drizzle-orm';
import { buildApp, type AppDeps } from './app.ts';
import type { Config } from './config.ts';
import { consoleRoutes } from './http/console-static.ts';
import { createPolicyStore } from './modules/auth/policy-store.ts';
import { createCalendarStore } from './modules/calendar/calendar-store.ts';
import { createFieldCipher } from './security/field-cipher.ts';
import { loadFieldKey } from './security/keys.ts';
import { hashPassword } from './security/passwords.ts';
import { loadLedgerSigner } from './security/ledger-key.ts';
import { DEMO_PASSWORD } from '@sanxiang/db';
import { seedDemoCases } from './demo/demo-cases.ts';
import { seedDemoEvidence } from './modules/evidence/seed-demo-evidence.ts';
import { evidenceDepsFromEnv } from './storage/evidence-deps.ts';
import { seedDemoItems } from './modules/items/seed-demo-items.ts';
import { itemReaderFor } from './modules/items/item-reader.ts';
import { lawReaderFor } from './modules/laws/law-queries.ts';
import { seedNationalLaws } from './modules/laws/seed-laws.ts';
import { registryReaderFor } from './modules/registry/public-registry.ts';
import { backfillRegistryHistory } from './modules/registry/backfill-history.ts';
import { disclosureReaderFor } from './modules/disclosure/public-disclosure.ts';
import { releaseSegmenter, searchDisclosures } from './modules/disclosure/search-index.ts';
import { seedDemoDisclosures } from './modules/disclosure/seed-demo-disclosures.ts';

export const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export class StartupError extends Error {}

/** Opens and prepares the database: migrations, the national holiday calendar, and demo data in the demo profile. */
export const prepareDatabase = async (config: Config, database: Database, clock: () => Date, cipher: ReturnType<typeof createFieldCipher>) => {
  await migrateDatabase(database);
  await seedNationalCalendar(database.db);
  await seedNationalLaws(database.db, clock());
  const { db } = database;
  if (config.securityProfile === 'production') {
    const [demoAccounts] = await db.select({ n: count() }).from(account).where(eq(account.isDemo, true));
    if ((await isDemoLoaded(db)) || Number(demoAccounts.n) > 0) {
      throw new StartupError('生产模式拒绝启动：数据库中存在演示数据或演示账户。请使用不含演示数据的新数据库。');
    }
    await backfillRegistryHistory(db, clock());
    return;
  }
  await loadDemoData(db, { passwordHash: await hashPassword(DEMO_PASSWORD), crypto: cipher, today: chinaDateOf(clock()) });
  await seedDemoCases(db, clock());
  await backfillRegistryHistory(db, clock());
  await seedDemoItems(db, clock());
  await seedDemoDisclosures(db, clock());
};

export const createDeps = async (config: Config, options: { clock?: () => Date; database?: Database } = {}): Promise<AppDeps> => {
  const clock = options.clock ?? (() => new Date());
  const cipher = createFieldCipher(loadFieldKey(config));
  let database = options.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }));
  const startedEmpty = database.kind === 'pglite' && !options.database && !(await isDemoLoaded(database.db).catch(() => false));
  await prepareDatabase(config, database, clock, cipher);
  const evidence = evidenceDepsFromEnv(config.dataDir);
  // Demo evidence files live in the data directory: only for a server's own database, never a test's.
  if (config.securityProfile === 'demo' && !options.database) await seedDemoEvidence(database.db, evidence.storage, clock());
  if (startedEmpty) {
    // PGlite's WebAssembly memory never shrinks: seeding a new data directory grows it by ~400 MB that the
    // running platform does not need. A fresh instance over the same files starts small again.
    await database.close();
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    releaseSegmenter(); // likewise the word dictionary the seed's disclosures were indexed with
  }
  return {
    config,
    database,
    clock,
    // PGlite is one process: its calendar cache only changes by our own edits, which clear it.
    calendar: createCalendarStore(database.db, database.kind === 'pglite' ? Number.POSITIVE_INFINITY : 60_000),
    policy: createPolicyStore(database.db),
    cipher,
    ledger: loadLedgerSigner(config),
    version,
    ping: async () => {
      await database.db.execute(sql`select 1`);
    },
    evidence,
  };
};

export const createServer = async (deps: AppDeps, logger: boolean | object) =>
  buildApp(deps, {
    logger,
    extra: [
      async (app) => portalRoutes(app as never, { db: deps.database.db, demo: deps.config.securityProfile === 'demo', ledger: deps.ledger, laws: lawReaderFor(deps.database.db, deps.clock), registry: registryReaderFor(deps.database.db, deps.clock), items: itemReaderFor(deps.database.db, deps.clock), disclosure: disclosureReaderFor(deps.database, deps.clock, deps.config.publicBaseUrl), search: (query) => searchDisclosures(deps.database.db, query) }),
      async (app) => consoleRoutes(app as never),
    ],
  });
