#!/usr/bin/env node
// Draws the Custos icon (a shield with a keyhole on a teal rounded square) and writes it as PNG at
// 512 and 256 pixels: electron-builder turns 512x512.png into the macOS .icns and 256x256.png into
// the Windows .ico, and Linux takes both from this folder. Pure Node (zlib); no image tools needed.
//
// Usage: node build/icons/generate-icons.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

// Geometry in unit coordinates (0..1, y down).
function quadratic(from, control, to, steps) {
  const points = [];
  for (let i = 1; i <= steps; i += 1) {
    const t = i / steps;
    const u = 1 - t;
    points.push([u * u * from[0] + 2 * u * t * control[0] + t * t * to[0], u * u * from[1] + 2 * u * t * control[1] + t * t * to[1]]);
  }
  return points;
}

const shield = [
  [0.5, 0.17],
  ...quadratic([0.5, 0.17], [0.63, 0.235], [0.76, 0.245], 16),
  [0.76, 0.5],
  ...quadratic([0.76, 0.5], [0.74, 0.74], [0.5, 0.86], 24),
  ...quadratic([0.5, 0.86], [0.26, 0.74], [0.24, 0.5], 24),
  [0.24, 0.245],
  ...quadratic([0.24, 0.245], [0.37, 0.235], [0.5, 0.17], 16),
];

function insidePolygon(polygon, x, y) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y, inset, radius) {
  const min = inset;
  const max = 1 - inset;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideKeyhole(x, y) {
  if ((x - 0.5) ** 2 + (y - 0.45) ** 2 <= 0.072 ** 2) return true;
  if (y < 0.46 || y > 0.67) return false;
  const halfWidth = 0.028 + ((y - 0.46) / 0.21) * 0.022;
  return Math.abs(x - 0.5) <= halfWidth;
}

const mix = (a, b, t) => a.map((value, index) => value + (b[index] - value) * t);
const TOP = [23, 107, 122];
const BOTTOM = [10, 54, 66];
const SHIELD = [246, 249, 250];

/** Colour and coverage of one sample point. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 0.06, 0.19)) return null;
  const background = mix(TOP, BOTTOM, y);
  if (insidePolygon(shield, x, y) && !insideKeyhole(x, y)) return SHIELD;
  return background;
}

function render(size) {
  const grid = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < grid; sy += 1) {
        for (let sx = 0; sx < grid; sx += 1) {
          const colour = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (!colour) continue;
          covered += 1;
          for (let c = 0; c < 3; c += 1) sum[c] += colour[c];
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) for (let c = 0; c < 3; c += 1) pixels[offset + c] = Math.round(sum[c] / covered);
      pixels[offset + 3] = Math.round((covered / (grid * grid)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [512, 256]) {
  const file = path.join(here, `${size}x${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`icons: wrote ${path.relative(process.cwd(), file)}`);
}
