/**
 * The join QR code as geometry: the modules of the code for a text, as one SVG path (a unit square per dark
 * module, runs of them merged), with the quiet zone around it. The screen draws it as SVG, a printout the
 * same; nothing is fetched, the code is computed here.
 */
import encodeQR from 'qr';

export interface QrGeometry {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** The dark modules, in module units. */
  path: string;
}

/** Error correction "medium": still scans from a projector with glare or a phone at an angle. */
export function qrGeometry(text: string, quietZone = 4): QrGeometry {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: quietZone });
  const n = modules.length;
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < n; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < n && row[end + 1]) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return { size: n, path: parts.join('') };
}
