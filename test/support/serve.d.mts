// Types for serve.mjs (plain JavaScript so that `npm run web` needs nothing but Node).
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function readCsp(indexHtml: string): string | undefined;
export declare function startServer(options: { root: string; port?: number }): Promise<{
  url: string;
  port: number;
  csp: string | undefined;
  close: () => Promise<void>;
}>;
