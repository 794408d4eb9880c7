// The rendered policy beside the editor (and for read-only versions): Markdown through the shared
// renderer and DOMPurify, refreshed shortly after typing stops. Links never navigate the app: an
// in-document anchor scrolls the preview, a web or mail link opens outside the app.
import { Paper, ScrollArea, Typography } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../../client/client';
import { policyPreviewHtml } from './sanitize';

interface PolicyPreviewProps {
  markdown: string;
  /** Milliseconds to wait after the last change; 0 renders at once. */
  debounceMs?: number;
  height?: number | string;
}

export function PolicyPreview({ markdown, debounceMs = 250, height }: PolicyPreviewProps) {
  const { t } = useTranslation('policies');
  const [debounced] = useDebouncedValue(markdown, debounceMs);
  const source = debounceMs === 0 ? markdown : debounced;
  const html = useMemo(() => policyPreviewHtml(source), [source]);
  const body = useRef<HTMLDivElement>(null);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const anchor = (event.target as Element).closest('a');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      const target = Array.from(body.current?.querySelectorAll('[id]') ?? []).find((element) => element.id === id);
      target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    } else if (/^(https?:|mailto:)/i.test(href)) {
      void platform()?.openExternal(href);
    }
  }

  const content = (
    <Typography className="custos-policy-preview">
      {/* Sanitised by policyPreviewHtml (shared renderer + DOMPurify). */}
      <div ref={body} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );

  return (
    <Paper withBorder radius="md" component="section" aria-label={t('preview.label')} style={{ height, overflow: 'hidden' }}>
      {height !== undefined ? (
        <ScrollArea h="100%" p="md" type="auto">
          {content}
        </ScrollArea>
      ) : (
        <div style={{ padding: 'var(--mantine-spacing-md)' }}>{content}</div>
      )}
    </Paper>
  );
}
