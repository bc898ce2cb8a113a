// The join QR code decodes back to the join link: drawn from our geometry into pixels, read by a decoder.
import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { qrGeometry } from '../../../../shared/room/qr-code';

/** Rasterizes the path (only `M x y h w v1 h-w z` runs) at `scale` pixels per module, RGBA. */
function rasterize(text: string, scale = 4) {
  const { size, path } = qrGeometry(text);
  const width = size * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, w] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++)
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { width, height: width, data };
}

describe('qrGeometry', () => {
  it('draws a code that decodes to the join link, secret included', () => {
    const url = 'http://192.168.1.23:51234/#s=Q2xlYXJseU5vdEFTZWNyZXQx';
    expect(decodeQR(rasterize(url))).toBe(url);
  });

  it('keeps a quiet zone of four modules on every side', () => {
    const { size, path } = qrGeometry('http://10.0.0.2:4000/');
    const xs = [...path.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs.map(([x]) => x!))).toBe(4);
    expect(Math.min(...xs.map(([, y]) => y!))).toBe(4);
    expect(size).toBeGreaterThanOrEqual(21 + 8);
  });
});
