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

export type CaseSource = Output<typeof C.caseSource>;
export type CaseSummary = C.CaseSummary;
export type CaseDetail = Output<typeof C.caseDetail>;
export type CaseEvent = Output<typeof C.caseEventItem>;
export type CaseHandler = Output<typeof C.caseHandlerItem>;
export type CasesPage = Output<typeof C.casesResponse>;
export type CasesQuery = Output<typeof C.listCasesQuery>;
export type RegisterClueBody = Output<typeof C.registerClueBody>;
export type CaseAction = Output<typeof C.caseAction>;
export type RequestFilingBody = Output<typeof C.requestFilingBody>;
export type DecideFilingBody = Output<typeof C.decideFilingBody>;
export type HandlerOption = Output<typeof C.handlerOption>;
export type PartyOption = Output<typeof C.partyOption>;

export type AgencyItem = C.AgencyItem;
export type AgencyUnit = Output<typeof C.agencyUnitItem>;
export type AgencyKind = Output<typeof C.agencyKind>;
export type CreateAgencyBody = Output<typeof C.createAgencyBody>;
export type UpdateAgencyBody = Output<typeof C.updateAgencyBody>;
export type CreateUnitBody = Output<typeof C.createUnitBody>;
export type UpdateUnitBody = Output<typeof C.updateUnitBody>;
export type RegistryOptions = C.RegistryOptions;
export type RegistryChange = C.RegistryChangeItem;
export type OfficerItem = C.OfficerItem;
export type OfficerDetail = C.OfficerDetail;
export type OfficersPage = Output<typeof C.officersResponse>;
export type OfficerStanding = Output<typeof C.officerStanding>;
export type OfficerStatus = Output<typeof C.officerStatus>;
export type CreateOfficerBody = Output<typeof C.createOfficerBody>;
export type UpdateOfficerBody = Output<typeof C.updateOfficerBody>;
export type ExpiringOfficers = Output<typeof C.expiringOfficersResponse>;

export type Ok = { ok: true };
