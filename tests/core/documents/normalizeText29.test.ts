import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../electron/core/documents/normalizeText';
import { extractText } from '../../../electron/core/documents/text/extractText';

describe('normalizeText', () => {
  it('folds ligatures to their letters', () => {
    expect(normalizeText('the \ufb01rst e\ufb00ective o\ufb03ce, ba\ufb04ed by \ufb02u\ufb00')).toBe('the first effective office, baffled by fluff');
  });

  it('drops soft hyphens and zero-width characters inside words, joining a word broken at a soft hyphen', () => {
    expect(normalizeText('the Agree\u00adment of the Licen\u200bsee, perf\u200cormance and obli\u2060gations')).toBe('the Agreement of the Licensee, performance and obligations');
    expect(normalizeText('termi\u00ad\nnation and renew\u00ad al')).toBe('termination and renewal');
  });

  it('keeps zero-width joiners outside Latin words', () => {
    expect(normalizeText('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).toBe('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645');
  });

  it('reads Unicode hyphens as "-" and typographic spaces as a space, leaving dashes, no-break spaces and symbols', () => {
    expect(normalizeText('a third\u2010party non\u2011exclusive licence \u2013 2010\u20132012 \u2014 \u00a75\u2009days,\u202f\u00bd\u00a0share\u2122')).toBe(
      'a third-party non-exclusive licence \u2013 2010\u20132012 \u2014 \u00a75 days, \u00bd\u00a0share\u2122',
    );
  });

  it('returns text without artefacts unchanged', () => {
    const text = 'This Agreement is made on June 1, 2010 by Acme Widgets, Inc. (the "Company").';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('extractText reads the artefacts as a reader does', () => {
  const units = (text: string): string[] => extractText(new TextEncoder().encode(text)).pages.flatMap((p) => p.units.map((u) => u.text));

  it('folds ligatures, soft hyphens and Unicode hyphens in a plain-text contract', () => {
    expect(units('The \ufb01rst Agree\u00adment between the parties is non\u2011exclusive.')).toEqual(['The first Agreement between the parties is non-exclusive.']);
  });

  it('joins a word hyphenated at a line end, keeping a compound the document writes with its hyphen', () => {
    expect(units('This agree-\nment binds any third-\nparty.\n\nThe agreement names a third-party agent.')).toEqual(['This agreement binds any third-party.', 'The agreement names a third-party agent.']);
  });
});
