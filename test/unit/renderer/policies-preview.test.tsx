import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../../renderer/src/client/bridge';
import { PolicyPreview } from '../../../renderer/src/features/policies/preview/PolicyPreview';
import { installBridge, renderWithApp } from './render';

afterEach(() => {
  cleanup();
  setBridge(null);
});

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const HOSTILE = [
  '# Acceptable use',
  '',
  '<script>window.__pwned = 1</script>',
  '',
  '<img src="x" onerror="window.__pwned = 2">',
  '',
  '[Read me](javascript:window.__pwned=3) and [also](JaVaScRiPt:alert(1)) and [data](data:text/html,<script>alert(1)</script>)',
  '',
  '![tracker](https://evil.example/pixel.png) ![protocol-relative](//evil.example/p.png) ![relative](/rpc/leak.png)',
  '',
  `![inline logo](${PIXEL})`,
  '',
  '<iframe src="https://evil.example"></iframe> <style>body{background:url(https://evil.example/bg)}</style>',
  '',
  '| Left | Right |',
  '| :--- | ---: |',
  '| a | b |',
  '',
  'See [the standard](https://www.iso.org/standard/27001) or [mail us](mailto:dpo@example.com) or [scope](#acceptable-use).',
].join('\n');

function assertInert(root: ParentNode) {
  expect(root.querySelector('script, iframe, object, embed, style, link, meta, base, form, svg')).toBeNull();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
      expect(/javascript:|vbscript:|data:text/i.test(attribute.value), `${element.tagName} ${attribute.name}=${attribute.value}`).toBe(false);
    }
  }
  for (const image of Array.from(root.querySelectorAll('img'))) expect(image.getAttribute('src') ?? '').toMatch(/^data:image\/png;base64,/);
  for (const link of Array.from(root.querySelectorAll('a[href]'))) expect(link.getAttribute('href')).toMatch(/^(https:\/\/|mailto:|#)/);
  for (const element of Array.from(root.querySelectorAll('[style]'))) expect(element.getAttribute('style')).toMatch(/^text-align:(left|center|right);?$/);
}

describe('policy preview', () => {
  it('renders a hostile policy with nothing that can run or load', () => {
    installBridge(() => ({ ok: true, value: null }));
    renderWithApp(<PolicyPreview markdown={HOSTILE} debounceMs={0} />);
    const region = screen.getByRole('region', { name: 'Preview' });
    const preview = region.querySelector('.custos-policy-preview > div')!;
    assertInert(preview);
    // The harmless parts survive: text of refused links and images, the inline image, the table.
    expect(preview.textContent).toContain('Read me');
    expect(preview.textContent).toContain('tracker');
    expect(preview.querySelectorAll('img')).toHaveLength(1);
    expect(preview.querySelectorAll('table td')).toHaveLength(2);
    expect(preview.querySelector('td:last-child')?.getAttribute('style')).toBe('text-align:right');
    expect(preview.querySelector('a[href="https://www.iso.org/standard/27001"]')?.getAttribute('rel')).toContain('noopener');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens web links outside the app and never navigates the page', async () => {
    const opened: string[] = [];
    installBridge(() => ({ ok: true, value: null }));
    const { getBridge } = await import('../../../renderer/src/client/bridge');
    getBridge()!.platform.openExternal = async (url: string) => {
      opened.push(url);
      return true;
    };
    renderWithApp(<PolicyPreview markdown="[ISO](https://www.iso.org/)" debounceMs={0} />);
    const link = screen.getByRole('link', { name: 'ISO' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(event.defaultPrevented).toBe(true);
    expect(opened).toEqual(['https://www.iso.org/']);
  });
});
