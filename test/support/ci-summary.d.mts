// Types for ci-summary.mjs (plain JavaScript so that .ci/run needs nothing but Node).
export declare function summarize(
  report: unknown,
  root?: string,
  exitStatus?: number,
): { lines: string[]; ok: boolean };
