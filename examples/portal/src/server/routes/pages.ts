import type { FastifyPluginAsync } from 'fastify';

/** Built browser files, by name (`app.js`, `app.css`), read once at start. */
export type Assets = ReadonlyMap<string, { readonly body: Buffer; readonly type: string }>;

/** The pages: one HTML shell each; the bundled script renders the page named in `data-page`. */
export const PAGES: Readonly<Record<string, string>> = {
  '/': 'home',
  '/login': 'login',
  '/assess': 'assess',
  '/officer': 'officer',
  '/officer/dossier': 'dossier',
  '/reports': 'reports',
};

const shell = (page: string): string => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Công dân học tập</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body data-page="${page}">
<main id="app" tabindex="-1"><noscript>Trang này cần JavaScript. / This page needs JavaScript.</noscript></main>
</body>
</html>
`;

/** The HTML shells and the built assets (no inline script or style anywhere). */
export const pageRoutes =
  (assets: Assets | undefined): FastifyPluginAsync =>
  async (app) => {
    for (const [path, page] of Object.entries(PAGES)) {
      app.get(path, async (_req, reply) =>
        reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(shell(page)),
      );
    }
    app.get('/assets/:name', async (req, reply) => {
      const asset = assets?.get((req.params as { name: string }).name);
      if (!asset) return reply.callNotFound();
      return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
    });
  };
