// A printed page's facts, read from a real PDF with poppler's tools: how many pages, and its text
// with runs of white space made single. NFKC turns Arabic presentation forms back into letters.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfFacts(buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'fullcup-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, buffer);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
