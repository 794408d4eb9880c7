// A PDF shown page by page on a <canvas>, inside the app. pdf.js is loaded on first use (see
// pdf-render.ts for what it is allowed to do). A file pdf.js cannot open gets a translated message
// and whatever pdf-info.ts can still read from it; saving a copy stays available in the modal.
import { ActionIcon, Alert, Box, Button, Center, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight, IconFileTypePdf, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { pdfInfo } from './pdf-info';
import type * as PdfRender from './pdf-render';
import type { OpenedPdf } from './pdf-render';
import { clampPage, fitWidthScale, openFailure, stepZoom, ZOOM_STEPS, type PdfOpenFailure } from './pdf-viewer-logic';

type PdfModule = typeof PdfRender;

type Loaded = { bytes: Uint8Array } & ({ status: 'ready'; pdf: OpenedPdf; module: PdfModule } | { status: 'error'; failure: PdfOpenFailure });

/** What can be read from a PDF without rendering it, for when rendering fails. */
function PdfFacts({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useMemo(() => pdfInfo(bytes), [bytes]);
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <IconFileTypePdf size={40} stroke={1.3} color="var(--mantine-color-red-6)" />
        <Stack gap={4}>
          {info.title && <Text fw={600}>{info.title}</Text>}
          <Text size="sm">{info.pages !== null ? t('files.pdf.pages', { count: info.pages, formatted: format.number(info.pages) }) : t('files.pdf.pagesUnknown')}</Text>
          {info.version && (
            <Text size="sm" c="dimmed">
              {t('files.pdf.version', { version: info.version })}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function PdfPages({ pdf, module }: { pdf: OpenedPdf; module: PdfModule }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = pdf.document.numPages;
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  // Which page/zoom/width the canvas shows, or that drawing it failed.
  const [drawn, setDrawn] = useState<{ key: string; ok: boolean } | null>(null);
  const { ref: frameRef, width } = useElementSize<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameWidth = Math.floor(width);
  const drawKey = `${page}:${zoom}:${frameWidth}`;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || frameWidth <= 0) return;
    let cancelled = false;
    let render: ReturnType<PdfModule['renderPage']> | null = null;
    pdf.document
      .getPage(page)
      .then((pdfPage) => {
        if (cancelled) return false;
        const pageWidth = pdfPage.getViewport({ scale: 1 }).width;
        render = module.renderPage(pdfPage, canvas, fitWidthScale(frameWidth, pageWidth) * zoom);
        return render.done;
      })
      .then(
        (done) => {
          if (!cancelled && done) setDrawn({ key: drawKey, ok: true });
        },
        () => {
          if (!cancelled) setDrawn({ key: drawKey, ok: false });
        },
      );
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, module, page, zoom, frameWidth, drawKey]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') setPage((current) => clampPage(current - 1, total));
      else if (event.key === 'ArrowRight' || event.key === 'PageDown') setPage((current) => clampPage(current + 1, total));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [total]);

  const current = drawn?.key === drawKey ? drawn : null;
  const pageLabel = t('files.pdf.pageOf', { page: format.number(page), total: format.number(total) });
  return (
    <Stack gap="xs" role="region" aria-label={t('files.pdf.viewer')}>
      <Group justify="space-between" gap="xs">
        <Group gap={4}>
          <Tooltip label={t('files.pdf.previousPage')}>
            <ActionIcon variant="default" size="lg" aria-label={t('files.pdf.previousPage')} disabled={page <= 1} onClick={() => setPage(clampPage(page - 1, total))}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" miw={110} ta="center" aria-live="polite">
            {pageLabel}
          </Text>
          <Tooltip label={t('files.pdf.nextPage')}>
            <ActionIcon variant="default" size="lg" aria-label={t('files.pdf.nextPage')} disabled={page >= total} onClick={() => setPage(clampPage(page + 1, total))}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={4}>
          <Tooltip label={t('files.pdf.zoomOut')}>
            <ActionIcon variant="default" size="lg" aria-label={t('files.pdf.zoomOut')} disabled={zoom <= ZOOM_STEPS[0]!} onClick={() => setZoom(stepZoom(zoom, -1))}>
              <IconZoomOut size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('files.pdf.zoomLevel', { percent: format.percent(zoom) })}>
            <Button variant={zoom === 1 ? 'light' : 'default'} onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
              {t('files.pdf.fitWidth')}
            </Button>
          </Tooltip>
          <Tooltip label={t('files.pdf.zoomIn')}>
            <ActionIcon variant="default" size="lg" aria-label={t('files.pdf.zoomIn')} disabled={zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!} onClick={() => setZoom(stepZoom(zoom, 1))}>
              <IconZoomIn size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Box ref={frameRef} className="custos-pdf-frame" pos="relative">
        <canvas
          ref={canvasRef}
          className="custos-pdf-page"
          role="img"
          aria-label={pageLabel}
          data-rendered-page={current?.ok ? page : undefined}
          style={{ visibility: current?.ok ? 'visible' : 'hidden' }}
        />
        {!current && (
          <Center pos="absolute" inset={0} role="status" aria-label={t('common.loading')}>
            <Loader />
          </Center>
        )}
        {current && !current.ok && (
          <Center pos="absolute" inset={0} p="md">
            <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />}>
              {t('files.pdf.pageFailed')}
            </Alert>
          </Center>
        )}
      </Box>
      <Text size="xs" c="dimmed">
        {t('files.pdf.keyboardHint')} {t('files.pdf.safeNote')}
      </Text>
    </Stack>
  );
}

export function PdfViewer({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: OpenedPdf | null = null;
    import('./pdf-render')
      .then(async (module) => {
        const pdf = await module.openPdf(bytes);
        if (cancelled) {
          void pdf.close();
          return;
        }
        opened = pdf;
        setLoaded({ bytes, status: 'ready', pdf, module });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ bytes, status: 'error', failure: openFailure(error) });
      });
    return () => {
      cancelled = true;
      void opened?.close();
    };
  }, [bytes]);

  const current = loaded?.bytes === bytes ? loaded : null;
  if (!current) {
    return (
      <Center py="xl" role="status" aria-label={t('files.pdf.loading')}>
        <Loader />
      </Center>
    );
  }
  if (current.status === 'error') {
    return (
      <Stack gap="sm">
        <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />}>
          {t(current.failure === 'password' ? 'files.pdf.password' : 'files.pdf.damaged')}
        </Alert>
        <PdfFacts bytes={bytes} />
      </Stack>
    );
  }
  return <PdfPages pdf={current.pdf} module={current.module} />;
}
