/**
 * Small pieces both servers use: answers with the security headers, a body reader with a size cap, the
 * Host and Origin checks against DNS rebinding and cross-site requests, and token-bucket rate limits.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every answer: nothing cached, no sniffing, no referrer, never framed, no cookies set. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, body: string, headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

/**
 * Reads a JSON body of at most `maxBytes`. Refuses (413) as soon as the declared or received size is over
 * the cap, without reading the rest; refuses anything but `application/json` (415), so a plain HTML form
 * from another site cannot post here.
 */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'badRequest', 'expected application/json');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'tooLarge');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, 'tooLarge');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'badRequest', 'the body is not JSON');
  }
}

/** `host:port` as a browser writes it in the Host header (IPv6 in brackets). */
export function hostHeaderFor(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * True when the request names this server exactly: the Host header is our address and port (a DNS name
 * that merely resolves here is refused: DNS rebinding), and a browser's Origin, when sent, is our own.
 * `Sec-Fetch-Site`, when sent, must say same-origin (or none: typed in the address bar).
 */
export function isSameOrigin(req: IncomingMessage, host: string, requireOrigin: boolean): boolean {
  if ((req.headers.host ?? '').toLowerCase() !== host.toLowerCase()) return false;
  const origin = req.headers.origin;
  if (origin === undefined) {
    if (requireOrigin) return false;
  } else if (origin.toLowerCase() !== `http://${host}`.toLowerCase()) {
    return false;
  }
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** A token bucket per key: `capacity` requests at once, refilled at `perSecond`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
    /** Buckets kept at most; the oldest go first (a flood of new keys cannot grow memory). */
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string): boolean {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
      bucket.at = now;
      this.buckets.delete(key);
    } else {
      bucket = { tokens: this.capacity, at: now };
      if (this.buckets.size >= this.maxKeys) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
