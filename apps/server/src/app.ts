import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Actor, Action } from '@sanxiang/domain';
import type { Database } from '@sanxiang/db';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerRequestContext, type SessionInfo } from './http/request-context.ts';
import { accountRoutes } from './modules/accounts/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import type { PolicyStore } from './modules/auth/policy-store.ts';
import type { CalendarStore } from './modules/calendar/calendar-store.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { validationRoutes } from './modules/validation/routes.ts';
import type { FieldCipher } from './security/field-cipher.ts';
import type { LedgerSigner } from './security/ledger-key.ts';
import type { EvidenceDeps } from './storage/evidence-deps.ts';
import { ledgerRoutes } from './modules/ledger/routes.ts';
import { caseRoutes } from './modules/cases/routes.ts';
import { evidenceRoutes } from './modules/evidence/routes.ts';
import { partyRoutes } from './modules/parties/routes.ts';
import { importRoutes } from './modules/imports/routes.ts';
import { lawRoutes } from './modules/laws/routes.ts';
import { itemRoutes } from './modules/items/routes.ts';
import { reviewRoutes } from './modules/review/routes.ts';
import { registryPrintRoutes, registryRoutes } from './modules/registry/routes.ts';
import { deadlineRoutes } from './modules/deadlines/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { disclosureRoutes } from './modules/disclosure/routes.ts';
import { disclosureFeedRoutes, disclosurePublicRoutes } from './modules/disclosure/public-routes.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  clock: () => Date;
  calendar: CalendarStore;
  policy: PolicyStore;
  cipher: FieldCipher;
  ledger: LedgerSigner;
  version: string;
  ping: () => Promise<void>;
  /** Evidence storage, limits and ffmpeg; built from the environment on first use when not given. */
  evidence?: EvidenceDeps;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route with the access it declares; the deny-matrix test walks it. */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
  }
  interface FastifyContextConfig {
    /** The permission-table action this route performs; routes without one are public. */
    action?: Action;
    /** Needs a signed-in account but no permission-table action (one's own session, password, second factor). */
    authenticated?: boolean;
    /** Reachable before the login is complete: while the second factor is pending (implies the next), or while a password change is forced. */
    allowPending?: 'second-factor' | 'password-change';
  }
}

export type RouteEntry = { method: string; url: string; action?: Action; authenticated?: boolean };

export type AppInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export type ExtraRoutes = (app: AppInstance) => Promise<void>;

/** Builds the HTTP application over explicit dependencies, so tests run it with `inject` on any database. */
export const buildApp = async (deps: AppDeps, options: { logger?: boolean | object; extra?: ExtraRoutes[] } = {}) => {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 64 ? req.headers['x-request-id'] : randomUUID()),
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: r.url, action: r.config?.action, authenticated: r.config?.authenticated });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Sanxiang 三项 API', version: deps.version, description: '行政执法公示、全过程记录、重大执法决定法制审核' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerRequestContext(app);
  // The server's clock is the one deadlines are counted by: the console takes "today" from it, not from the
  // officer's device, whose clock or zone may be wrong.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-server-time', deps.clock().toISOString());
    return payload;
  });

  await app.register(
    async (api) => {
      const v1 = api as unknown as AppInstance;
      await systemRoutes(v1);
      await calendarRoutes(v1);
      await validationRoutes(v1);
      await authRoutes(v1);
      await accountRoutes(v1);
      await auditRoutes(v1);
      await ledgerRoutes(v1);
      await caseRoutes(v1);
      await evidenceRoutes(v1);
      await partyRoutes(v1);
      await importRoutes(v1);
      await lawRoutes(v1);
      await itemRoutes(v1);
      await reviewRoutes(v1);
      await registryRoutes(v1);
      await deadlineRoutes(v1);
      await notificationRoutes(v1);
      await disclosureRoutes(v1);
      await disclosurePublicRoutes(v1);
    },
    { prefix: '/api/v1' },
  );
  await app.register(async (scope) => registryPrintRoutes(scope as unknown as AppInstance));
  await app.register(async (scope) => disclosureFeedRoutes(scope as unknown as AppInstance));
  for (const extra of options.extra ?? []) await app.register(async (scope) => extra(scope as unknown as AppInstance));
  return app;
};
