/**
 * For the server's tests: a small site in a temporary folder, with secrets planted beside it
 * (folders and files whose names start with the site folder's name, and symbolic links out of the
 * site), and a raw HTTP client that sends a request target exactly as written.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Text in every planted secret: a response containing it served a file outside the site. */
export const SECRET = 'SECRET-b7f3c1-not-for-students';

export interface TestSite {
  /** The site folder, `<tmp>/site`. */
  root: string;
  /** Bytes of `handout.pdf`, for range requests. */
  pdf: Buffer;
  css: string;
  /** Removes the site and its planted secrets. */
  remove: () => Promise<void>;
}

/** Writes the site and its planted secrets into a new temporary folder, which `remove()` deletes. */
export async function makeTestSite(): Promise<TestSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  const root = path.join(work, 'site');
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>home</title><h1>home</h1>',
    '404.html': '<!doctype html><title>404</title><h1>page not found</h1>',
    'lessons/a/index.html': `<!doctype html><title>a</title>${'<p>레슨 본문 lesson text</p>'.repeat(200)}`,
    '_astro/app.Bx2kd9aL.css': `${'.lesson { color: var(--text); }\n'.repeat(200)}`,
    'pagefind/fragment/ko_1a2b3c.pf_fragment': Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]),
    'pagefind/pagefind.js': 'export const search = () => [];\n'.repeat(50),
    '100%.html': '<p>percent</p>',
    '.env': SECRET,
    'handout.pdf': Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251)),
  };
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), body);
  }
  await mkdir(path.join(work, 'site-secret'));
  await writeFile(path.join(work, 'site-secret', 'secret.txt'), SECRET);
  await writeFile(path.join(work, 'site.env'), SECRET);
  await writeFile(path.join(work, 'secret.txt'), SECRET);
  await symlink(path.join(work, 'site-secret', 'secret.txt'), path.join(root, 'leak.txt'));
  await symlink(path.join(work, 'site-secret'), path.join(root, 'leakdir'));
  await symlink('../../site-secret/secret.txt', path.join(root, 'lessons', 'relative-leak.txt'));
  return {
    root,
    pdf: files['handout.pdf'] as Buffer,
    css: files['_astro/app.Bx2kd9aL.css'] as string,
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Everything the server sent, headers included. */
  raw: Buffer;
}

/** Sends `GET <target>` (or `method`) over a plain socket, with the target byte for byte as given. */
export function rawRequest(
  url: string,
  target: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const lines = [`${method} ${target} HTTP/1.1`, `host: ${hostname}`, 'connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return new Promise((resolve, reject) => {
    // Written, not ended: Node's server drops a request whose client half-closes the socket.
    const socket = connect(Number(port), hostname, () => {
      socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    // A server that never answers (its handler died) gives status 0 rather than a hung test.
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw
        .subarray(0, split < 0 ? raw.length : split)
        .toString('latin1')
        .split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/u.exec(head[0] ?? '')?.[1] ?? 0);
      const entries = head.slice(1).map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
      });
      resolve({
        status,
        headers: Object.fromEntries(entries),
        body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4),
        raw,
      });
    });
  });
}
