import { ALL_ROLES, type Role } from '@sanxiang/domain';
import { account, accountRole, agency, type Database, DEMO_PASSWORD, type DatabaseKind } from '@sanxiang/db';
import { openTestDatabase } from '@sanxiang/db/test';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { AppDeps } from '../src/app.ts';
import { type Config } from '../src/config.ts';
import { createDeps, createServer } from '../src/start.ts';
import { hashPassword } from '../src/security/passwords.ts';

process.env.SANXIANG_FIELD_KEY ??= '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

/** A clock tests move by hand: lockouts, idle timeouts and TOTP steps without waiting. */
export const testClock = (start = new Date('2026-11-20T02:00:00Z')) => {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (d: Date) => {
      now = d.getTime();
    },
  };
};

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  database: Database;
  clock: ReturnType<typeof testClock>;
  close: () => Promise<void>;
};

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: '/nonexistent-test-data-dir',
  securityProfile: 'demo',
  logLevel: 'silent',
  ...overrides,
});

/** The server over a fresh database of the given kind, with the demo jurisdiction loaded. */
export const startTestApp = async (kind: DatabaseKind, overrides: Partial<Config> = {}): Promise<TestApp> => {
  const database = await openTestDatabase(kind);
  const clock = testClock();
  const deps = await createDeps(testConfig(overrides), { clock: clock.now, database });
  const app = await createServer(deps, false);
  await app.ready();
  return { app, deps, database, clock, close: async () => { await app.close(); await database.close(); } };
};

/** A cookie-keeping client for one user, sending the CSRF token on writes like the console does. */
export const client = (app: FastifyInstance, ip = '10.0.0.1') => {
  let cookie = '';
  let csrf = '';
  const request = async (opts: InjectOptions & { url: string }) => {
    const res = await app.inject({
      ...opts,
      remoteAddress: ip,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf && opts.method && opts.method !== 'GET' ? { 'x-csrf-token': csrf } : {}), ...(opts.headers ?? {}) },
    });
    const set = res.headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) cookie = first.split(';')[0];
    return res;
  };
  return {
    request,
    get: (url: string) => request({ method: 'GET', url }),
    post: (url: string, payload?: unknown) => request({ method: 'POST', url, payload: payload as object }),
    put: (url: string, payload?: unknown) => request({ method: 'PUT', url, payload: payload as object }),
    patch: (url: string, payload?: unknown) => request({ method: 'PATCH', url, payload: payload as object }),
    del: (url: string) => request({ method: 'DELETE', url }),
    login: async (username: string, password = DEMO_PASSWORD) => {
      const res = await request({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode === 200) csrf = res.json().csrfToken;
      return res;
    },
    setCsrf: (token: string) => {
      csrf = token;
    },
    get cookie() {
      return cookie;
    },
  };
};
export type Client = ReturnType<typeof client>;

let hashed: Promise<string> | undefined;

/** An account holding exactly the given roles in a demo agency, password DEMO_PASSWORD. */
export const accountWithRoles = async (database: Database, username: string, roles: Role[], agencyName = '甲县市场监督管理局') => {
  hashed ??= hashPassword(DEMO_PASSWORD);
  const [ag] = await database.db.select().from(agency).where(eq(agency.name, agencyName));
  const [acc] = await database.db.insert(account).values({ username, displayName: username, agencyId: ag.id, passwordHash: await hashed, isDemo: true }).returning();
  if (roles.length) await database.db.insert(accountRole).values(roles.map((role) => ({ accountId: acc.id, role })));
  return acc;
};

export const ROLES: readonly Role[] = ALL_ROLES;
