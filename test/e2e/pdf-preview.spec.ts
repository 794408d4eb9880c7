// The PDF preview: pdf.js renders an uploaded PDF page by page onto a <canvas> inside the app, under
// the strict CSP (the fixtures fail the test on any violation or page error), with page navigation
// by button and keyboard; a damaged PDF shows a translated message instead.
import type { Locator, Page } from '@playwright/test';
import { expect, openScreen, readyWorkspace, test } from './fixtures';

/**
 * A valid PDF with one page per colour: a filled rectangle and a line of Helvetica text on each. The
 * rectangle is painted in a Separation colour whose tint transform is a PostScript (type 4)
 * function, the one place pdf.js would compile code with `new Function` if eval were allowed.
 */
function colouredPdf(colours: readonly (readonly [number, number, number])[]): Buffer {
  const pageCount = colours.length;
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  colours.forEach(([r, g, b], index) => {
    const pageId = objects.length + 1;
    kids.push(`${pageId} 0 R`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageId + 1} 0 R /Resources << /Font << /F1 3 0 R >> /ColorSpace << /CS0 [/Separation /Ink /DeviceRGB ${pageId + 2} 0 R] >> >> >>`);
    const content = `/CS0 cs 1 scn 60 300 475 480 re f 0 0 0 rg BT /F1 28 Tf 72 200 Td (Page ${index + 1} of ${pageCount}) Tj ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const tint = `{ dup ${r} mul exch dup ${g} mul exch ${b} mul }`;
    objects.push(`<< /FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1] /Length ${tint.length} >>\nstream\n${tint}\nendstream`);
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pageCount} >>`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface WorkerScope {
  cspViolations?: string[];
}

/** The canvas's size and the average colour of its non-white pixels (null when it is all white). */
function paint(canvas: Locator) {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    let [r, g, b] = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) continue;
      count += 1;
      r += data[i]!;
      g += data[i + 1]!;
      b += data[i + 2]!;
    }
    return { width: c.width, height: c.height, inked: count / (c.width * c.height), colour: count ? [r, g, b].map((v) => Math.round(v / count)) : null };
  });
}

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Upload file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload an evidence file' });
  await dialog.getByLabel('Evidence file').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText(`${name} uploaded.`)).toBeVisible();
}

test('a PDF is previewed page by page on a canvas, under the CSP', async ({ page, server }) => {
  // CSP violations inside a worker never reach the page's console, so the pdf.js worker collects its
  // own from the moment it starts.
  const workerScripts: string[] = [];
  page.on('worker', (worker) => {
    workerScripts.push(worker.url());
    worker
      .evaluate(() => {
        const violations: string[] = [];
        (self as unknown as WorkerScope).cspViolations = violations;
        self.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      })
      .catch(() => undefined);
  });
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(server.url).origin + '/') && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) external.push(request.url());
  });

  await readyWorkspace(page, server);
  await openScreen(page, 'Evidence');
  await upload(page, 'access-review.pdf', colouredPdf([[0.85, 0.1, 0.1], [0.1, 0.2, 0.85]]));

  const row = page.getByRole('table', { name: 'Evidence' }).getByRole('row', { name: /access-review\.pdf/ });
  await row.getByRole('button', { name: 'Preview access-review.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'access-review.pdf' });
  const viewer = preview.getByRole('region', { name: 'PDF pages' });
  await expect(viewer.getByText('Page 1 of 2')).toBeVisible();

  const canvas = viewer.locator('canvas[data-rendered-page="1"]');
  await expect(canvas).toBeVisible();
  const first = await paint(canvas);
  expect(first.width).toBeGreaterThan(100);
  expect(first.height).toBeGreaterThan(100);
  expect(first.inked).toBeGreaterThan(0.2);
  expect(first.colour![0]).toBeGreaterThan(first.colour![2]!); // the red page

  await expect(viewer.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await viewer.getByRole('button', { name: 'Next page' }).click();
  await expect(viewer.getByText('Page 2 of 2')).toBeVisible();
  await expect(viewer.locator('canvas[data-rendered-page="2"]')).toBeVisible();
  const second = await paint(viewer.locator('canvas[data-rendered-page="2"]'));
  expect(second.inked).toBeGreaterThan(0.2);
  expect(second.colour![2]).toBeGreaterThan(second.colour![0]!); // the blue page
  await expect(viewer.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // The keyboard turns pages too.
  await page.keyboard.press('ArrowLeft');
  await expect(viewer.locator('canvas[data-rendered-page="1"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(viewer.locator('canvas[data-rendered-page="2"]')).toBeVisible();

  // Zooming in redraws the page wider than the frame; fit to width brings it back.
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await paint(viewer.locator('canvas[data-rendered-page="2"]'))).width).toBeGreaterThan(second.width);
  await viewer.getByRole('button', { name: 'Fit to width' }).click();
  await expect.poll(async () => (await paint(viewer.locator('canvas[data-rendered-page="2"]'))).width).toBe(second.width);

  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Save a copy' }).click()]);
  expect(download.suggestedFilename()).toBe('access-review.pdf');

  // The worker never violated the app's CSP (with isEvalSupported on, the type 4 functions above
  // would report a script-src eval violation here).
  const pdfWorker = page.workers().find((worker) => /pdf\.worker/.test(worker.url()));
  expect(pdfWorker).toBeDefined();
  expect(await pdfWorker!.evaluate(() => (self as unknown as WorkerScope).cspViolations)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The worker comes from the app's own origin, not a blob: wrapper; nothing left the app.
  expect(workerScripts.length).toBeGreaterThan(0);
  for (const url of workerScripts) expect(url).toMatch(/\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/);
  expect(external).toEqual([]);
});

test('a damaged PDF shows a translated message, not a crash', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Evidence');
  await upload(page, 'broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nthis file was cut short', 'latin1'));

  await page.getByRole('table', { name: 'Evidence' }).getByRole('row', { name: /broken\.pdf/ }).getByRole('button', { name: 'Preview broken.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'broken.pdf' });
  await expect(preview.getByRole('alert')).toContainText('This PDF could not be displayed.');
  await expect(preview.getByText('PDF version 1.7')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Save a copy' })).toBeEnabled();
});
