// Compares two folders of screenshots taken by scripts/screenshots.mjs (with SCREENSHOTS_DIR), for
// example before and after a change that must not change what a person sees:
//   node scripts/compare-screenshots.mjs /tmp/shots-before /tmp/shots-after
// Every PNG in either folder is compared pixel by pixel (the colours and the size); the script
// lists each one that differs or is missing on one side, and exits non-zero if any does.
import { readdirSync, readFileSync, existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodePng } from './png.mjs';

/** How two PNG files differ: null when every pixel is the same, else a short description. */
export function difference(a, b) {
  const [pa, pb] = [decodePng(a), decodePng(b)];
  if (!pa || !pb) return 'not a PNG this can read';
  if (pa.w !== pb.w || pa.h !== pb.h) return `size ${pa.w}×${pa.h} against ${pb.w}×${pb.h}`;
  let n = 0;
  let first = null;
  for (let i = 0; i < pa.rgb.length; i += 3) {
    if (pa.rgb[i] !== pb.rgb[i] || pa.rgb[i + 1] !== pb.rgb[i + 1] || pa.rgb[i + 2] !== pb.rgb[i + 2]) {
      n += 1;
      if (!first) first = { x: (i / 3) % pa.w, y: Math.floor(i / 3 / pa.w) };
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
