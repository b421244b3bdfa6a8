// scripts/compare-screenshots.mjs, which says whether a change left every screen as it was, finds
// a one-pixel change, a changed size and a palette image equal to the same picture in RGB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { difference } from '../scripts/compare-screenshots.mjs';

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  return out; // the reader never checks the CRC
}

/** A PNG of `w`×`h` pixels, RGB (type 2) or with a palette (type 3), rows filtered with `filter`. */
function png(w, h, colourAt, { palette = false, filter = 0 } = {}) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = palette ? 3 : 2;
  const colours = [];
  const bpp = palette ? 1 : 3;
  const rows = Buffer.alloc(h * (w * bpp + 1));
  for (let y = 0; y < h; y += 1) {
    rows[y * (w * bpp + 1)] = filter;
    const line = [];
    for (let x = 0; x < w; x += 1) {
      const c = colourAt(x, y);
      if (palette) {
        let k = colours.findIndex((p) => p.every((v, i) => v === c[i]));
        if (k < 0) k = colours.push(c) - 1;
        line.push(k);
      } else line.push(...c);
    }
    // Filter 1 (Sub): each byte minus the one a pixel to its left.
    line.forEach((v, i) => {
      rows[y * (w * bpp + 1) + 1 + i] = filter === 1 ? (v - (i >= bpp ? line[i - bpp] : 0)) & 255 : v;
    });
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (palette) parts.push(chunk('PLTE', Buffer.from(colours.flat())));
  parts.push(chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const stripes = (x, y) => (x % 2 ? [250, 250, 250] : [20, 90, (y * 40) % 256]);

test('the same picture compares equal, in RGB or with a palette, whatever the row filter', () => {
  const rgb = png(7, 5, stripes);
  assert.equal(difference(rgb, png(7, 5, stripes, { filter: 1 })), null);
  assert.equal(difference(rgb, png(7, 5, stripes, { palette: true })), null);
});

test('one changed pixel and a changed size are both found', () => {
  const changed = (x, y) => (x === 3 && y === 2 ? [255, 0, 0] : stripes(x, y));
  assert.equal(difference(png(7, 5, stripes), png(7, 5, changed, { palette: true })), '1 pixels differ, the first at (3, 2)');
  assert.equal(difference(png(7, 5, stripes), png(7, 6, stripes)), 'size 7×5 against 7×6');
});
