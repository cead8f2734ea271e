import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agency, agencyUnit } from './org.ts';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** 执法人员 and their 执法证 (enforcement certificate). */
export const officer = pgTable(
  'officer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    unitId: uuid('unit_id').references(() => agencyUnit.id),
    name: text('name').notNull(),
    gender: text('gender').notNull(), // male | female
    post: text('post'),
    certificateNo: text('certificate_no').notNull(), // 执法证号: no national format, stored as given
    certificateIssuer: text('certificate_issuer').notNull(),
    fields: text('fields').notNull().default(''), // 执法领域, comma separated
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('active'), // active | suspended | revoked
    legalQualification: boolean('legal_qualification').notNull().default(false), // 法律职业资格
    isLegalReviewer: boolean('is_legal_reviewer').notNull().default(false),
    // 身份证号 and phone are never disclosed: SM4-sealed, a keyed digest to tell one person from another, a mask for staff.
    idNumberCipher: bytea('id_number_cipher'),
    idNumberDigest: text('id_number_digest'),
    idNumberMasked: text('id_number_masked'),
    phoneCipher: bytea('phone_cipher'),
    phoneMasked: text('phone_masked'),
    // The 亮证 QR code's secret: 122 random bits, so verification pages cannot be guessed or enumerated from ids.
    verifyToken: text('verify_token')
      .notNull()
      .unique()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('officer_certificate_uq').on(t.certificateIssuer, t.certificateNo),
    // One agency at a time: a person (by ID number) holds at most one certificate that is not revoked.
    uniqueIndex('officer_person_current_uq').on(t.idNumberDigest).where(sql`status <> 'revoked'`),
    check('officer_validity_check', sql`${t.validFrom} <= ${t.validTo}`),
    check('officer_status_check', sql`${t.status} in ('active','suspended','revoked')`),
    check('officer_gender_check', sql`${t.gender} in ('male','female')`),
    index('officer_agency_idx').on(t.agencyId),
  ],
);

/**
 * 行政相对人: a natural person (validated 身份证号) or an organisation (validated 统一社会信用代码).
 * ID numbers and phones are sensitive: stored SM4-encrypted, with a keyed SM3 digest for exact lookup
 * and a mask for display.
 */
export const party = pgTable(
  'party',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // person | organization
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    idNumberCipher: bytea('id_number_cipher'),
    idNumberDigest: text('id_number_digest'),
    idNumberMasked: text('id_number_masked'),
    birthDate: date('birth_date', { mode: 'string' }),
    phoneCipher: bytea('phone_cipher'),
    phoneMasked: text('phone_masked'),
    address: text('address'),
    legalRepresentative: text('legal_representative'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('party_kind_check', sql`${t.kind} in ('person','organization')`),
    check(
      'party_identity_check',
      sql`(${t.kind} = 'person' and ${t.idNumberCipher} is not null) or (${t.kind} = 'organization' and ${t.creditCode} is not null)`,
    ),
    uniqueIndex('party_credit_code_uq').on(t.creditCode),
    uniqueIndex('party_id_digest_uq').on(t.idNumberDigest),
  ],
);
