// Compares two folders of screenshots taken by scripts/screenshots.mjs (with SCREENSHOTS_DIR), for
// example before and after a change that must not change what a person sees:
//   node scripts/compare-screenshots.mjs /tmp/shots-before /tmp/shots-after
// Every PNG in either folder is compared pixel by pixel (the colours and the size); the script
// lists each one that differs or is missing on one side, and exits non-zero if any does.
import { readdirSync, readFileSync, existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

/** Decodes an 8-bit, non-interlaced PNG (palette, RGB or RGBA) to its size and RGBA pixels. */
export function pixels(buf) {
  let pos = 8;
  let header;
  let palette = null;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') header = { w: data.readUInt32BE(0), h: data.readUInt32BE(4), depth: data[8], type: data[9], interlace: data[12] };
    if (type === 'PLTE') palette = data;
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const { w, h, depth, type, interlace } = header;
  if (depth !== 8 || interlace !== 0 || ![2, 3, 6].includes(type)) throw new Error(`unsupported PNG (depth ${depth}, type ${type})`);
  const bpp = { 2: 3, 3: 1, 6: 4 }[type];
  const raw = inflateSync(Buffer.concat(idat));
  const stride = w * bpp;
  const rows = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= bpp ? out[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = v & 255;
    }
  }
  const rgba = Buffer.alloc(w * h * 4);
  for (let i = 0; i < w * h; i += 1) {
    if (type === 3) {
      const k = rows[i];
      rgba[i * 4] = palette[k * 3]; rgba[i * 4 + 1] = palette[k * 3 + 1]; rgba[i * 4 + 2] = palette[k * 3 + 2]; rgba[i * 4 + 3] = 255;
    } else {
      rgba[i * 4] = rows[i * bpp]; rgba[i * 4 + 1] = rows[i * bpp + 1]; rgba[i * 4 + 2] = rows[i * bpp + 2];
      rgba[i * 4 + 3] = bpp === 4 ? rows[i * bpp + 3] : 255;
    }
  }
  return { w, h, rgba };
}

/** How two PNG files differ: null when every pixel is the same, else a short description. */
export function difference(a, b) {
  const pa = pixels(a);
  const pb = pixels(b);
  if (pa.w !== pb.w || pa.h !== pb.h) return `size ${pa.w}×${pa.h} against ${pb.w}×${pb.h}`;
  let n = 0;
  let first = null;
  for (let i = 0; i < pa.rgba.length; i += 4) {
    if (pa.rgba.readUInt32BE(i) !== pb.rgba.readUInt32BE(i)) {
      n += 1;
      if (!first) first = { x: (i / 4) % pa.w, y: Math.floor(i / 4 / pa.w) };
    }
  }
  return n === 0 ? null : `${n} pixels differ, the first at (${first.x}, ${first.y})`;
}

// Run as a script (not imported by its tests), whatever spaces or links its path holds.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: node scripts/compare-screenshots.mjs BEFORE_DIR AFTER_DIR');
    process.exit(2);
  }
  const names = [...new Set([before, after].flatMap((d) => (existsSync(d) ? readdirSync(d) : [])))]
    .filter((n) => n.endsWith('.png'))
    .sort();
  let differ = 0;
  for (const name of names) {
    const [pa, pb] = [join(before, name), join(after, name)];
    let why = null;
    if (!existsSync(pa) || !existsSync(pb)) why = `only in ${existsSync(pa) ? before : after}`;
    else why = difference(readFileSync(pa), readFileSync(pb));
    if (why) {
      differ += 1;
      console.log(`differs: ${name}: ${why}`);
    }
  }
  console.log(`compare-screenshots: ${names.length} screenshots, ${differ} differ`);
  process.exit(differ === 0 && names.length > 0 ? 0 : 1);
}
