import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { Rect } from '../../../../shared/document';

/** A block to mark on the page: its text (what the mark reads as) and its rectangles in page points. */
export interface PageMark {
  blockId: string;
  text: string;
  rects: readonly Rect[];
}

export type Zoom = 'fit' | number;

interface Props {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  /** The page's displayed size in points (from ingestion), so marks are placed before the page is drawn. */
  size?: { width: number; height: number };
  marks: readonly PageMark[];
  zoom: Zoom;
  /** Called once the page is on the canvas (its scale), or with an error message. */
  onPainted?: (result: { scale: number } | { error: string }) => void;
}

/** Fit-width scale for a container `width` px wide; never below a readable minimum. */
export function fitScale(containerWidth: number, pageWidth: number): number {
  if (!(containerWidth > 0) || !(pageWidth > 0)) return 1;
  return Math.max(0.25, containerWidth / pageWidth);
}

/** The union of rectangles, or undefined for none. */
export function unionRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * One PDF page drawn by pdf.js on a canvas, with the cited passages marked over it. Each mark is
 * an element labelled "Cited passage" whose (visually hidden) text is the block's text, placed at
 * the block's rectangles; the highlight boxes inside it are decoration.
 */
export function PdfPageView({ pdf, pageNumber, size, marks, zoom, onPainted }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const firstMark = useRef<HTMLSpanElement>(null);
  const [frameWidth, setFrameWidth] = useState(0);
  const [measured, setMeasured] = useState<{ width: number; height: number }>();
  // Which drawing finished (or failed): "page|zoom|width", so a new one reads as not yet painted.
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const painter = useRef(onPainted);
  // The size from ingestion only places marks before drawing; its arrival must not restart a drawing.
  const knownSize = useRef(size);
  useEffect(() => {
    painter.current = onPainted;
    knownSize.current = size;
  });

  // Fit width follows the panel's width.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    setFrameWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const base = size ?? measured ?? { width: 612, height: 792 };
  const scale = zoom === 'fit' ? fitScale(frameWidth - 2, base.width) : zoom;
  const drawKey = `${pageNumber}|${zoom}|${zoom === 'fit' ? frameWidth : 0}`;
  const painted = paintedKey === drawKey;
  const error = failure?.key === drawKey ? failure.message : null;

  useEffect(() => {
    if (zoom === 'fit' && frameWidth === 0) return;
    let task: RenderTask | undefined;
    let cancelled = false;
    const key = `${pageNumber}|${zoom}|${zoom === 'fit' ? frameWidth : 0}`;
    void (async () => {
      performance.mark('precis:page-draw-start');
      const asked = performance.now();
      const page = await pdf.getPage(pageNumber);
      performance.measure('precis:page-get', { start: asked, end: performance.now() });
      if (cancelled) return;
      const unscaled = page.getViewport({ scale: 1 });
      if (!knownSize.current) setMeasured({ width: unscaled.width, height: unscaled.height });
      const s = zoom === 'fit' ? fitScale(frameWidth - 2, unscaled.width) : zoom;
      const viewport = page.getViewport({ scale: s });
      const el = canvas.current;
      if (!el) return;
      const ratio = Math.min(3, window.devicePixelRatio || 1);
      el.width = Math.floor(viewport.width * ratio);
      el.height = Math.floor(viewport.height * ratio);
      const drawing = performance.now();
      task = page.render({ canvas: el, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) });
      await task.promise;
      if (cancelled) return;
      performance.measure('precis:page-render', { start: drawing, end: performance.now() });
      performance.mark('precis:page-painted');
      setPaintedKey(key);
      painter.current?.({ scale: s });
    })().catch((e: unknown) => {
      if (cancelled || (e as { name?: string })?.name === 'RenderingCancelledException') return;
      const message = 'This page could not be drawn. Use the text view to read it.';
      setFailure({ key, message });
      painter.current?.({ error: message });
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, zoom, frameWidth]);

  // The first mark is scrolled into view once the page is drawn (long pages, zoomed in).
  useEffect(() => {
    if (painted) firstMark.current?.scrollIntoView?.({ block: 'center' });
  }, [painted, marks]);

  const width = base.width * scale;
  const height = base.height * scale;
  return (
    <div className="pdf-frame" ref={frame}>
      {error ? <p className="field-error">{error}</p> : null}
      <div
        className="pdf-page"
        style={{ width: `${width}px`, height: `${height}px` }}
        data-page-number={pageNumber}
        data-painted={painted ? 'true' : 'false'}
      >
        <canvas ref={canvas} className="pdf-canvas" style={{ width: `${width}px`, height: `${height}px` }} aria-hidden="true" />
        {marks.map((m, i) => {
          const box = unionRect(m.rects);
          if (!box) return null;
          return (
            <span
              key={m.blockId}
              ref={i === 0 ? firstMark : undefined}
              role="group"
              aria-label="Cited passage"
              className="pdf-mark cited-passage"
              data-block-id={m.blockId}
              style={{ left: `${box.x * scale}px`, top: `${box.y * scale}px`, width: `${box.width * scale}px`, height: `${box.height * scale}px` }}
            >
              {m.rects.map((r, j) => (
                <span
                  key={j}
                  className="pdf-mark-box"
                  aria-hidden="true"
                  style={{ left: `${(r.x - box.x) * scale}px`, top: `${(r.y - box.y) * scale}px`, width: `${r.width * scale}px`, height: `${r.height * scale}px` }}
                />
              ))}
              <span className="visually-hidden">{m.text}</span>
            </span>
          );
        })}
      </div>
    </div>
  );
}
