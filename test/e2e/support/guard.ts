// Watches a browser context for what must never happen in the app: console errors, uncaught page errors,
// CSP violations and requests to any host other than 127.0.0.1 (those are also blocked, not just noted).
import type { BrowserContext, ConsoleMessage } from 'playwright-core';

export type ProblemKind = 'console' | 'pageerror' | 'csp' | 'request';

export interface Problem {
  kind: ProblemKind;
  text: string;
}

interface CspReport {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

const CSP_BINDING = '__e2eReportCspViolation';

/** True for what may load in the app: 127.0.0.1 over HTTP(S)/WS(S), and in-page data:, blob:, about: URLs. */
export function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname === '127.0.0.1';
}

/** Chromium reports CSP refusals in the console too ("... violates the following Content Security Policy"). */
export function isCspMessage(text: string): boolean {
  return /Content Security Policy/i.test(text);
}

function where(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? ` (${url}:${lineNumber + 1})` : '';
}

export class Guard {
  readonly problems: Problem[] = [];
  private readonly attached = new WeakSet<BrowserContext>();

  record(kind: ProblemKind, text: string): void {
    this.problems.push({ kind, text });
  }

  list(kind?: ProblemKind): Problem[] {
    return kind ? this.problems.filter((problem) => problem.kind === kind) : [...this.problems];
  }

  /** Forgets recorded problems (all, or one kind): for tests that provoke one on purpose. */
  clear(kind?: ProblemKind): void {
    const keep = kind ? this.problems.filter((problem) => problem.kind !== kind) : [];
    this.problems.splice(0, this.problems.length, ...keep);
  }

  describe(): string {
    return this.problems.map((problem) => `- [${problem.kind}] ${problem.text}`).join('\n');
  }

  /** Throws, listing every problem, unless there were none. */
  assertClean(): void {
    if (this.problems.length === 0) return;
    throw new Error(`The app was not clean (${this.problems.length} problem(s)):\n${this.describe()}`);
  }

  /** Installs the watchers. Call before the first navigation: the CSP listener is an init script. */
  async attach(context: BrowserContext): Promise<void> {
    if (this.attached.has(context)) return;
    this.attached.add(context);

    context.on('console', (message) => {
      const text = message.text();
      if (isCspMessage(text)) this.record('csp', `${text}${where(message)}`);
      else if (message.type() === 'error') this.record('console', `${text}${where(message)}`);
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      this.record('pageerror', error.stack ?? `${error.name}: ${error.message}`);
    });

    await context.exposeBinding(CSP_BINDING, (_source, report: CspReport) => {
      this.record(
        'csp',
        `${report.directive} blocked ${report.blockedURI || '(inline)'} at ${report.sourceFile}:${report.lineNumber}`,
      );
    });
    await context.addInitScript((binding: string) => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const report = (globalThis as unknown as Record<string, (r: CspReport) => void>)[binding];
          report?.({
            directive: event.effectiveDirective || event.violatedDirective,
            blockedURI: event.blockedURI,
            sourceFile: event.sourceFile,
            lineNumber: event.lineNumber,
          });
        },
        true,
      );
    }, CSP_BINDING);

    await context.route('**/*', async (route) => {
      const request = route.request();
      if (isAllowedUrl(request.url())) {
        await route.fallback();
        return;
      }
      this.record('request', `${request.method()} ${request.url()} (blocked)`);
      await route.abort('blockedbyclient');
    });
    await context.routeWebSocket(
      (url) => !isAllowedUrl(url.href),
      (ws) => {
        this.record('request', `WebSocket ${ws.url()} (blocked)`);
        void ws.close({ code: 1008, reason: 'Blocked by the e2e guard' });
      },
    );
  }
}
