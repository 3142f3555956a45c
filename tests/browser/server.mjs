// The static server of the page's tests and benchmark: www/ at /, the package's web build at
// /pkg/, the example data at /examples/, on 127.0.0.1 and a free port, nothing outside them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = path.join(ROOT, 'www');
export const PKG_WEB = path.join(ROOT, 'pkg', 'web');
export const EXAMPLES = path.join(ROOT, 'examples');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file: /pkg/* → pkg/web/*, /examples/* → examples/*, everything else → www/*.
 * Null when outside. */
function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  let base = WWW;
  if (rel === '/pkg' || rel.startsWith('/pkg/')) {
    base = PKG_WEB;
    rel = rel.slice('/pkg'.length);
  } else if (rel === '/examples' || rel.startsWith('/examples/')) {
    base = EXAMPLES;
    rel = rel.slice('/examples'.length);
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(base, `.${rel}`);
  return file.startsWith(base + path.sep) ? file : null;
}

/** A static server on 127.0.0.1 and a free port; resolves to { server, baseUrl }. */
export async function startServer() {
  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const file = resolveFile(new URL(req.url, 'http://localhost').pathname);
    if (!file) return send(404, 'not found');
    try {
      if (!(await stat(file)).isFile()) return send(404, 'not found');
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return send(200, await readFile(file), type);
    } catch {
      return send(404, 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}
