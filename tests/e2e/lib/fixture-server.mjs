/**
 * The sites' real host names, served from tests/fixtures/sites/ on this machine.
 *
 * Both browsers reach the server through an HTTP CONNECT proxy on 127.0.0.1 (Chromium
 * `--proxy-server`, Firefox `network.proxy.*` prefs), so the page URL stays the real
 * `https://x.com/...` and the content scripts' real match patterns decide injection. A proxy rather
 * than DNS remapping because Firefox cannot remap ports (`network.dns.forceResolve` would need the
 * server on port 443, which needs root and clashes between parallel runs), and because the proxy
 * sees every connection the browser opens: the privacy checks read its log.
 *
 * The certificate is self-signed, made at run time with openssl; the browsers accept it through
 * puppeteer's `acceptInsecureCerts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

/** Hosts the browsers themselves call (updates, settings, accounts): refused, never counted as the extension's. */
const BROWSER_SERVICE_HOSTS = [
  /(^|\.)google\.com$/, /(^|\.)googleapis\.com$/, /(^|\.)gstatic\.com$/, /(^|\.)gvt1\.com$/,
  /(^|\.)mozilla\.(com|net|org)$/, /(^|\.)firefox\.com$/, /(^|\.)mozaws\.net$/,
];

/** Writes a self-signed certificate for `hosts` into `dir`; returns { key, cert } PEM strings. */
export function makeCertificate(dir, hosts) {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error('openssl is missing: install it (apt-get install -y openssl); the e2e server needs it for its certificate.');
  }
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const altNames = hosts.map((host) => `DNS:${host}`).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=post-coach-e2e',
    '-addext', `subjectAltName=${altNames}`,
  ], { stdio: 'ignore' });
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}

/**
 * @param {object} options
 * @param {string} options.root tests/fixtures/sites
 * @param {Record<string, { hosts: readonly string[] }>} options.sites SITES from utils/sites.ts
 * @param {{ key: Buffer, cert: Buffer }} options.tls
 */
export async function startFixtureServer({ root, sites, tls }) {
  const siteOfHost = new Map(Object.entries(sites).flatMap(([id, site]) => site.hosts.map((host) => [host, id])));
  /** `${host}${pathname}` → fixture file, for fixtures that name their own URL (rel=canonical). */
  const canonicalRoutes = new Map();
  /** Every request and connection, for the privacy checks. */
  const log = { requests: [], connects: [] };

  const server = https.createServer(tls, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    const file = fileFor(host, url.pathname);
    log.requests.push({
      host, path: url.pathname, method: request.method, served: Boolean(file) || url.pathname === '/favicon.ico',
      origin: request.headers.origin, referer: request.headers.referer,
    });
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (file) {
      response.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' });
      fs.createReadStream(file).pipe(response);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
    }
  });

  function fileFor(host, pathname) {
    const canonical = canonicalRoutes.get(`${host}${pathname}`);
    if (canonical) return canonical;
    const site = siteOfHost.get(host);
    if (!site) return undefined;
    const siteDir = path.join(root, site);
    const file = path.normalize(path.join(siteDir, decodeURIComponent(pathname)));
    if (!file.startsWith(siteDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
    return file;
  }

  const proxy = http.createServer((request, response) => {
    // Plain-http requests: the sites are https-only, so only a browser service lands here.
    log.connects.push({ host: new URL(request.url ?? '', 'http://unknown').hostname, plain: true });
    response.writeHead(403).end();
  });
  const tunnels = new Set();
  proxy.on('connect', (request, socket, head) => {
    const [host] = (request.url ?? '').split(':');
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    log.connects.push({ host, plain: false });
    socket.on('error', () => socket.destroy());
    if (!siteOfHost.has(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(server.address().port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  });

  await Promise.all([
    new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)),
    new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve)),
  ]);

  return {
    proxyPort: proxy.address().port,
    log,
    /** The URL a fixture file is served at: its rel=canonical URL when it has one on a supported host, else /<file> on the site's first host. */
    urlFor(site, file) {
      const html = fs.readFileSync(file, 'utf8');
      const canonical = /<link\b[^>]*rel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
      const href = canonical && /href=["']([^"']+)["']/i.exec(canonical)?.[1];
      if (href && /^https:\/\//.test(href) && siteOfHost.get(new URL(href).hostname) === site) {
        const url = new URL(href);
        canonicalRoutes.set(`${url.hostname}${url.pathname}`, file);
        return url.href;
      }
      return `https://${sites[site].hosts[0]}/${path.relative(path.join(root, site), file).split(path.sep).join('/')}`;
    },
    /** Connections to hosts that are neither a supported site nor a browser service. */
    unknownConnections: () => log.connects.filter(({ host }) => !siteOfHost.has(host) && !BROWSER_SERVICE_HOSTS.some((pattern) => pattern.test(host))),
    /** Requests the fixtures did not ask for (not a fixture file), or sent from an extension origin. */
    unexpectedRequests: () => log.requests.filter(({ served, origin, referer }) =>
      !served || /^(chrome|moz)-extension:/.test(origin ?? '') || /^(chrome|moz)-extension:/.test(referer ?? '')),
    async close() {
      for (const socket of tunnels) socket.destroy();
      server.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), new Promise((resolve) => proxy.close(resolve))]);
    },
  };
}

function contentType(file) {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.json': 'application/json' };
  return types[path.extname(file)] ?? 'application/octet-stream';
}
