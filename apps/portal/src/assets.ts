import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

/**
 * The portal's few scripts. The 验证 script is bundled from TypeScript with esbuild (the pure-JS ledger code,
 * no node: modules) once per process, on first request; ECharts is served from its own distribution file.
 * Pages work without any of them.
 */
const bundles = new Map<string, Promise<string>>();
const bundle = (entry: string) => {
  let p = bundles.get(entry);
  if (!p) {
    p = (async () => {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [fileURLToPath(new URL(`./client/${entry}.ts`, import.meta.url))],
        bundle: true,
        write: false,
        format: 'iife',
        minify: true,
        platform: 'browser',
        target: 'es2020',
        legalComments: 'none',
      });
      return result.outputFiles[0].text;
    })();
    p.catch(() => bundles.delete(entry));
    bundles.set(entry, p);
  }
  return p;
};

let echartsFile: Promise<Buffer> | undefined;

export const assetRoutes = (app: FastifyInstance) => {
  for (const name of ['verify-decision', 'statistics-charts']) {
    app.get(`/static/${name}.js`, { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(await bundle(name)),
    );
  }
  app.get('/static/echarts.min.js', { schema: { hide: true } }, async (_req, reply) => {
    echartsFile ??= readFile(require.resolve('echarts/dist/echarts.min.js'));
    return reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(await echartsFile);
  });
};
