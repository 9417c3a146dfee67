/**
 * One page-render thread kept between documents of this process, as the Tesseract engines are
 * (keptTesseractPools.ts): a thread loads pdf.js (about a fifth of a second of CPU, on the path
 * before the first page can be read) once, and the next scanned document opens in it. While kept
 * it holds no document (closed when given back), never keeps the process alive, and is stopped
 * after KEEP_RENDERER_IDLE_MS unused. A cancelled document's thread is stopped, never kept.
 */
import { PageRenderer } from './pageRenderer';

/** As long as the engines are kept: the next document of a batch finds both ready. */
export const KEEP_RENDERER_IDLE_MS = 60_000;

let kept: { renderer: PageRenderer; timer: NodeJS.Timeout } | undefined;

/**
 * A render thread with this PDF open: the kept one when there is one (`reused`), else a new one.
 * Fails as {@link PageRenderer.open} does (with CANCELLED, the thread stopped, when `signal`
 * aborts first); a kept thread that fails to open it is stopped.
 */
export async function openKeptPageRenderer(bytes: Uint8Array, password: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<{ renderer: PageRenderer; reused: boolean }> {
  const k = kept;
  kept = undefined;
  if (k) {
    clearTimeout(k.timer);
    if (k.renderer.alive) {
      await k.renderer.reopen(bytes, password, timeoutMs, signal);
      return { renderer: k.renderer, reused: true };
    }
  }
  return { renderer: await PageRenderer.open(bytes, password, timeoutMs, signal), reused: false };
}

/**
 * The document is done with `renderer`: it is kept for the next one (its document closed, the
 * thread idle and unreferenced) unless it is no longer alive or another one is kept already.
 */
export function keepPageRenderer(renderer: PageRenderer): void {
  if (!renderer.alive || kept) {
    void renderer.close();
    return;
  }
  renderer.park();
  const timer = setTimeout(() => {
    if (kept?.renderer === renderer) kept = undefined;
    void renderer.close();
  }, KEEP_RENDERER_IDLE_MS);
  timer.unref();
  kept = { renderer, timer };
}

/**
 * Makes sure a render thread is kept, starting one that loads pdf.js now when none is (a document
 * whose parse found a page to read, so the first page can be drawn as soon as the parse ends).
 * Returns the thread it started, or undefined when one was kept already.
 */
export function warmKeptPageRenderer(): PageRenderer | undefined {
  if (kept?.renderer.alive) return undefined;
  const renderer = PageRenderer.start();
  keepPageRenderer(renderer);
  return renderer;
}

/** Stops `renderer` if it is the kept thread (a document cancelled before it drew in the thread it started). */
export function dropKeptPageRenderer(renderer: PageRenderer): void {
  if (kept?.renderer !== renderer) return;
  clearTimeout(kept.timer);
  kept = undefined;
  void renderer.close();
}

/** True while a render thread is kept. */
export function hasKeptPageRenderer(): boolean {
  return kept !== undefined;
}

/** Stops the kept render thread now (a service shutting down, a test cleaning up). */
export async function closeKeptPageRenderer(): Promise<void> {
  const k = kept;
  kept = undefined;
  if (!k) return;
  clearTimeout(k.timer);
  await k.renderer.close();
}
