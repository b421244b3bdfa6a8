// The wasm names no path of the machine that built it (panic locations name source files): the
// repository's own files by their path inside it, the crates' by their name and version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL } from './lib/browser.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CARGO_HOME = (process.env.CARGO_HOME ?? `${homedir()}/.cargo`).replace(/\/+$/, '');

test('no build-machine path in any language build\'s wasm', async () => {
  for (const folder of ['', 'es/', 'ms/', 'ar/']) {
    const page = await (await fetch(new URL(folder, BASE_URL))).text();
    const name = /module_or_path: '\.\/([^']+_bg\.wasm)'/.exec(page)?.[1];
    assert.ok(name, `${folder || 'en'}: the page names its wasm`);
    const wasm = Buffer.from(await (await fetch(new URL(folder + name, BASE_URL))).arrayBuffer());
    for (const path of [REPO, CARGO_HOME, homedir()]) {
      assert.equal(wasm.indexOf(Buffer.from(`${path}/`)), -1, `${folder || 'en'}: the wasm names ${path}`);
    }
    // However Cargo's home is spelled, its crates appear only by name and version.
    assert.equal(wasm.indexOf(Buffer.from('/registry/src/')), -1, `${folder || 'en'}: a registry path`);
  }
});
