// The built web app as files: every JS/CSS asset with its raw and gzipped size, and the scripts
// index.html makes the browser fetch before anything renders (the entry and its modulepreloads).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface Asset {
  /** The path the server answers it on, like /assets/index-2obiYoTP.js. */
  path: string;
  raw: number;
  gzip: number;
}

export function builtAssets(): Asset[] {
  return readdirSync(`${WEB_DIST}assets`)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => {
      const bytes = readFileSync(`${WEB_DIST}assets/${name}`);
      return { path: `/assets/${name}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => a.gzip - b.gzip);
}

/** The entry script and the modules it preloads, as index.html names them. */
export function indexScripts(): string[] {
  const html = readFileSync(`${WEB_DIST}index.html`, 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return [...entry, ...preloads].map((match) => match[1] ?? '');
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
