import { addDays, creditCodeCheckChar, maskMiddle, type PlainDate, residentIdCheckChar } from '@sanxiang/domain';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { account, accountRole, agency, agencyUnit, officer, party, region, setting } from '../schema/index.ts';
import { DEMO_ENTERPRISES, DEMO_PERSON_NAMES, DEMO_PERSONS } from './demo-names.ts';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_MARK_KEY = 'demo_data_loaded';

export type DemoCrypto = { encrypt: (plain: string) => Uint8Array; digest: (plain: string) => string };

type AgencySpec = {
  code: string; // username prefix
  name: string;
  shortName: string;
  region: 'city' | 'jia' | 'yi';
  field: string;
  supervisor?: boolean;
  units: string[];
  orgCode: string; // 9 characters of the credit code body
};

// One province, one city, two counties; market regulation, ecology and comprehensive enforcement; 司法局 as supervisors.
const AGENCIES: AgencySpec[] = [
  { code: 'smsj', name: '某市市场监督管理局', shortName: '某市市监', region: 'city', field: 'market', units: ['执法稽查支队', '法规科'], orgCode: '00MB10001' },
  { code: 'jxsj', name: '甲县市场监督管理局', shortName: '甲县市监', region: 'jia', field: 'market', units: ['执法稽查大队', '法规股'], orgCode: '00MB10002' },
  { code: 'jxhj', name: '某市生态环境局甲县分局', shortName: '甲县环', region: 'jia', field: 'ecology', units: ['生态环境保护综合行政执法大队', '法制审核股'], orgCode: '00MB10003' },
  { code: 'jxzf', name: '甲县综合行政执法局', shortName: '甲县综执', region: 'jia', field: 'comprehensive', units: ['执法一中队', '法制股'], orgCode: '00MB10004' },
  { code: 'yxsj', name: '乙县市场监督管理局', shortName: '乙县市监', region: 'yi', field: 'market', units: ['执法稽查大队', '法规股'], orgCode: '00MB10005' },
  { code: 'smsf', name: '某市司法局', shortName: '某市司法', region: 'city', field: 'justice', supervisor: true, units: ['行政执法协调监督科'], orgCode: '00MB10006' },
  { code: 'jxsf', name: '甲县司法局', shortName: '甲县司法', region: 'jia', field: 'justice', supervisor: true, units: ['执法监督股'], orgCode: '00MB10007' },
  { code: 'yxsf', name: '乙县司法局', shortName: '乙县司法', region: 'yi', field: 'justice', supervisor: true, units: ['执法监督股'], orgCode: '00MB10008' },
];

const REGIONS = {
  province: { code: '370000', name: '某省（演示）' },
  city: { code: '370100', name: '某市' },
  jia: { code: '370121', name: '甲县' },
  yi: { code: '370122', name: '乙县' },
};

const creditCode = (kind: string, regionCode: string, orgCode: string) => {
  const body = `${kind}${regionCode}${orgCode}`;
  return body + creditCodeCheckChar(body);
};

