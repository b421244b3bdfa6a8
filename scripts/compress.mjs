// Writes a gzip (level 9) and a brotli (quality 11) copy beside each file of the build that a
// browser downloads, so that a host that serves precompressed files (nginx's gzip_static and
// brotli_static, most CDNs, scripts/static_server.py) sends the smallest bytes without
// compressing on every request. A trainer's config files are left alone: they are replaced at
// deploy time, and a stale compressed copy would be served instead of the new one.
// Usage: node scripts/compress.mjs DIST_DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|wasm|svg|webmanifest|json)$/;
const LEFT_ALONE = /^config\./;

function walk(dir) {
  let written = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      written += walk(path);
    } else if (COMPRESSIBLE.test(name) && !LEFT_ALONE.test(name)) {
      const body = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }));
      written += 1;
    }
  }
  return written;
}

const dist = process.argv[2] ?? 'dist';
console.log(`compress.mjs: ${walk(dist)} files, each with a .gz and a .br beside it`);
