import { describe, expect, it } from 'vitest';
import { createNumberedLineEscaper, escapeNumberedLineStarts } from '../../../electron/core/pipeline/markdownEscape';

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
