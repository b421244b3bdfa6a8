// Takes the screenshots in docs/screenshots/ from the release build:
//   BASE_URL=http://127.0.0.1:8090/ node scripts/screenshots.mjs
//   E2E_LANG=ar BASE_URL=... node scripts/screenshots.mjs     (docs/screenshots/ar/, at 360 px)
// Each screen at 360 and 1280 px wide (full page), plus the results in dark mode at 360 px.
// Uses the same page objects and routes to each screen as the end-to-end tests. The PNGs are
// committed, so each is reduced to a 256-colour palette (plain Node, no image tools needed).
// Pass name prefixes to take only some: node scripts/screenshots.mjs results plan
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, BASE_URL } from '../e2e/lib/browser.mjs';
import { SCREENS } from '../e2e/lib/screens.mjs';
import { LANG } from '../e2e/lib/selectors.mjs';
import { decodePng } from './png.mjs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Shrinks a screenshot: a 256-colour palette of its most frequent colours (flat UI colours cover
 * nearly every pixel; the rare anti-aliasing shades go to their nearest palette colour), then
 * maximum deflate. Returns the input unchanged if it is not a PNG this can read.
 */
function palettePng(input) {
  const img = decodePng(input);
  if (!img) return input;
  const { w, h, rgb } = img;
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const k = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const palette = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([k]) => k);
  const index = new Map(palette.map((k, i) => [k, i]));
  const nearest = (k) => {
    let hit = index.get(k);
    if (hit !== undefined) return hit;
    const r = k >> 16, g = (k >> 8) & 255, b = k & 255;
    let best = 0, bestD = Infinity;
    palette.forEach((p, i) => {
      const dr = r - (p >> 16), dg = g - ((p >> 8) & 255), db = b - (p & 255);
      const d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (d < bestD) { bestD = d; best = i; }
    });
    index.set(k, best);
    return best;
  };
  const rows = Buffer.alloc(h * (w + 1));
  for (let y = 0; y < h; y += 1) {
    rows[y * (w + 1)] = 0;
    for (let x = 0; x < w; x += 1) {
      const i = (y * w + x) * 3;
      rows[y * (w + 1) + 1 + x] = nearest((rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2]);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((k, i) => { plte[i * 3] = k >> 16; plte[i * 3 + 1] = (k >> 8) & 255; plte[i * 3 + 2] = k & 255; });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// SCREENSHOTS_DIR writes them elsewhere, for example to compare two builds.
// Another language (E2E_LANG=ar) goes to a folder of its own, at phone width.
const OUT = process.env.SCREENSHOTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots', LANG === 'en' ? '' : LANG);
const WIDTHS = LANG === 'en' ? [360, 1280] : [360];
const only = process.argv.slice(2);

const shots = [];
for (const name of Object.keys(SCREENS)) {
  for (const width of WIDTHS) shots.push({ name, width, colorScheme: 'light', file: `${name}-${width}.png` });
}
shots.push({ name: 'results', width: 360, colorScheme: 'dark', file: 'results-dark-360.png' });

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const shot of shots) {
    if (only.length && !only.some((o) => shot.file.startsWith(o))) continue;
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 800 },
      deviceScaleFactor: 1,
      colorScheme: shot.colorScheme,
      reducedMotion: 'reduce',
      acceptDownloads: true,
      locale: 'en-US',
    });
    context.setDefaultTimeout(15_000);
    try {
      const screen = await SCREENS[shot.name](context);
      const { page } = screen;
      // The picture shows the screen as it first appears: no focus ring, scrolled to the top.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
      writeFileSync(join(OUT, shot.file), palettePng(png));
      console.log(`wrote ${join(OUT, shot.file)}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots of ${BASE_URL} done`);
