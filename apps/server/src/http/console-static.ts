import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const consoleDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the built console at /console; client-side routes fall back to index.html. */
export const consoleRoutes = async (app: FastifyInstance) => {
  if (!existsSync(`${consoleDist}/index.html`)) {
    app.get('/console*', async (_req, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建：请运行 npm install（会自动构建）或 npm run build -w @sanxiang/web'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: consoleDist, prefix: '/console/', wildcard: false, decorateReply: true, index: ['index.html'] });
  app.get('/console', async (_req, reply) => reply.redirect('/console/'));
  // Client-side routes get the app; a missing asset is a 404, not an HTML page a browser would try to run.
  app.get('/console/*', async (req, reply) => {
    if (req.url.startsWith('/console/assets/')) return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: '没有这个文件' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
