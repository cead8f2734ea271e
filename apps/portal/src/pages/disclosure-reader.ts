import type { PublicDecision } from '@sanxiang/domain';

/** A decision as the portal shows it: the allowlisted fields and its public lifecycle. */
export type PortalDecision = PublicDecision & {
  id: string;
  agencyId: string;
  status: 'published' | 'withdrawn' | 'expired' | 'removed';
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  removedAt: string | null;
  displayEndsOn: string | null;
  /** Ledger record ids (kind `disclosure-public`) of the publication and of the step that ended it, for 验证. */
  publicationLeafId: string | null;
  endLeafId: string | null;
};

export type DecisionListItem = Pick<PortalDecision, 'id' | 'agencyName' | 'kind' | 'documentNumber' | 'decisionDate' | 'partyName' | 'category' | 'content' | 'publishedAt'>;

export type PortalStatistics = { id: string; year: number; publishedAt: string; figures: unknown };

/** What the disclosure pages read; the server's disclosure module implements it. */
export type DisclosureReader = {
  /** Absolute origin for QR codes (configured public URL, else the request's own). */
  publicBaseUrl?: string;
  decisions: (query: { page: number; pageSize: number }) => Promise<{ items: DecisionListItem[]; total: number; page: number; pageSize: number }>;
  decision: (id: string) => Promise<PortalDecision | null>;
  statistics: (year: number) => Promise<PortalStatistics | null>;
  statisticsYears: () => Promise<number[]>;
};
