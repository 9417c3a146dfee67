import type { SummaryPoint } from '../../../shared/summary';

/** The pages a summary's points cite, in the order they are first cited, at most `limit` of them. */
export function citedPages(points: readonly SummaryPoint[], limit = 4): number[] {
  const pages: number[] = [];
  for (const p of points) {
    for (const c of p.citations) {
      if (!pages.includes(c.page)) pages.push(c.page);
      if (pages.length >= limit) return pages;
    }
  }
  return pages;
}
