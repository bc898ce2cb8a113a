// Draws the app icon (the staircase of renderer/public/favicon.svg: four stage bands on a blue tile) at every
// size the installers need and writes PNG, ICO and ICNS files to assets/icons. Pure Node, deterministic:
//   node electron/scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const outDir = new URL('../../assets/icons/', import.meta.url);

// The design on a 64-unit canvas, as in favicon.svg: [x, y, width, height, radius, rgb, opacity].
const TILE = [0, 0, 64, 64, 14, [0x0b, 0x5c, 0xad], 1];
const BANDS = [
  [10, 42, 44, 8, 2, [255, 255, 255], 1],
  [20, 31, 34, 8, 2, [255, 255, 255], 0.85],
  [30, 20, 24, 8, 2, [255, 255, 255], 0.7],
  [40, 9, 14, 8, 2, [255, 255, 255], 0.55],
];
// Room around the tile, so docks and launchers do not crop the corners.
const MARGIN = 3;

function insideRoundedRect(px, py, [x, y, w, h, r]) {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** RGBA pixels, 4×4 samples per pixel, shapes composited over transparency in order. */
function render(size) {
  const samples = 4;
  const scale = (64 + 2 * MARGIN) / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (col + (sx + 0.5) / samples) * scale - MARGIN;
          const y = (row + (sy + 0.5) / samples) * scale - MARGIN;
          // Premultiplied "over" compositing of each shape that covers the sample.
          let sr = 0,
            sg = 0,
            sb = 0,
            sa = 0;
          for (const shape of [TILE, ...BANDS]) {
            if (!insideRoundedRect(x, y, shape)) continue;
            const [, , , , , [cr, cg, cb], opacity] = shape;
            sr = cr * opacity + sr * (1 - opacity);
            sg = cg * opacity + sg * (1 - opacity);
            sb = cb * opacity + sb * (1 - opacity);
            sa = opacity + sa * (1 - opacity);
          }
          r += sr;
          g += sg;
          b += sb;
          a += sa;
        }
      }
      const n = samples * samples;
      const offset = (row * size + col) * 4;
      const alpha = a / n;
      pixels[offset] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      pixels[offset + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      pixels[offset + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ICO with PNG-compressed entries (Windows Vista and later).
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(([size, data]) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(([, data]) => data)]);
}

// ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x).
function icns(entries) {
  const blocks = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const images = new Map(sizes.map((size) => [size, png(size)]));
const image = (size) => images.get(size);

mkdirSync(new URL('png/', outDir), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(new URL(`png/${size}x${size}.png`, outDir), image(size));
}
writeFileSync(new URL('icon.png', outDir), image(512));
writeFileSync(
  new URL('icon.ico', outDir),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => [size, image(size)])),
);
writeFileSync(
  new URL('icon.icns', outDir),
  icns([
    ['icp4', image(16)],
    ['icp5', image(32)],
    ['icp6', image(64)],
    ['ic07', image(128)],
    ['ic08', image(256)],
    ['ic09', image(512)],
    ['ic10', image(1024)],
  ]),
);
console.log(`Wrote icons to ${outDir.pathname}`);
