/**
 * `npm run web`: the browser mode. Serves the built app on http://127.0.0.1:4173/ (and the room's phone
 * page, when the facilitator opens the room, on the address they pick).
 *
 * Usage: node --import tsx electron/server/web/main.ts [--root <dir>] [--voter-root <dir>] [--port <n>]
 *        [--open-hint]
 *   --port / PORT: 0 picks a free port. The browser mode (--open-hint) defaults to a fixed port because the
 *   browser keeps the workshops per address: a different port would show an empty app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppServer } from './app-server';

const BROWSER_MODE_PORT = 4173;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const USAGE = 'Usage: npm run web -- [--root <dir>] [--voter-root <dir>] [--port <n>] [--open-hint]';

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const options = {
    root: path.join(repoRoot, 'dist/renderer'),
    voterRoot: path.join(repoRoot, 'dist/voter'),
    port: undefined as string | undefined,
    openHint: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--root') options.root = path.resolve(value());
    else if (name === '--voter-root') options.voterRoot = path.resolve(value());
    else if (name === '--port') options.port = value();
    else if (name === '--open-hint') options.openHint = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  const rawPort = options.port ?? env.PORT ?? (options.openHint ? String(BROWSER_MODE_PORT) : '0');
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${rawPort}`);
  return { ...options, port };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  let server: Awaited<ReturnType<typeof startAppServer>>;
  try {
    server = await startAppServer({
      root: options.root,
      port: options.port,
      room: { voterRoot: options.voterRoot },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${options.port} is in use (is OSPO Workshop already open in another terminal?). ` +
          'Close it, or choose a port with --port <n>; the browser keeps workshops per port.',
      );
    } else {
      console.error((error as Error).message);
    }
    process.exit(1);
  }
  console.log(`Serving OSPO Workshop at ${server.url}`);
  if (options.openHint) {
    console.log(
      `Open ${server.url} in Chromium, Chrome, Edge or Firefox. Workshops are stored in that browser, ` +
        `for this exact address: use the same browser and port next time. Press Ctrl+C to stop.`,
    );
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