const residentId = (regionCode: string, birth: string, seq: number) => {
  const body = `${regionCode}${birth}${String(seq).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
};

/** People of an enforcement agency: who they are, their roles, and how their certificate stands today. */
const STAFF: Array<{ key: string; roles: string[]; unit: 0 | 1; post: string; reviewer?: boolean; cert: 'valid' | 'expired' | 'expiring' }> = [
  { key: 'head', roles: ['agency_head', 'officer'], unit: 0, post: '局长', cert: 'valid' },
  { key: 'unithead', roles: ['unit_head', 'officer'], unit: 0, post: '大队长', cert: 'valid' },
  { key: 'officer1', roles: ['officer'], unit: 0, post: '执法队员', cert: 'valid' },
  { key: 'officer2', roles: ['officer'], unit: 0, post: '执法队员', cert: 'valid' },
  { key: 'officer3', roles: ['officer'], unit: 0, post: '执法队员', cert: 'expiring' },
  { key: 'officer4', roles: ['officer'], unit: 0, post: '执法队员', cert: 'expired' },
  { key: 'reviewer1', roles: ['legal_reviewer'], unit: 1, post: '法制审核员', reviewer: true, cert: 'valid' },
  { key: 'reviewer2', roles: ['legal_reviewer'], unit: 1, post: '法制审核员', reviewer: true, cert: 'valid' },
];

export const isDemoLoaded = async (db: Db): Promise<boolean> => {
  const [row] = await db.select({ n: count() }).from(setting).where(eq(setting.key, DEMO_MARK_KEY));
  return Number(row.n) > 0;
};

/**
 * Loads the demo jurisdiction in one transaction: regions, agencies and units, officers with certificates
 * (some expired or expiring relative to `today`), accounts for every role, and parties whose credit codes and
 * ID numbers carry correct check characters. Everything is marked `is_demo`.
 */
export const loadDemoData = async (db: Db, options: { passwordHash: string; crypto: DemoCrypto; today: PlainDate }) => {
  if (await isDemoLoaded(db)) return false;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [province] = await tx.insert(region).values({ ...REGIONS.province, level: 'province', isDemo: true }).returning();
    const [city] = await tx.insert(region).values({ ...REGIONS.city, level: 'city', parentId: province.id, isDemo: true }).returning();
    const [jia] = await tx.insert(region).values({ ...REGIONS.jia, level: 'county', parentId: city.id, isDemo: true }).returning();
    const [yi] = await tx.insert(region).values({ ...REGIONS.yi, level: 'county', parentId: city.id, isDemo: true }).returning();
    const regions = { city, jia, yi };

    let cityMarketId: string | undefined;
    let nameIndex = 0;
    let certSerial = 1;
    for (const spec of AGENCIES) {
      const r = regions[spec.region];
      const [ag] = await tx
        .insert(agency)
        .values({
          name: spec.name,
          shortName: spec.shortName,
          level: spec.region === 'city' ? 'city' : 'county',
          parentId: spec.field === 'market' && spec.region !== 'city' ? cityMarketId : undefined,
          regionId: r.id,
          field: spec.field,
          isSupervisor: Boolean(spec.supervisor),
          creditCode: creditCode('11', r.code, spec.orgCode),
          address: `${r.name}政务服务中心${spec.units.length + 3}号楼`,
          phone: `0531-8${spec.orgCode.slice(-4)}000`,
          legalBasis: spec.supervisor ? '《法治政府建设实施纲要》及本级政府“三定”规定' : '有关法律、法规及本级政府“三定”规定',
          isDemo: true,
        })
        .returning();
      if (spec.code === 'smsj') cityMarketId = ag.id;
      const units = await tx
        .insert(agencyUnit)
        .values(spec.units.map((name, i) => ({ agencyId: ag.id, name, address: ag.address, phone: `0531-8${spec.orgCode.slice(-4)}${i + 1}00`, isDemo: true })))
        .returning();

      const people = spec.supervisor
        ? spec.code === 'smsf'
          ? [
              { key: 'supervisor', roles: ['supervisor'], unit: 0 as const, post: '执法监督员', cert: 'valid' as const },
              { key: 'sysadmin', roles: ['system_admin'], unit: 0 as const, post: '系统管理员', cert: 'none' as const, username: 'sysadmin' },
              { key: 'secadmin', roles: ['security_admin'], unit: 0 as const, post: '安全管理员', cert: 'none' as const, username: 'secadmin' },
              { key: 'auditadmin', roles: ['audit_admin'], unit: 0 as const, post: '审计管理员', cert: 'none' as const, username: 'auditadmin' },
            ]
          : [{ key: 'supervisor', roles: ['supervisor'], unit: 0 as const, post: '执法监督员', cert: 'valid' as const }]
        : STAFF;

      for (const person of people) {
        const name = DEMO_PERSON_NAMES[nameIndex++ % DEMO_PERSON_NAMES.length];
        let officerId: string | null = null;
        if (person.cert !== 'none') {
          const validTo =
            person.cert === 'expired' ? addDays(options.today, -20) : person.cert === 'expiring' ? addDays(options.today, 15) : addDays(options.today, 900);
          // Officers' ID numbers and phones exist (staff see them masked) so the portal can be shown never to publish them.
          const gender = nameIndex % 3 === 0 ? 'female' : 'male';
          const idNumber = residentId(r.code, `${1975 + (certSerial % 20)}0${1 + (certSerial % 9)}1${certSerial % 9}`, 100 + certSerial * 2 + (gender === 'male' ? 1 : 0));
          const phone = `1390531${String(2000 + certSerial * 7).padStart(4, '0')}`;
          const [o] = await tx
            .insert(officer)
            .values({
              agencyId: ag.id,
              unitId: units[person.unit]?.id ?? units[0].id,
              name,
              gender,
              post: person.post,
              idNumberCipher: options.crypto.encrypt(idNumber),
              idNumberDigest: options.crypto.digest(idNumber),
              idNumberMasked: maskMiddle(idNumber),
              phoneCipher: options.crypto.encrypt(phone),
              phoneMasked: maskMiddle(phone),
              certificateNo: `37${r.code.slice(2, 6)}${String(certSerial++).padStart(6, '0')}`,
              certificateIssuer: '某省人民政府（演示）',
              fields: spec.field,
              validFrom: addDays(options.today, -700),
              validTo,
              legalQualification: Boolean((person as { reviewer?: boolean }).reviewer),
              isLegalReviewer: Boolean((person as { reviewer?: boolean }).reviewer),
              isDemo: true,
            })
            .returning({ id: officer.id });
          officerId = o.id;
        }
        const [acc] = await tx
          .insert(account)
          .values({
            username: (person as { username?: string }).username ?? `${spec.code}.${person.key}`,
            displayName: name,
            agencyId: ag.id,
            unitId: units[person.unit]?.id ?? units[0].id,
            officerId,
            passwordHash: options.passwordHash,
            isDemo: true,
          })
          .returning({ id: account.id });
        await tx.insert(accountRole).values(person.roles.map((role) => ({ accountId: acc.id, role })));
      }
    }

    await tx.insert(party).values(
      DEMO_ENTERPRISES.map((e, i) => ({
        kind: 'organization',
        name: e.name,
        creditCode: creditCode('91', i % 3 === 2 ? REGIONS.city.code : i % 2 ? REGIONS.yi.code : REGIONS.jia.code, `MA${String(7000001 + i)}`),
        legalRepresentative: e.rep,
        address: e.address,
        isDemo: true,
      })),
    );
    await tx.insert(party).values(
      DEMO_PERSONS.map((p, i) => {
        const id = residentId(i % 2 ? REGIONS.yi.code : REGIONS.jia.code, p.birth, 101 + i * 2);
        const phone = `1380531${String(1000 + i * 37).padStart(4, '0')}`;
        return {
          kind: 'person',
          name: p.name,
          idNumberCipher: options.crypto.encrypt(id),
          idNumberDigest: options.crypto.digest(id),
          idNumberMasked: maskMiddle(id),
          birthDate: `${p.birth.slice(0, 4)}-${p.birth.slice(4, 6)}-${p.birth.slice(6, 8)}`,
          phoneCipher: options.crypto.encrypt(phone),
          phoneMasked: maskMiddle(phone),
          address: p.address,
          isDemo: true,
        };
      }),
    );
    await tx.insert(setting).values({ key: DEMO_MARK_KEY, value: options.today });
  });
  return true;
};
