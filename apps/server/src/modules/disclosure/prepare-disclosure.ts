import {
  assertDisclosureAction,
  chinaDateOf,
  DEFAULT_PERSON_NAME_RULE,
  DISCLOSURE_KINDS,
  type DisclosureKind,
  type DisclosureStatus,
  displayCreditCode,
  displayPartyName,
  displayPeriodFor,
  invalid,
  isDomainError,
  isPlainDate,
  notFound,
  PERSON_NAME_RULES,
  type PersonNameRule,
  publicationDueOn,
  SEVERITIES,
  type Severity,
  validateCreditCode,
  withdrawalDueOn,
  type WorkingCalendar,
  conflict,
} from '@sanxiang/domain';
import { agency, type Db, disclosureRecord, setting } from '@sanxiang/db';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { appendDisclosureEvent } from './disclosure-events.ts';
import { refreshSearchText } from './disclosure-record.ts';
import { redactSummary } from './redact-summary.ts';

export type PrepareDisclosureInput = {
  agencyId: string;
  caseId?: string | null;
  kind: DisclosureKind;
  documentNumber: string;
  /** YYYY-MM-DD, Beijing date of the decision. */
  decisionDate: string;
  party: { name: string; kind: 'person' | 'organization'; creditCode?: string | null; minor?: boolean };
  category: string;
  violation?: string;
  basis: string;
  content: string;
  fineFen?: number | null;
  confiscationFen?: number | null;
  summary?: string;
  severity?: Severity;
};

export type PrepareDisclosureResult =
  | { created: true; recordId: string; dueOn: string; displayEndsOn: string }
  | { created: false; reason: { code: string; message: string } };

/** Setting key of the natural-person display rule (surname | full); absent means the national default, surname + 某. */
export const PERSON_NAME_RULE_SETTING = 'disclosure.person-name-rule';

export const personNameRule = async (tx: Db): Promise<PersonNameRule> => {
  const [row] = await tx.select({ value: setting.value }).from(setting).where(eq(setting.key, PERSON_NAME_RULE_SETTING));
  return row && (PERSON_NAME_RULES as readonly string[]).includes(row.value) ? (row.value as PersonNameRule) : DEFAULT_PERSON_NAME_RULE;
};

const money = (value: number | null | undefined, label: string) => {
  if (value === null || value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < 0) throw invalid('DISCLOSURE_AMOUNT_INVALID', `${label}应为不小于 0 的整数（单位：分）`);
  return value;
};

/**
 * 事后公开, step 1: when a decision is made, its public record is prepared as a draft in the same transaction,
 * built only from allowlisted fields: the party's display form (surname + 某 for a person by default), the
 * credit code for organisations, and a summary that has passed redaction. Publication is due 7 working days
 * (处罚、许可) or 20 working days (other decisions) after the decision (国办发〔2018〕118号).
 *
 * No record is made for a minor party (never published) nor, under the rule in force from 2026-04-01, for a
 * minor (轻微) act, which is normally not published; the result says why. Read `calendar` before the
 * transaction (deps.calendar.current()).
 */
