import dejaVuSans from '../../../../assets/fonts/DejaVuSans.ttf?url';
import dejaVuSansBold from '../../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import droidSansFallback from '../../../../assets/fonts/DroidSansFallbackFull.ttf?url';
import nanumSquare from '../../../../assets/fonts/NanumSquareR.ttf?url';
import type { FontLoader, ReportFontFile } from './fonts';

/** The bundled fonts' addresses in the app (same origin, allowed by the CSP's connect-src 'self'). */
const URLS: Record<ReportFontFile, string> = {
  'DejaVuSans.ttf': dejaVuSans,
  'DejaVuSans-Bold.ttf': dejaVuSansBold,
  'DroidSansFallbackFull.ttf': droidSansFallback,
  'NanumSquareR.ttf': nanumSquare,
};

/** Fetches a font bundled with the app; the browser caches it after the first export. */
export const browserFontLoader: FontLoader = async (file) => {
  const response = await fetch(URLS[file]);
  if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
};
