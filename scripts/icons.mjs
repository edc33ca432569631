// Draws the NAS Assistant icons: a white envelope with a tick on NHS blue (#005EB8), clear at 16 px.
// Two sets, one per manifest: the add-in only manifest (manifest.xml) uses the NHS blue set
// (assets/icon-*.png); the unified manifest (addin/) draws the same envelope on NHS dark blue
// (#003087: addin/color.png, assets/app-icon-*.png). Microsoft ("Manage both a unified manifest and
// an add-in only manifest version of your Office Add-in") requires different icons for the two.
// Pure Node (zlib), 4×4 supersampling, deterministic. Run: node scripts/icons.mjs (writes assets/ and addin/).
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const nhsBlue = [0, 94, 184];
const nhsDarkBlue = [0, 48, 135];
const white = [255, 255, 255];

// Shapes in a 0..1 square. Each returns true when the point is inside.
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

/** Colour of the full icon at a point: `blue` tile, white envelope with a `blue` flap, tick badge. */
function full(x, y, size, blue = nhsBlue) {
  const stroke = Math.max(0.06, 1.6 / size);
  if (!inRoundRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  // At 16 px a badge turns to mush: a larger envelope with a bold flap reads better.
  if (size <= 16) {
    if (inRoundRect(x, y, 0.12, 0.22, 0.88, 0.78, 0.04)) {
      if (nearSegment(x, y, 0.12, 0.24, 0.5, 0.56, 0.13) || nearSegment(x, y, 0.5, 0.56, 0.88, 0.24, 0.13)) return blue;
      return white;
    }
    return blue;
  }
  // Tick badge, bottom right: white disc with a blue tick.
  if ((x - 0.74) ** 2 + (y - 0.72) ** 2 <= 0.2 ** 2) {
    if (nearSegment(x, y, 0.64, 0.72, 0.71, 0.79, stroke) || nearSegment(x, y, 0.71, 0.79, 0.84, 0.64, stroke)) return blue;
    return white;
  }
  if ((x - 0.74) ** 2 + (y - 0.72) ** 2 <= 0.25 ** 2) return blue; // gap around the badge
  // Envelope body with the flap drawn as a blue V.
  if (inRoundRect(x, y, 0.14, 0.24, 0.86, 0.74, 0.05)) {
    if (nearSegment(x, y, 0.16, 0.27, 0.5, 0.53, stroke) || nearSegment(x, y, 0.5, 0.53, 0.84, 0.27, stroke)) return blue;
    return white;
  }
  return blue;
}

/** Outline icon (Teams/Microsoft 365 32×32): white strokes on transparent. */
function outline(x, y, size) {
  const w = 2 / size;
  const onEdge = inRoundRect(x, y, 0.12, 0.22, 0.88, 0.78, 0.04) && !inRoundRect(x, y, 0.12 + w, 0.22 + w, 0.88 - w, 0.78 - w, 0.02);
  if (onEdge || nearSegment(x, y, 0.14, 0.25, 0.5, 0.52, w) || nearSegment(x, y, 0.5, 0.52, 0.86, 0.25, w)) return white;
  return null;
}

function render(size, paint) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = ss * ss;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png(size, size, rgba);
}

function png(width, height, rgba) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(resolve(root, 'assets'), { recursive: true });
mkdirSync(resolve(root, 'addin'), { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(resolve(root, `assets/icon-${size}.png`), render(size, full));
// The unified manifest's set: the same drawing on NHS dark blue.
const dark = (x, y, size) => full(x, y, size, nhsDarkBlue);
for (const size of [16, 32, 80]) writeFileSync(resolve(root, `assets/app-icon-${size}.png`), render(size, dark));
writeFileSync(resolve(root, 'addin/color.png'), render(192, dark));
writeFileSync(resolve(root, 'addin/outline.png'), render(32, outline));
console.log('icons written: assets/icon-{16,32,64,80,128}.png, assets/app-icon-{16,32,80}.png, addin/color.png, addin/outline.png');
