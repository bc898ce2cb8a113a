/**
 * The Content Security Policy of the renderer, in one place: the app:// protocol handler sends it as a header
 * and renderer/index.html carries it as a meta tag (a test checks that the two agree), so the browser build
 * served on 127.0.0.1 is held to the same rules as the desktop app.
 *
 * Everything is `'self'`: the app never talks to the network (no CDN, no fonts, no telemetry). Inline styles
 * stay allowed because React and the chart components set `style` attributes; inline and eval'd scripts do not.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
];

// Browsers ignore these in a <meta> tag and log an error for each, so only the header carries them.
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

const serialize = (directives: ReadonlyArray<readonly [string, string]>): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** For `<meta http-equiv="Content-Security-Policy" content="…">` in renderer/index.html. */
export const CONTENT_SECURITY_POLICY_META = serialize(DIRECTIVES);

/** For the `Content-Security-Policy` header of every app:// response. */
export const CONTENT_SECURITY_POLICY = serialize([...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
