/**
 * What the classroom server does with one request. request-path.ts decides what the target names
 * (or answers 400), resolve-file.ts finds the file inside the site (or the site's 404 page is sent),
 * and sirv sends it: content type, ETag and 304, ranges, streaming, HEAD. Text files go out as the
 * brotli or gzip copy the client accepts (compressed.ts).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { acceptedEncodings, compressedCopies } from './compressed.ts';
import { cacheControl, contentTypeOverride, isCompressible, REVALIDATE, SECURITY_HEADERS } from './headers.ts';
import { singleRange } from './range.ts';
import { folderLocation, parseRequestPath } from './request-path.ts';
import { resolveFile } from './resolve-file.ts';

export type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** The URL sirv is given for `file`: sirv decodes with decodeURI, which leaves `%3F` and `%23` as they are. */
function sirvUrl(file: string): string {
  return `/${file
    .split('/')
    .map((name) => encodeURI(name).replace(/[?#]/gu, encodeURIComponent))
    .join('/')}`;
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
}

/**
 * A handler serving `realRoot` (the site's real path) under `base`, with `headers` added to the
 * security headers; `cacheDir` is a folder of its own for compressed copies.
 */
export function siteHandler(
  realRoot: string,
  base: string,
  cacheDir: string,
  headers: Readonly<Record<string, string>> = {},
): Handler {
  const original = sirv(realRoot, { dev: true, etag: true, extensions: [] });
  const packed = sirv(cacheDir, { dev: true, etag: true, extensions: [], gzip: true, brotli: true });
  const compress = compressedCopies(cacheDir);

  const notFound = async (response: ServerResponse): Promise<void> => {
    const page = await readFile(path.join(realRoot, '404.html')).catch(() => undefined);
    if (page === undefined) return plain(response, 404, 'not found');
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length }).end(page);
  };

  return async (request, response) => {
    for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers })) response.setHeader(name, value);
    response.setHeader('cache-control', REVALIDATE);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return plain(response, 405, 'method not allowed: this server only sends files (GET, HEAD)');
    }
    const target = parseRequestPath(request.url ?? '/', base);
    if (target.kind === 'bad-request') return plain(response, 400, `bad request: ${target.reason}`);
    if (target.kind === 'redirect') return void response.writeHead(302, { location: target.location }).end();
    if (target.kind === 'not-found') return notFound(response);
    const found = await resolveFile(realRoot, target.segments, target.folder);
    if (found.kind === 'add-slash') {
      const location = folderLocation(base, target.segments, target.search);
      return void response.writeHead(301, { location }).end();
    }
    if (found.kind === 'not-found') return notFound(response);

    const { file, stats } = found;
    response.setHeader('cache-control', cacheControl(file));
    const type = contentTypeOverride(file);
    if (type) response.setHeader('content-type', type);
    // sirv pipes the file into the response: a read error must not be an uncaught 'error' event,
    // and a client that leaves must not keep the file open.
    response.once('pipe', (source: Readable) => {
      source.on('error', () => response.destroy());
      response.once('close', () => source.destroy());
    });
    const range = singleRange(request.headers.range, stats.size);
    if (range === undefined) delete request.headers.range;
    else request.headers.range = range;
    request.url = sirvUrl(file);
    const fallback = (): Promise<void> => notFound(response);
    const compressible = isCompressible(file);
    const encodings = compressible && range === undefined ? acceptedEncodings(request.headers['accept-encoding']) : [];
    if (compressible) response.setHeader('vary', 'Accept-Encoding');
    if (
      encodings.length > 0 &&
      (await compress(realRoot, file, stats).then(
        () => true,
        () => false,
      ))
    ) {
      request.headers['accept-encoding'] = encodings.join(', ');
      return packed(request, response, () => original(request, response, fallback));
    }
    delete request.headers['accept-encoding'];
    return original(request, response, fallback);
  };
}
