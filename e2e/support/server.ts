/** The static server the browser tests use; it lives in scripts/lib so `npm run handouts` shares it. */
export { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
