import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText } from '../../../electron/core/export/safeMarkdown';
import {
  createNumberedLineEscaper,
  createRedactionMarkerEscaper,
  escapeMarkdownText,
  escapeNumberedLineStarts,
  escapeRedactionMarkers,
} from '../../../electron/core/pipeline/markdownEscape';

const SAMPLE = [
  '## Obligations',
  '5. COMPLIANCE. Each party complies with the law [p. 3, §5]',
  '- 12) Term: two years [p. 4, §12]',
  '  * 7. Notices in writing',
  '10.',
  'The fee is 5.5 million, see 5. above',
  '2024. was a year',
  '    4. indented code stays as it is',
  '-5. not a bullet',
  '3.5 percent',
].join('\n');

const ESCAPED = [
  '## Obligations',
  '5\\. COMPLIANCE. Each party complies with the law [p. 3, §5]',
  '- 12\\) Term: two years [p. 4, §12]',
  '  * 7\\. Notices in writing',
  '10\\.',
  'The fee is 5.5 million, see 5. above',
  '2024\\. was a year',
  '    4. indented code stays as it is',
  '-5. not a bullet',
  '3.5 percent',
].join('\n');

describe('escapeNumberedLineStarts', () => {
  it('escapes the marker of lines and bullets that start with a number, and nothing else', () => {
    expect(escapeNumberedLineStarts(SAMPLE)).toBe(ESCAPED);
    expect(escapeNumberedLineStarts('no numbers here\n- a bullet')).toBe('no numbers here\n- a bullet');
  });
});

describe('createNumberedLineEscaper', () => {
  it('gives the same text as the whole-text escape however the stream is split', () => {
    for (let size = 1; size <= 7; size++) {
      const escaper = createNumberedLineEscaper();
      let out = '';
      for (let i = 0; i < SAMPLE.length; i += size) out += escaper.push(SAMPLE.slice(i, i + size));
      out += escaper.flush();
      expect(out, `pieces of ${size}`).toBe(ESCAPED);
    }
  });

  it('holds back only a line start that could still become a number', () => {
    const escaper = createNumberedLineEscaper();
    expect(escaper.push('Overview')).toBe('Overview');
    expect(escaper.push(' text\n- 5')).toBe(' text\n');
    expect(escaper.push('. Term')).toBe('- 5\\. Term');
    expect(escaper.push('\n3')).toBe('\n');
    expect(escaper.flush()).toBe('3');
  });
});

describe('escapeMarkdownText', () => {
  const read = (markdown: string): string => plainText(parseMarkdown(markdown));
  // Every character the issue names, alone, doubled, and in the positions where markdown acts on it.
  const CASES = [
    'The Company [***] will be provided on a [***] basis.',
    'a *starred* word and a **strong** one',
    'snake_case and _emphasis_ and __strong__',
    '# not a heading',
    'heading # in the middle ## and ### end ###',
    'a | b | c',
    '| cell | cell |',
    'use `code` and ``double``',
    '<b>bold</b> and <script>alert(1)</script> and <https://example.com>',
    '- not a bullet',
    '+ not a bullet either',
    '5. not a list item',
    '= not a setext underline',
    '[link](https://example.com) and ![image](https://example.com/x.png)',
    '~~not struck~~ and back\\slash and &amp; stays &amp;',
  ];
  it.each(CASES)('renders %j as written', (text) => {
    expect(read(escapeMarkdownText(text))).toBe(text);
  });

  it.each(['[', ']', '*', '_', '#', '|', '`', '<', '>', '~', '\\', '&'])('escapes %j', (c) => {
    expect(escapeMarkdownText(`x${c}y`)).toBe(`x\\${c}y`);
  });

  it('keeps the text on its line', () => {
    expect(escapeMarkdownText('first line\n\n  second line')).toBe('first line second line');
  });
});

describe('escapeRedactionMarkers', () => {
  it('escapes the markers a model copies and leaves its own markdown alone', () => {
    const md = '## Key terms\n\n- **Fee:** The Company [***] will be provided on a [***] basis [p. 2]\n- *Term* [ * * ] two years';
    const out = escapeRedactionMarkers(md);
    expect(out).toBe('## Key terms\n\n- **Fee:** The Company \\[\\*\\*\\*\\] will be provided on a \\[\\*\\*\\*\\] basis [p. 2]\n- *Term* \\[ \\* \\* \\] two years');
    expect(escapeRedactionMarkers(out)).toBe(out);
    const tree = parseMarkdown(out);
    expect(plainText(tree)).toContain('The Company [***] will be provided on a [***] basis [p. 2]');
    expect(JSON.stringify(tree)).toContain('"type":"strong"');
  });

  it('gives the same text when streamed in pieces of any size', () => {
    const md = 'The Company [***] will be provided on a [***] basis; \\[***] stays; [*] and [ ** ] [x] [ ] end [**';
    for (let size = 1; size <= 9; size++) {
      const escaper = createRedactionMarkerEscaper();
      let out = '';
      for (let i = 0; i < md.length; i += size) out += escaper.push(md.slice(i, i + size));
      out += escaper.flush();
      expect(out, `pieces of ${size}`).toBe(escapeRedactionMarkers(md));
    }
  });
});
