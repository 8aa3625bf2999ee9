/**
 * Draws Post Coach's toolbar/store icon: a speech bubble with a check mark, as PNGs in
 * public/icon/<size>.png (WXT picks them up). No dependencies: shapes are signed-distance
 * functions sampled 4×4 per pixel, the PNG is written with node:zlib.
 *   node scripts/draw-icons.mjs   (writes public/icon/16.png … 128.png)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BUBBLE = [29, 99, 235]; // #1d63eb
const CHECK = [255, 255, 255];
const SAMPLES = 4;

/** Distance to a rounded rectangle (negative inside), coordinates in 0..1. */
function roundedRect(x, y, [left, top, right, bottom], radius) {
  const cx = (left + right) / 2, cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius, hy = (bottom - top) / 2 - radius;
  const dx = Math.abs(x - cx) - hx, dy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - radius;
}

/** Inside the triangle a-b-c. */
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by), d2 = side(bx, by, cx, cy), d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Distance to the segment p-q. */
function segment(x, y, [px, py], [qx, qy]) {
  const vx = qx - px, vy = qy - py;
  const t = Math.max(0, Math.min(1, ((x - px) * vx + (y - py) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (px + t * vx), y - (py + t * vy));
}

function colourAt(x, y, size) {
  // Small icons get a thicker stroke so the check stays readable at 16 px.
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.075 : 0.065;
  const check = [[0.29, 0.42], [0.44, 0.56], [0.71, 0.28]];
  if (segment(x, y, check[0], check[1]) < stroke || segment(x, y, check[1], check[2]) < stroke) return CHECK;
  if (roundedRect(x, y, [0.06, 0.08, 0.94, 0.74], 0.16) < 0) return BUBBLE;
  if (inTriangle(x, y, [0.2, 0.7], [0.44, 0.7], [0.16, 0.94])) return BUBBLE;
  return null;
}

function drawIcon(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      if (covered) row.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((255 * covered) / SAMPLES ** 2)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size, raw) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const outDir = process.argv[2] ?? 'public/icon';
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(outDir, `${size}.png`), drawIcon(size));
console.log(`wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to ${outDir}`);
