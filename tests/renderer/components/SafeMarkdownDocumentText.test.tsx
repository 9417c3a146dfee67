import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { SafeMarkdown } from '../../../renderer/src/components/SafeMarkdown/SafeMarkdown';
import { MARKDOWN_SENTENCES, REDACTED_SENTENCE, redactedSummary } from '../../helpers/redactedSummary';

describe('SafeMarkdown over a summary of contract text', () => {
  it('shows "[***]" and every other markdown character from the document as written, with the model-side headings and bullets rendered', async () => {
    const summary = await redactedSummary();
    const { container } = render(<SafeMarkdown markdown={summary.markdown} onCite={() => {}} />);
    const text = (container.textContent ?? '').replace(/\s+/g, ' ');
    // The sentence as the contract wrote it, brackets intact, nothing turned into emphasis.
    expect(text).toContain(REDACTED_SENTENCE);
    for (const sentence of MARKDOWN_SENTENCES) expect(text).toContain(sentence);
    expect(container.querySelector('em, strong, code, table, h1')).toBeNull();
    // The pipeline's own markdown still renders: section headings, bullets and citation buttons.
    expect(container.querySelectorAll('h2').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('button.citation, button').length).toBeGreaterThan(0);
  });
});