export const prepareDisclosure = async (
  tx: Db,
  input: PrepareDisclosureInput,
  calendar: WorkingCalendar,
  options: { now: Date; actorAccountId?: string | null },
): Promise<PrepareDisclosureResult> => {
  if (!(DISCLOSURE_KINDS as readonly string[]).includes(input.kind)) throw invalid('DISCLOSURE_KIND_INVALID', `未知的决定类别：${input.kind}`);
  if (!isPlainDate(input.decisionDate)) throw invalid('DATE_INVALID', `决定日期“${input.decisionDate}”无效`);
  const today = chinaDateOf(options.now);
  if (input.decisionDate > today) throw invalid('DISCLOSURE_DECISION_IN_FUTURE', '决定日期不能晚于今天');
  const severity = input.severity ?? 'general';
  if (!(SEVERITIES as readonly string[]).includes(severity)) throw invalid('DISCLOSURE_SEVERITY_INVALID', `未知的严重程度：${severity}`);
  for (const [value, label] of [[input.documentNumber, '决定书文号'], [input.category, '执法类别'], [input.basis, '依据'], [input.content, '决定内容']] as const) {
    if (!value?.trim()) throw invalid('DISCLOSURE_FIELD_MISSING', `${label}不能为空`);
  }
  const fineFen = money(input.fineFen, '罚款金额');
  const confiscationFen = money(input.confiscationFen, '没收金额');
  if (input.party.kind === 'organization' && input.party.creditCode) {
    const check = validateCreditCode(input.party.creditCode.trim().toUpperCase());
    if (!check.valid) throw invalid('CREDIT_CODE_INVALID', `统一社会信用代码无效：${check.reason}`);
  }

  const rule = await personNameRule(tx);
  let partyName: string;
  try {
    partyName = displayPartyName(input.party, rule);
  } catch (e) {
    if (isDomainError(e) && e.code === 'DISCLOSURE_PARTY_MINOR') return { created: false, reason: { code: e.code, message: e.message } };
    throw e;
  }
  const period = displayPeriodFor(severity, input.decisionDate);
  if (!period.published) {
    return { created: false, reason: { code: 'DISCLOSURE_MINOR_NOT_PUBLISHED', message: `轻微违法行为的处罚信息按规定通常不予公示（${period.basis}）` } };
  }
  const [ag] = await tx.select({ id: agency.id, name: agency.name }).from(agency).where(eq(agency.id, input.agencyId));
  if (!ag) throw notFound('AGENCY_NOT_FOUND', '执法主体不存在');
  const documentNumber = input.documentNumber.trim();
  const [twin] = await tx
    .select({ id: disclosureRecord.id })
    .from(disclosureRecord)
    .where(and(eq(disclosureRecord.agencyId, ag.id), eq(disclosureRecord.documentNumber, documentNumber), notInArray(disclosureRecord.status, ['withdrawn'])));
  if (twin) throw conflict('DISCLOSURE_DUPLICATE', `文号“${documentNumber}”的决定已有公示信息`, { recordId: twin.id });

  const dueOn = publicationDueOn(calendar, input.kind, input.decisionDate); // CALENDAR_YEAR_MISSING (422) if the schedule lacks the year
  // The engine shows the penalised person by the same rule as the party field and masks everyone else.
  const summary = input.summary?.trim() ? redactSummary(input.summary.trim(), input.party, rule) : { text: '', findings: [] };
  const violation = input.violation?.trim() ? redactSummary(input.violation.trim(), input.party, rule).text : '';
  const [row] = await tx
    .insert(disclosureRecord)
    .values({
      agencyId: ag.id,
      caseId: input.caseId ?? null,
      kind: input.kind,
      documentNumber,
      decisionDate: input.decisionDate,
      partyName,
      partyKind: input.party.kind,
      creditCode: displayCreditCode(input.party),
      category: input.category.trim(),
      violation,
      basis: input.basis.trim(),
      content: input.content.trim(),
      fineFen,
      confiscationFen,
      summary: summary.text,
      severity,
      status: 'draft',
      dueOn,
      displayEndsOn: period.endsOn,
      displayMinEndsOn: period.minEndsOn,
      createdAt: options.now,
      updatedAt: options.now,
    })
    .returning();
  await appendDisclosureEvent(tx, {
    recordId: row.id,
    type: 'prepared',
    at: options.now,
    actorAccountId: options.actorAccountId ?? null,
    // Counts of what redaction removed, never the removed text.
    payload: { dueOn, displayEndsOn: period.endsOn, displayMinEndsOn: period.minEndsOn, displayBasis: period.basis, redactions: summary.findings.length },
  });
  await refreshSearchText(tx, row, ag.name);
  return { created: true, recordId: row.id, dueOn, displayEndsOn: period.endsOn };
};

export type WithdrawDisclosureInput = ({ recordId: string; caseId?: undefined } | { caseId: string; recordId?: undefined }) & {
  reason: string;
  at: Date;
  /** When the decision was changed, revoked, held illegal or void (default: the day of `at`). */
  changedOn?: string;
  actorAccountId?: string | null;
};

