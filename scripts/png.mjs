// Reads the PNGs the screenshot scripts handle: 8-bit, non-interlaced, RGB or RGBA (what Chromium
// writes) or with a palette (what scripts/screenshots.mjs commits). Plain Node, no image tools.
import { inflateSync } from 'node:zlib';

/** The PNG's size and RGB pixels (alpha dropped: screenshots are opaque), or null if this
 *  cannot read it. */
export function decodePng(buf) {
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
  if (depth !== 8 || interlace !== 0 || ![2, 3, 6].includes(type) || (type === 3 && !palette)) return null;
  const bpp = { 2: 3, 3: 1, 6: 4 }[type];
  const raw = inflateSync(Buffer.concat(idat));
  const stride = w * bpp;
  const px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x += 1) {
      const i = y * stride + x;
      const a = x >= bpp ? px[i - bpp] : 0;
      const b = y ? px[i - stride] : 0;
      const c = x >= bpp && y ? px[i - stride - bpp] : 0;
      let v = raw[row + x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[i] = v & 255;
    }
  }
  const rgb = Buffer.alloc(w * h * 3);
  if (type === 3) {
    for (let i = 0; i < w * h; i += 1) palette.copy(rgb, i * 3, px[i] * 3, px[i] * 3 + 3);
  } else {
    for (let i = 0, j = 0; i < px.length; i += bpp, j += 3) px.copy(rgb, j, i, i + 3);
  }
  return { w, h, rgb };
}
