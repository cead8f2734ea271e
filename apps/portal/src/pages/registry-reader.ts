import type { AgencyItem, OfficerVerification, PublicOfficerItem } from '@sanxiang/contracts';

/** What the registry pages read: the server's registry views (the same ones the public API answers with). */
export type RegistryReader = {
  /** Today in China (YYYY-MM-DD), by the server's clock. */
  today: () => string;
  agencies: () => Promise<AgencyItem[]>;
  agency: (id: string) => Promise<AgencyItem | null>;
  officers: (query: { q?: string; agencyId?: string; page: number; pageSize: number }) => Promise<{ items: PublicOfficerItem[]; total: number; page: number; pageSize: number }>;
  verify: (token: string) => Promise<OfficerVerification | null>;
};

/** 2026-11-20 → 2026年11月20日 */
export const chineseDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