const OPEN: DisclosureStatus[] = ['draft', 'approved', 'published'];

const targets = async (tx: Db, input: { recordId?: string; caseId?: string }) => {
  const where = input.recordId ? eq(disclosureRecord.id, input.recordId) : eq(disclosureRecord.caseId, input.caseId!);
  return tx.select().from(disclosureRecord).where(and(where, inArray(disclosureRecord.status, OPEN)));
};

/**
 * 处罚法 第四十八条第二款: a published decision that is changed, revoked, held illegal or void is withdrawn
 * (within 3 working days) with the reason; its page then says so and every list drops it. A draft that never
 * went public is cancelled the same way. By `caseId` every open record of the case is withdrawn (the case
 * module calls this when a decision is changed); returns the ids withdrawn.
 */
export const withdrawDisclosure = async (tx: Db, input: WithdrawDisclosureInput, calendar?: WorkingCalendar): Promise<string[]> => {
  const reason = input.reason?.trim();
  if (!reason || reason.length < 4) throw invalid('DISCLOSURE_REASON_REQUIRED', '请写明撤回理由（原决定被变更、撤销、确认违法或无效的情况）');
  const changedOn = input.changedOn ?? chinaDateOf(input.at);
  if (!isPlainDate(changedOn)) throw invalid('DATE_INVALID', `日期“${changedOn}”无效`);
  const rows = await targets(tx, input);
  if (input.recordId && rows.length === 0) {
    const [any] = await tx.select({ status: disclosureRecord.status }).from(disclosureRecord).where(eq(disclosureRecord.id, input.recordId));
    if (!any) throw notFound('DISCLOSURE_NOT_FOUND', '公示信息不存在');
    assertDisclosureAction(any.status as DisclosureStatus, 'withdraw');
  }
  const dueOn = calendar ? withdrawalDueOn(calendar, changedOn) : null;
  for (const row of rows) {
    const wasPublic = row.status === 'published';
    await appendDisclosureEvent(
      tx,
      {
        recordId: row.id,
        type: wasPublic ? 'withdrawn' : 'cancelled',
        at: input.at,
        actorAccountId: input.actorAccountId ?? null,
        payload: { reason, changedOn, withdrawalDueOn: row.withdrawalDueOn ?? dueOn },
      },
      { status: 'withdrawn', withdrawnAt: input.at, withdrawalReason: reason, withdrawalDueOn: row.withdrawalDueOn ?? dueOn },
    );
  }
  return rows.map((r) => r.id);
};

/**
 * The decision behind a published record was changed on `changedOn`: the record must be withdrawn within 3
 * working days. Marks it so the officer and the supervisor see the deadline; the officer then withdraws it.
 * Drafts are cancelled at once (nothing public to take down). Returns the ids flagged or cancelled.
 */
export const requireWithdrawal = async (
  tx: Db,
  input: { caseId?: string; recordId?: string; reason: string; changedOn: string; at: Date; actorAccountId?: string | null },
  calendar: WorkingCalendar,
): Promise<string[]> => {
  const reason = input.reason?.trim();
  if (!reason) throw invalid('DISCLOSURE_REASON_REQUIRED', '请写明原决定变更的情况');
  const dueOn = withdrawalDueOn(calendar, input.changedOn);
  const rows = await targets(tx, input);
  for (const row of rows) {
    if (row.status !== 'published') {
      await withdrawDisclosure(tx, { recordId: row.id, reason, at: input.at, changedOn: input.changedOn, actorAccountId: input.actorAccountId }, calendar);
      continue;
    }
    await appendDisclosureEvent(
      tx,
      { recordId: row.id, type: 'withdrawal-required', at: input.at, actorAccountId: input.actorAccountId ?? null, payload: { reason, changedOn: input.changedOn, withdrawalDueOn: dueOn } },
      { withdrawalReason: reason, withdrawalDueOn: dueOn },
    );
  }
  return rows.map((r) => r.id);
};
