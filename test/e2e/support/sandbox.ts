/**
 * Whether a renderer process really runs in Chromium's sandbox, from evidence the operating system
 * gives, never from the app's own settings. Electron's process metrics report `sandboxed` only on macOS
 * and Windows; on Linux the field is absent, so a check that looks only for `sandboxed === false` passes
 * there whatever the app does. On Linux the sandbox installs a seccomp-BPF filter in every sandboxed
 * renderer: /proc/<pid>/status then reads "Seccomp: 2" (filter mode), and 0 in an unsandboxed one.
 * Where neither is available the verdict says so: not knowing is a failure, not a pass.
 */
import { readFileSync } from 'node:fs';

export interface RendererMetric {
  pid: number;
  /** Electron's ProcessMetric.sandboxed: reported on macOS and Windows only. */
  sandboxed?: boolean;
}

export type SandboxVerdict = 'sandboxed' | `not sandboxed: ${string}` | `unknown: ${string}`;

/** The process's status file on Linux, or null when it cannot be read (the process is gone). */
export function readProcStatus(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
}

export function sandboxVerdict(
  metric: RendererMetric,
  platform: NodeJS.Platform,
  procStatus: (pid: number) => string | null = readProcStatus,
): SandboxVerdict {
  if (platform === 'linux') {
    const status = procStatus(metric.pid);
    if (status === null) return `unknown: /proc/${metric.pid}/status cannot be read`;
    const mode = /^Seccomp:\s*(\d+)\s*$/m.exec(status)?.[1];
    if (mode === undefined) return `unknown: the kernel reports no seccomp mode for ${metric.pid}`;
    return mode === '2' ? 'sandboxed' : `not sandboxed: seccomp mode ${mode} in ${metric.pid}`;
  }
  if (metric.sandboxed === true) return 'sandboxed';
  if (metric.sandboxed === false) return `not sandboxed: reported by Electron for ${metric.pid}`;
  return `unknown: Electron reports no sandbox state on ${platform}`;
}
