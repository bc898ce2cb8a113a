// Finds the system Chromium. The tests never download a browser: they use the one installed on the machine.
import { accessSync, constants, statSync } from 'node:fs';

export const NO_CHROMIUM =
  'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.';

/** The usual install paths, most likely first. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Flags for a quiet, offline, disposable browser: nothing in the background (updates, sync, field trials)
 * talks to the network, and the sandbox is off because CI containers run as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--metrics-recording-only',
];

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface FindChromiumOptions {
  env?: Readonly<Record<string, string | undefined>>;
  candidates?: readonly string[];
  isExecutable?: (file: string) => boolean;
}

/** CHROMIUM_PATH when set (and then it must be right), else the first usual install path that exists. */
export function findChromium(options: FindChromiumOptions = {}): string {
  const { env = process.env, candidates = CHROMIUM_CANDIDATES, isExecutable = isExecutableFile } = options;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} is not an executable file. ${NO_CHROMIUM}`);
  }
  const found = candidates.find((file) => isExecutable(file));
  if (!found) throw new Error(`${NO_CHROMIUM} Looked in: ${candidates.join(', ')}.`);
  return found;
}
