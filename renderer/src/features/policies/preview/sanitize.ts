// The second line of defence for the live preview: the renderer's HTML (already escaped and filtered
// by renderPolicyHtml) goes through DOMPurify before it touches the page. Whatever the Markdown
// says, nothing in the preview can run or load: no scripts, styles, frames, forms or event handlers;
// links only to http(s), mailto or an in-document anchor; images only from inline data: URLs; and a
// style attribute only for table-cell alignment.
import DOMPurify, { type Config } from 'dompurify';
import { renderPolicyHtml } from '../../../../../shared/policies/markdown';

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const SAFE_HREF = /^(https?:\/\/|mailto:|#)/i;
const ALIGNMENT = /^text-align:\s*(left|center|right);?$/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'video', 'audio', 'source', 'track', 'picture', 'svg', 'math'],
  FORBID_ATTR: ['srcset', 'background', 'poster', 'formaction', 'action', 'ping', 'xlink:href'],
  ALLOW_DATA_ATTR: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance, so these hooks never affect another sanitiser in the app.
  const created = DOMPurify(window);
  created.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const style = node.getAttribute('style');
    if (style !== null && !ALIGNMENT.test(style.trim())) node.removeAttribute('style');
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href.trim())) node.removeAttribute('href');
      if (node.hasAttribute('href') && !node.getAttribute('href')!.startsWith('#')) node.setAttribute('rel', 'noopener noreferrer nofollow');
      node.removeAttribute('target');
    }
  });
  purifier = created;
  return created;
}

/** HTML safe to insert into the page. */
export function sanitizePolicyHtml(html: string): string {
  const fragment = instance().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  // Relative paths would still be requested from the app's own origin: only inline images show,
  // any other image is replaced by its alternative text.
  for (const image of Array.from(fragment.querySelectorAll('img'))) {
    if (!DATA_IMAGE.test((image.getAttribute('src') ?? '').trim())) image.replaceWith(image.ownerDocument.createTextNode(image.getAttribute('alt') ?? ''));
  }
  // Serialised inside the sanitiser's inert document, so nothing is adopted into the live page.
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/** A policy's Markdown as preview HTML: rendered by the shared renderer, then sanitised again. */
export function policyPreviewHtml(markdown: string): string {
  return sanitizePolicyHtml(renderPolicyHtml(markdown));
}
