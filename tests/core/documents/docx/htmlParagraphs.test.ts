import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlParagraphs } from '../../../../electron/core/documents/docx/htmlParagraphs';

const texts = (html: string): string[] => htmlParagraphs(html).map((p) => p.text);

describe('htmlParagraphs: the paragraphs a browser shows', () => {
  it('ends a paragraph at each block element and joins inline text', () => {
    expect(texts('<html><body><p>The <b>Supplier</b> shall deliver<br>within ten days.</p><div>Fees are <i>fixed</i>.</div></body></html>')).toEqual([
      'The Supplier shall deliver',
      'within ten days.',
      'Fees are fixed.',
    ]);
  });

  it('leaves out scripts, styles, the head and comments with their content', () => {
    const html = '<head><title>Draft</title><style>p { color: red }</style></head><body><!-- reviewer: cut this --><p>Term: two years.</p><script>alert("x")</script><p>Law: Ontario.</p></body>';
    expect(texts(html)).toEqual(['Term: two years.', 'Law: Ontario.']);
  });

  it('keeps a heading level, numbers an ordered list from its start, and joins table cells as Word rows', () => {
    const html = '<h2>Fees</h2><ol start="3"><li>Invoices monthly.</li><li>Net 30.</li></ol><ul><li>No bullets numbered.</li></ul><table><tr><th>Party</th><th>Role</th></tr><tr><td>Nordlicht GmbH</td><td>Supplier</td></tr></table>';
    expect(htmlParagraphs(html)).toEqual([
      { text: 'Fees', heading: 2 },
      { text: '3. Invoices monthly.' },
      { text: '4. Net 30.' },
      { text: 'No bullets numbered.' },
      { text: 'Party | Role' },
      { text: 'Nordlicht GmbH | Supplier' },
    ]);
  });

  it('decodes character references and leaves unknown ones as written', () => {
    expect(decodeEntities('Smith &amp; Jones &sect; 4 &#167; 5 &#xA7; 6 &bogus; &#0;')).toBe('Smith & Jones § 4 § 5 § 6 &bogus; \ufffd');
    expect(texts('<p>a &lt; b</p><p>x < y</p>')).toEqual(['a < b', 'x < y']);
  });

  it('reads crafted markup once: unclosed tags, comments and scripts, and runs of "<" (generous bound)', () => {
    for (const piece of ['<', '<p', '<!--', '<script>', '<ol start="1">', '&amp', '< ', '<td>', '</x', '<h1>a']) {
      const html = piece.repeat(100_000);
      const started = performance.now();
      htmlParagraphs(html);
      expect(performance.now() - started, piece).toBeLessThan(3_000);
    }
  });
});
