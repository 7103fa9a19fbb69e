// Draws the app's icons (web/static/icon-192.png, icon-512.png) from the same
// shapes as favicon.svg: a blue rounded square with three white bars. Run once
// when the logo changes (`node scripts/make-icons.mjs`); the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLUE = [0x1f, 0x6f, 0xeb];
const WHITE = [0xff, 0xff, 0xff];
// In the favicon's 32-unit square: corner radius 6, bars [x0, y0, x1, y1].
const BARS = [
  [7, 14, 11, 24],
  [14, 8, 18, 24],
  [21, 18, 25, 24],
];

/** The colour (RGBA) of the point (x, y) of the 32-unit square; a maskable
 * icon fills the square (the platform rounds it), the other has its corners. */
function colour(x, y, maskable) {
  const r = 6;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  if (!maskable && (x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const scale = maskable ? 0.8 : 1; // a maskable icon keeps its shapes in the middle 80%
  const u = 16 + (x - 16) / scale;
  const v = 16 + (y - 16) / scale;
  const bar = BARS.some(([x0, y0, x1, y1]) => u >= x0 && u < x1 && v >= y0 && v < y1);
  return [...(bar ? WHITE : BLUE), 255];
}

function png(size, maskable) {
  const rows = [];
  for (let j = 0; j < size; j++) {
    const row = [0];
    for (let i = 0; i < size; i++) row.push(...colour(((i + 0.5) * 32) / size, ((j + 0.5) * 32) / size, maskable));
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const dir = new URL("../web/static/", import.meta.url);
writeFileSync(new URL("icon-192.png", dir), png(192, false));
writeFileSync(new URL("icon-512.png", dir), png(512, false));
writeFileSync(new URL("icon-maskable-512.png", dir), png(512, true));
