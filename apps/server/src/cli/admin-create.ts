import { parseArgs } from 'node:util';
import { ADMIN_ROLES, type AdminRole, ROLE_LABELS } from '@sanxiang/domain';
import { agency, migrateDatabase, openDatabase, region, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { readConfig } from '../config.ts';
import { createAccount } from '../modules/accounts/manage-accounts.ts';

/**
 * Creates an admin account and prints its one-time password, which must be changed at first login. There
 * are no default accounts in production: this is how the first ones come to exist. When the database holds
 * no agency yet, --agency, --region and --region-code create the operating agency (usually the 司法局).
 */
const usage = `用法: npm run admin:create -- --username NAME --role system_admin|security_admin|audit_admin [--display-name 名称]
                 [--agency 机关名称] [--region 行政区划名称 --region-code 6位代码 --level province|city|county]`;

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
    agency: { type: 'string' },
    region: { type: 'string' },
    'region-code': { type: 'string' },
    level: { type: 'string', default: 'county' },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

if (!values.username || !values.role) fail(usage);
if (!(ADMIN_ROLES as readonly string[]).includes(values.role!)) fail(`--role 只能是 ${ADMIN_ROLES.join('、')}\n${usage}`);

const findOrCreateAgency = async (db: Db): Promise<string> => {
  if (values.agency) {
    const [found] = await db.select({ id: agency.id }).from(agency).where(eq(agency.name, values.agency));
    if (found) return found.id;
  } else {
    const [any] = await db.select({ id: agency.id }).from(agency).limit(1);
    if (any) fail('请用 --agency 指定账户所属机关');
    fail(`数据库中还没有机关：请用 --agency、--region、--region-code 创建运营机关\n${usage}`);
  }
  if (!values.region || !/^\d{6}$/.test(values['region-code'] ?? '')) fail(`机关“${values.agency}”不存在；创建它需要 --region 和 6 位 --region-code`);
  const level = values.level!;
  if (!['province', 'city', 'county'].includes(level)) fail('--level 只能是 province、city、county');
  const [r] = await db.insert(region).values({ code: values['region-code']!, name: values.region!, level }).onConflictDoNothing().returning();
  const regionId = r?.id ?? (await db.select({ id: region.id }).from(region).where(eq(region.code, values['region-code']!)))[0].id;
  const [created] = await db
    .insert(agency)
    .values({ name: values.agency!, shortName: values.agency!.slice(0, 6), level, regionId, field: 'justice', isSupervisor: true })
    .returning({ id: agency.id });
  return created.id;
};

const config = readConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((e: Error) => fail(e.message));
try {
  await migrateDatabase(database);
  const result = await database.db.transaction(async (tx) => {
    const agencyId = await findOrCreateAgency(tx as unknown as Db);
    return createAccount(tx as unknown as Db, {
      username: values.username!,
      displayName: values['display-name'] ?? ROLE_LABELS[values.role as AdminRole],
      agencyId,
      roles: [values.role as AdminRole],
    });
  });
  console.log(`已创建 ${ROLE_LABELS[values.role as AdminRole]} 账户 ${result.account.username}（${result.account.agencyName}）`);
  console.log(`一次性密码：${result.initialPassword}`);
  console.log('首次登录须修改密码；生产模式下还须绑定动态口令。此密码不会再次显示。');
} catch (e) {
  fail(`创建失败：${(e as Error).message}`);
} finally {
  await database.close();
}
