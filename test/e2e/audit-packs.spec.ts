// An auditor's pack from the app, checked with the command line: on the demo organisation a SOC 2
// pack for this year is exported with progress to a file, appears in the pack history and verifies
// in the app; `custos pack verify` accepts it (exit 0) and rejects a copy with one file changed
// (exit 1, naming the file).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';
import { chooseSegment, expect, openScreen, readyDemoWorkspace, test } from './fixtures';

test('a SOC 2 pack exported from the app verifies with the CLI; a tampered copy does not', async ({ page, server }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'custos-e2e-pack-'));
  try {
    const file = path.join(work, 'soc2-pack.zip');
    const today = new Date().toISOString().slice(0, 10);
    const from = `${today.slice(0, 4)}-01-01`;

    await readyDemoWorkspace(page, server);
    await openScreen(page, 'Audit packs');
    await chooseSegment(page, 'SOC 2');
    const fromField = page.getByRole('textbox', { name: 'Period from' });
    await fromField.fill(from);
    await fromField.press('Tab');
    const toField = page.getByRole('textbox', { name: 'Period to' });
    await toField.fill(today);
    await toField.press('Tab');
    await page.getByRole('textbox', { name: 'Recipient' }).fill('Harbour & Finch LLP');
    await page.getByRole('textbox', { name: 'File to write' }).fill(file);

    // The preview shows what goes in for that period, and the signing key.
    const preview = page.getByTestId('pack-preview');
    await expect(preview.getByTestId('pack-period')).toContainText(from.slice(0, 4));
    await expect(preview.getByTestId('pack-key-fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('pack-preview-registers').getByRole('row')).not.toHaveCount(1);

    // Notice the progress bar however briefly it shows.
    await page.evaluate(() => {
      const seen = window as unknown as { packProgressSeen?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="pack-progress"]')) seen.packProgressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Export pack' }).click();
    const result = page.getByTestId('pack-result');
    await expect(result).toBeVisible({ timeout: 120_000 });
    expect(await page.evaluate(() => (window as unknown as { packProgressSeen?: boolean }).packProgressSeen)).toBe(true);
    await expect(result.getByTestId('pack-manifest-sha256')).toHaveText(/^[0-9a-f]{64}$/);
    expect(existsSync(file)).toBe(true);
    // Nothing but the pack is left beside it (no temporary file).
    expect(readdirSync(work)).toEqual(['soc2-pack.zip']);

    // The history lists it, with the recipient.
    const history = page.getByTestId('pack-history');
    await expect(history).toContainText('soc2-pack.zip');
    await expect(history).toContainText('Harbour & Finch LLP');
    await expect(history).toContainText('SOC 2');

    // Verified in the app.
    await result.getByRole('button', { name: 'Verify this pack' }).click();
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.getByTestId('pack-verify-result')).toContainText('The pack is intact');

    // And with the command line, which needs no workspace.
    const verified = runCli(work, ['pack', 'verify', file]);
    expect(verified.status, verified.stderr + verified.stdout).toBe(0);

    // A copy with one file changed: the manifest no longer matches.
    const tampered = path.join(work, 'tampered.zip');
    copyFileSync(file, tampered);
    const rewrite = spawnSync(
      'python3',
      [
        '-c',
        [
          'import sys, zipfile',
          'src = zipfile.ZipFile(sys.argv[1])',
          'entries = [(info, src.read(info.filename)) for info in src.infolist()]',
          'src.close()',
          "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as out:",
          '    for info, data in entries:',
          "        out.writestr(info, data + b'{}\\n' if info.filename == 'audit-trail.jsonl' else data)",
        ].join('\n'),
        tampered,
      ],
      { encoding: 'utf8' },
    );
    expect(rewrite.status, rewrite.stderr).toBe(0);
    const rejected = runCli(work, ['pack', 'verify', tampered]);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout + rejected.stderr).toContain('audit-trail.jsonl');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
