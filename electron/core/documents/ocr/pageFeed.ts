/**
 * The pages OCR is to read, told one by one as the PDF's parse finds them, so reading starts on
 * the first while the parse goes on. Several readers take pages from it side by side: each page
 * goes to one reader, in the order added; a reader waiting for a page is answered when one is
 * added or when the feed is closed (the parse has ended, or failed).
 */
export class PageFeed {
  private readonly queue: number[] = [];
  private readonly waiting: ((page: number | undefined) => void)[] = [];
  private readonly added = new Set<number>();
  private closed = false;

  /** Adds a page to read; a page added before, or anything after {@link close}, is ignored. */
  push(page: number): void {
    if (this.closed || this.added.has(page)) return;
    this.added.add(page);
    const reader = this.waiting.shift();
    if (reader) reader(page);
    else this.queue.push(page);
  }

  /** No page will be added any more: readers waiting for one get undefined. */
  close(): void {
    this.closed = true;
    for (const reader of this.waiting.splice(0)) reader(undefined);
  }

  /** The next page not yet taken, waiting for one to be added; undefined once the feed is closed and taken empty. */
  take(): Promise<number | undefined> {
    const page = this.queue.shift();
    if (page !== undefined || this.closed) return Promise.resolve(page);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Pages added so far. */
  get count(): number {
    return this.added.size;
  }

  /** True once closed: {@link count} is then the final number of pages. */
  get complete(): boolean {
    return this.closed;
  }

  /** Every page added so far, in the order added. */
  get pages(): number[] {
    return [...this.added];
  }
}
