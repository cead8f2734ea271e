/**
 * Response and request shapes, inferred from the shared zod contracts. Imported as types only, so no
 * zod code reaches the bundle.
 */
import type * as C from '@sanxiang/contracts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type RoleName = C.RoleName;
export type Me = C.Me;
export type SystemInfo = C.SystemInfo;
export type LoginResponse = Output<typeof C.loginResponse>;
export type TotpEnrolment = Output<typeof C.totpEnrolResponse>;
export type SessionItem = Output<typeof C.sessionItem>;
export type SessionsResponse = Output<typeof C.sessionsResponse>;

export type AccountItem = C.AccountItem;
export type AccountsPage = Output<typeof C.accountsResponse>;
export type CreateAccountBody = Output<typeof C.createAccountBody>;
export type CreatedAccount = Output<typeof C.createAccountResponse>;
export type UpdateAccountBody = Output<typeof C.updateAccountBody>;
export type PasswordPolicy = Output<typeof C.passwordPolicy>;
export type AgencyOption = Output<typeof C.agencyOption>;

export type AuditItem = C.AuditItem;
export type AuditPage = Output<typeof C.auditResponse>;
export type AuditFilter = Output<typeof C.auditFilter>;
export type AuditResult = NonNullable<AuditFilter['result']>;

export type CalendarYear = C.CalendarYear;
export type CalendarYears = Output<typeof C.calendarYearsResponse>;
export type SpecialDay = Output<typeof C.specialDay>;
export type DayInfo = C.DayResponse;
export type WorkingDaysResult = Output<typeof C.addWorkingDaysResponse>;

export type Ok = { ok: true };
