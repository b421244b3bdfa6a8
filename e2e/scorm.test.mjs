// The SCORM 1.2 package that scripts/scorm.py writes from dist/, in a page that plays the LMS
// (the tests themselves are in lib/scorm-lms.mjs, shared with the package made on the device).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './lib/browser.mjs';
import { lmsSuite } from './lib/scorm-lms.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');

lmsSuite(async (zip) => {
  execFileSync('python3', [join(ROOT, 'scripts/scorm.py'), '--dist', DIST, '--out', zip]);
}, useBrowser());

// The app's native tests hold the package made on the device to a small copy's package written by
// this script (src/storage/package/fixture): the script must still write exactly that.
test('the script still writes the small copy and packages the native tests compare the device with', () => {
  const fixture = join(ROOT, 'src/storage/package/fixture');
  const work = mkdtempSync(join(tmpdir(), 'full-cup-fixture-'));
  try {
    cpSync(join(fixture, 'dist'), join(work, 'dist'), { recursive: true });
    const script = join(ROOT, 'scripts/scorm.py');
    execFileSync('python3', [script, '--dist', join(work, 'dist'), '--write-list']);
    assert.equal(readFileSync(join(work, 'dist/scorm-files.json'), 'utf8'), readFileSync(join(fixture, 'dist/scorm-files.json'), 'utf8'));
    for (const [name, config] of [['package.zip'], ['package-form.zip', join(fixture, 'form-config.json')]]) {
      const out = join(work, name);
      execFileSync('python3', [script, '--dist', join(work, 'dist'), '--out', out, ...(config ? ['--config', config] : [])]);
      const same = spawnSync('python3', [join(ROOT, 'e2e/lib/zip_same.py'), out, join(fixture, name)], { encoding: 'utf8' });
      assert.equal(same.status, 0, `${name}: ${same.stdout}${same.stderr}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
