import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { SCORED_FIELDS, type ScoredField } from './cuadLabels';
import { perturbationNamed } from './perturb';
import type { FieldScore } from './scoreTerms';
import { formatPerturbationReport, summarise, type ContractResult, type TermsEvalResult } from './termsEval';

describe('perturbations', () => {
  afterAll(() => shutdownParseWorker());

  it('quotes-curly sets opening and closing quotes and apostrophes as a typesetter would', () => {
    const p = perturbationNamed('quotes-curly');
    const text = `ACME LLC (the "Supplier") and Birch's Goods ("Buyer").\n"Term" means the 'Initial Period'.`;
    expect(p.apply(text)).toBe(`ACME LLC (the \u201cSupplier\u201d) and Birch\u2019s Goods (\u201cBuyer\u201d).\n\u201cTerm\u201d means the \u2018Initial Period\u2019.`);
  });

  it('names joined by "+" apply one rewrite after another, with each one\'s case and value folding', () => {
    const p = perturbationNamed('quotes-curly+date-dmy+years-as-months');
    expect(p.name).toBe('quotes-curly+date-dmy+years-as-months');
    expect(p.apply('ACME LLC (the "Supplier") is made as of March 3, 2011.')).toBe('ACME LLC (the \u201cSupplier\u201d) is made as of 3 March 2011.');
    expect(p.fold?.('2 years each')).toBe('24 months each');
    expect(perturbationNamed('date-dmy+caps-opening').caseless).toBe(true);
    expect(() => perturbationNamed('typeset-pdf+date-dmy').apply('made as of March 3, 2011.')).toThrow(/must be the last/);
    expect(() => perturbationNamed('date-dmy+no-such-rewrite')).toThrow(/Unknown perturbation "no-such-rewrite"/);
  });

  it('date-dmy and date-ordinal rewrite "Month D, YYYY" and keep the day, month and year', () => {
    const text = 'made as of March 3, 2011 and ends on the December 22nd, 2014; not May 32, 2011 or March 3.';
    expect(perturbationNamed('date-dmy').apply(text)).toBe('made as of 3 March 2011 and ends on the 22 December 2014; not May 32, 2011 or March 3.');
    expect(perturbationNamed('date-ordinal').apply(text)).toBe('made as of the 3rd day of March, 2011 and ends on the 22nd day of December, 2014; not May 32, 2011 or March 3.');
    expect(perturbationNamed('date-ordinal').apply('on May 11, 2012 and May 21 2012')).toBe('on the 11th day of May, 2012 and the 21st day of May, 2012');
  });

  it('date-numeric writes "Month D, YYYY" month first in digits, and only days over 12 where the contract is plainly not American', () => {
    const p = perturbationNamed('date-numeric');
    expect(p.apply('made as of March 3, 2011 and ends on December 22nd, 2014; not May 32, 2011.')).toBe('made as of 03/03/2011 and ends on 12/22/2014; not May 32, 2011.');
    expect(p.apply('dated March 3, 2011 until December 22, 2014, governed by the laws of England.')).toBe('dated March 3, 2011 until 12/22/2014, governed by the laws of England.');
  });

  it('title-case writes a title in capitals near the top in title case, and nothing further down', () => {
    const p = perturbationNamed('title-case');
    expect(p.apply('EXHIBIT 10.1\n\nMASTER SUPPLY AND DISTRIBUTION AGREEMENT\n\nBETWEEN ACME INC. AND BIRCH LLC')).toBe('EXHIBIT 10.1\n\nMaster Supply and Distribution Agreement\n\nBETWEEN ACME INC. AND BIRCH LLC');
    expect(p.apply('ADDENDUM TO ACME® PARTNER AGREEMENT')).toBe('Addendum to Acme® Partner Agreement');
    const far = `${'x '.repeat(1600)}SERVICES AGREEMENT`;
    expect(p.apply(far)).toBe(far);
  });

  it('toc-cover lists the clause headings on a contents page between the title and the opening', () => {
    const p = perturbationNamed('toc-cover');
    const text = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Acme Inc. and Birch LLC.\n\n1. DEFINITIONS\nTerms.\n\n2. Term. It runs one year.\n\nSection 3. Governing Law\nOhio.';
    expect(p.apply(text)).toBe(
      'SUPPLY AGREEMENT\n\nTABLE OF CONTENTS\n\n1. DEFINITIONS ' + '.'.repeat(37) + ' 1\n2. Term ' + '.'.repeat(44) + ' 1\nSection 3. Governing Law ' + '.'.repeat(35) + ' 1\n\n\nThis Agreement is made between Acme Inc. and Birch LLC.' + text.slice(text.indexOf('.\n\n1.') + 1),
    );
    // Fewer than three headings, or no opening that says "between" or "among": no contents page.
    expect(p.apply('SUPPLY AGREEMENT\n\nMade between A and B.\n\n1. Term. One year.')).toBe('SUPPLY AGREEMENT\n\nMade between A and B.\n\n1. Term. One year.');
    expect(p.apply('NOTE\n\n1. DEFINITIONS\n\n2. TERM\n\n3. LAW')).toBe('NOTE\n\n1. DEFINITIONS\n\n2. TERM\n\n3. LAW');
  });

  it('heading-synonyms renames the term and governing-law headings after a clause number, and no words in a sentence', () => {
    const p = perturbationNamed('heading-synonyms');
    expect(p.apply('2. Term. The Term of this Agreement is two years.')).toBe('2. Duration. The Term of this Agreement is two years.');
    expect(p.apply('ARTICLE 5 TERM AND TERMINATION\n5.1 Term: one year')).toBe('ARTICLE 5 DURATION AND TERMINATION\n5.1 Duration: one year');
    expect(p.apply('Section 12. GOVERNING LAW. Ohio.')).toBe('Section 12. APPLICABLE LAW. Ohio.');
    expect(p.apply('Term. The Initial Term and 4.1 Terms. Payment terms')).toBe('Term. The Initial Term and 4.1 Terms. Payment terms');
  });

  it('recitals-case writes the recitals\' set words in ordinary case', () => {
    const p = perturbationNamed('recitals-case');
    expect(p.apply('RECITALS\nWHEREAS, Acme makes parts; and\nNOW, THEREFORE, the parties agree. W I T N E S S E T H:')).toBe('Recitals\nWhereas, Acme makes parts; and\nNow, therefore, the parties agree. Witnesseth:');
    expect(p.apply('Whereas the BACKGROUND check')).toBe('Whereas the BACKGROUND check');
  });

  it('attached-form sets the form of another agreement after the text, as an exhibit', () => {
    const out = perturbationNamed('attached-form').apply('SUPPLY AGREEMENT\n\nIN WITNESS WHEREOF …\n\n') as string;
    expect(out.startsWith('SUPPLY AGREEMENT\n\nIN WITNESS WHEREOF …\n\nEXHIBIT C\n\nFORM OF CONFIDENTIALITY UNDERTAKING\n\nThis Confidentiality Undertaking')).toBe(true);
    expect(out).toMatch(/laws of the State of Nevada\.[\s\S]*By: _+\nName:\nTitle:\n$/);
  });

  it('law-construed states the choice of law without "governed", keeping the place', () => {
    const p = perturbationNamed('law-construed');
    expect(p.apply('This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio.')).toBe('This Agreement shall be construed in accordance with the laws of the State of Ohio.');
    expect(p.apply('IT SHALL BE GOVERNED BY, AND INTERPRETED UNDER, THE INTERNAL LAWS OF TEXAS.')).toBe('IT SHALL BE CONSTRUED IN ACCORDANCE WITH THE INTERNAL LAWS OF TEXAS.');
    expect(p.apply('Each order is governed by this Section 4.')).toBe('Each order is governed by this Section 4.');
  });

  it('numbers-digits and numbers-words write a length once, never changing it', () => {
    const text = 'a term of five (5) years, notice of one hundred and twenty (120) days, 30 days to cure, six (7) months.';
    expect(perturbationNamed('numbers-digits').apply(text)).toBe('a term of 5 years, notice of 120 days, 30 days to cure, six (7) months.');
    expect(perturbationNamed('numbers-words').apply(text)).toBe('a term of five years, notice of one hundred and twenty days, thirty days to cure, six (7) months.');
    expect(perturbationNamed('numbers-words').apply('within 45 business days, 2.5 years, made this 31 day of July')).toBe('within forty-five business days, 2.5 years, made this 31 day of July');
    // "and" joining two phrases is not part of the number that follows it.
    expect(perturbationNamed('numbers-digits').apply('after written notice and ninety (90) days to cure')).toBe('after written notice and 90 days to cure');
    expect(perturbationNamed('numbers-words').apply('after written notice and ninety (90) days to cure')).toBe('after written notice and ninety days to cure');
  });

  it('wrap-72 breaks long lines at a space before column 72 and keeps paragraphs apart', () => {
    const line = 'The Supplier shall deliver the goods to the warehouse named in the order within thirty days.';
    const out = perturbationNamed('wrap-72').apply(`${line}\n\n${line}`) as string;
    expect(out.split('\n').every((l) => l.length <= 72)).toBe(true);
    expect(out.split('\n\n').map((p) => p.replace(/\n/g, ' '))).toEqual([line, line]);
  });

  it('page-breaks puts a form feed at a space after every 3,000 characters', () => {
    const text = 'word '.repeat(1500);
    const out = perturbationNamed('page-breaks').apply(text) as string;
    expect(out.split('\f')).toHaveLength(3);
    expect(out.replace(/\n\f/g, ' ')).toBe(text);
  });

  it('typeset-pdf prints the text as a PDF the PDF reader reads back, footers left out', async () => {
    const text = 'SUPPLY AGREEMENT\n\nThis Supply Agreement is made on March 3, 2015 between Quillon Widgets, Inc. ("Quillon") and Tarrow Ltd ("Tarrow").\n\n9.1 This Agreement shall be governed by the laws of the State of Oregon.';
    const bytes = await perturbationNamed('typeset-pdf').apply(text);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const doc = await extractDocument({ bytes: bytes as Uint8Array, name: 'typeset.pdf' });
    expect(doc.kind).toBe('pdf');
    expect(doc.blocks.map((b) => b.text)).toEqual(text.split('\n\n'));
  });

  it('shall-will writes every "shall" as "will", keeping its case', () => {
    expect(perturbationNamed('shall-will').apply('The Term shall begin on signing. Shall the Buyer fail, it SHALL pay; marshall stays.')).toBe('The Term will begin on signing. Will the Buyer fail, it WILL pay; marshall stays.');
  });

  it('law-short writes "the laws of the State of X" as "X law" in a clause that says what governs, and only there', () => {
    const p = perturbationNamed('law-short');
    expect(p.apply('This Agreement shall be governed by and construed in accordance with the laws of the State of Oregon, without regard to its conflict rules.')).toBe('This Agreement shall be governed by and construed in accordance with Oregon law, without regard to its conflict rules.');
    expect(p.apply('governed by, and construed under, the internal laws of the Commonwealth of Virginia.')).toBe('governed by, and construed under, Virginia law.');
    for (const kept of [
      'Kestrel Inc., a corporation organized under the laws of the State of Nevada, and',
      'governed by the laws of England and Wales.',
      'governed by the laws of the State of Oregon, United States.',
      "governed by the laws of the People's Republic of China.",
      'governed by the laws of The Bahamas.',
    ]) expect(p.apply(kept), kept).toBe(kept);
  });

  it('defined-hereinafter defines short names with "hereinafter referred to as"', () => {
    expect(perturbationNamed('defined-hereinafter').apply('Kestrel Inc. (the "Supplier") and Lorn LLC (\u201cLorn\u201d) agree; see (Exhibit A).')).toBe('Kestrel Inc. (hereinafter referred to as the "Supplier") and Lorn LLC (hereinafter referred to as \u201cLorn\u201d) agree; see (Exhibit A).');
  });

  it('names the perturbations there are when asked for one that is not', () => {
    expect(() => perturbationNamed('nonesuch')).toThrow(/quotes-curly/);
  });

  it('reports, per field, the values a rewrite kept, folding the rewrite\u2019s own quotes', () => {
    const contract = (pdf: string, parties: FieldScore): ContractResult => ({
      pdf,
      ms: 1,
      scores: Object.fromEntries(SCORED_FIELDS.map((f) => [f, f === 'parties' ? parties : { outcome: 'absent', label: '' }])) as Record<ScoredField, FieldScore>,
    });
    const run = (contracts: ContractResult[]): TermsEvalResult => ({ contracts, ...summarise(contracts), wallMs: 1 });
    const base = run([
      contract('a.pdf', { outcome: 'right', label: "Birch's Goods", predicted: "Birch's Goods" }),
      contract('b.pdf', { outcome: 'right', label: 'ACME LLC', predicted: 'ACME LLC' }),
    ]);
    const rewritten = run([
      contract('a.pdf', { outcome: 'right', label: "Birch's Goods", predicted: 'Birch\u2019s Goods' }),
      contract('b.pdf', { outcome: 'missing', label: 'ACME LLC' }),
    ]);
    const report = formatPerturbationReport('quotes-curly', 'curly quotes', base, rewritten);
    expect(report).toMatch(/parties\s+2\/2\s+1\/2\s+1\/2/);
    expect(report).toMatch(/parties · changed \(1\)\n\s+b\.pdf\s+as given: ACME LLC\s+\|\s+rewritten: —/);
    expect(report).not.toMatch(/a\.pdf/);
    // A rewrite that both sets capitals and spells a form out compares the name with both folded.
    const spelled = run([
      contract('a.pdf', { outcome: 'right', label: "Birch's Goods", predicted: "BIRCH'S GOODS" }),
      contract('b.pdf', { outcome: 'right', label: 'ACME LLC', predicted: 'ACME L.L.C.' }),
    ]);
    const both = perturbationNamed('caps-opening+entity-forms-spelled');
    expect(formatPerturbationReport(both.name, both.what, base, spelled, { caseless: true, fold: both.fold! })).toMatch(/parties\s+2\/2\s+2\/2\s+2\/2/);
  });
});

describe('caps-opening', () => {
  const p = perturbationNamed('caps-opening');

  it('sets the paragraph that says "between" in capitals up to the recitals, and nothing else', () => {
    const text = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Acme Inc. ("Acme") and Bolt LLC ("Bolt"). WHEREAS, Acme makes goods.\n\n1. Supply. Acme shall supply Bolt.';
    expect(p.apply(text)).toBe('SUPPLY AGREEMENT\n\nTHIS AGREEMENT IS MADE BETWEEN ACME INC. ("ACME") AND BOLT LLC ("BOLT"). WHEREAS, Acme makes goods.\n\n1. Supply. Acme shall supply Bolt.');
    expect(p.caseless).toBe(true);
  });

  it('leaves a text with no "between" or "among" in its opening as it is', () => {
    const text = 'PURCHASE ORDER\n\nBuyer orders the goods below from Seller.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('opening-rephrase', () => {
  const p = perturbationNamed('opening-rephrase');

  it('writes the opening\u2019s verbs the other common ways, keeping case, parties and the date', () => {
    expect(p.apply('This Agreement is made and entered into as of June 1, 2010, by and between Kestrel Inc. ("Kestrel") and Lorn LLC ("Lorn").')).toBe('This Agreement is dated as of June 1, 2010 and is between Kestrel Inc. ("Kestrel") and Lorn LLC ("Lorn").');
    expect(p.apply('THIS LEASE MADE AS OF MAY 3, 2011 BY AND AMONG A, B AND C.')).toBe('THIS LEASE IS DATED AS OF MAY 3, 2011 AND IS AMONG A, B AND C.');
    expect(p.apply('This Agreement is made and entered into by and between Kestrel Inc. and Lorn LLC, effective as of June 1, 2010.')).toBe('This Agreement is entered into between Kestrel Inc. and Lorn LLC, effective as of June 1, 2010.');
    expect(p.apply('By and between the parties, notices go by mail.')).toBe('Between the parties, notices go by mail.');
  });

  it('leaves an opening made "effective as of" a date as it is, as that date may be the effective date', () => {
    const text = 'This Agreement is made effective as of June 1, 2010 between Kestrel Inc. and Lorn LLC.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('cover-noise', () => {
  const p = perturbationNamed('cover-noise');

  it('sets an exhibit number, "EXECUTION VERSION" and a legend before the title, and no second exhibit number', () => {
    const out = p.apply('SUPPLY AGREEMENT\n\nThis Agreement is made between Acme Inc. and Bolt LLC.') as string;
    expect(out.split('\n\n').slice(0, 2)).toEqual(['EXHIBIT 10.1', 'EXECUTION VERSION']);
    expect(out.endsWith('\n\nSUPPLY AGREEMENT\n\nThis Agreement is made between Acme Inc. and Bolt LLC.')).toBe(true);
    const filed = p.apply('Exhibit 10.7\n\nSUPPLY AGREEMENT') as string;
    expect(filed.match(/exhibit/gi)).toHaveLength(2); // the legend's word and the text's own line, no new number
    expect(filed.startsWith('EXECUTION VERSION\n\n')).toBe(true);
  });
});

describe('term-synonyms', () => {
  const p = perturbationNamed('term-synonyms');

  it('writes the interchangeable words of a term, renewal and notice clause, keeping every date and length and the case', () => {
    const text =
      'The Term shall commence on May 3, 2011 and shall continue in full force and effect for a period of three (3) years, unless earlier terminated. It shall automatically renew for successive one-year periods unless a party gives not less than sixty (60) days notice prior to expiry. PRIOR TO signing, Commencing on delivery.';
    expect(p.apply(text)).toBe(
      'The Term shall begin on May 3, 2011 and shall remain in effect for three (3) years, unless terminated sooner. It shall renew automatically for consecutive one-year periods unless a party gives at least sixty (60) days notice before expiry. BEFORE signing, Beginning on delivery.',
    );
  });

  it('leaves defined names and phrases without a number as they are', () => {
    const text = 'The Commencement Date is the day the goods are commenced. The price is not less than cost, for a period of time to be agreed.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('term-in-force', () => {
  const p = perturbationNamed('term-in-force');

  it('writes the contract\u2019s start, run and end in treaty-style words, keeping every date and length', () => {
    const text = 'This Agreement shall commence on March 3, 2014 and shall continue in full force and effect for three (3) years. The Contract will expire on June 30, 2019.';
    expect(p.apply(text)).toBe('This Agreement shall enter into force on March 3, 2014 and shall continue in full force and effect for three (3) years. The Contract will automatically expire on June 30, 2019.');
    expect(p.apply('This Agreement shall remain in full force and effect until terminated.')).toBe('This Agreement shall remain in force until terminated.');
  });

  it('leaves other subjects as they are', () => {
    const text = 'The Services shall commence on May 1, 2014. The license shall expire on June 30, 2019.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('years-as-months', () => {
  const p = perturbationNamed('years-as-months');

  it('writes a length of N years as 12N months, as a noun or an adjective, keeping digits, words and case', () => {
    const text =
      'This Agreement shall remain in effect for one (1) year and shall renew for successive one-year periods on ninety days notice. A Five (5) Year Term; two years; 3 years; a 2-year period; one year\u2019s notice; two years\' notice.';
    expect(p.apply(text)).toBe(
      'This Agreement shall remain in effect for twelve (12) months and shall renew for successive twelve-month periods on ninety days notice. A Sixty (60) Month Term; twenty-four months; 36 months; a 24-month period; twelve months\u2019 notice; twenty-four months\' notice.',
    );
    expect(p.apply('the initial one (1) year term, for one year from signing')).toBe('the initial twelve (12) month term, for twelve months from signing');
  });

  it('leaves calendar years, rates, contract years, ranges, anniversaries and numbers that disagree as they are', () => {
    const text = 'In year 2019, $5 per year, each year, five (5) Contract Years, three to five years, between two and three years, the two (2) year anniversary, 1.5 years, six (7) years.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('renewal-words', () => {
  const p = perturbationNamed('renewal-words');

  it('writes renewal periods, non-renewal notice and its lead time in other words, keeping every length and the case', () => {
    const text =
      'This Agreement shall automatically renew for successive one-year periods unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term. It renews for consecutive two (2) year terms on notice not less than 60 days before expiry. NOTICE OF NON-RENEWAL.';
    expect(p.apply(text)).toBe(
      'This Agreement shall automatically renew for additional periods of one year each unless either party gives written notice of intention not to renew no later than ninety (90) days before the end of the then-current term. It renews for additional periods of two (2) years each on notice no later than 60 days before expiry. NOTICE OF INTENTION NOT TO RENEW.',
    );
    expect(p.fold!('1 year each, automatic, successive')).toBe('1 year each, automatic');
  });

  it('leaves a notice given in advance and periods that are not renewals as they are', () => {
    const text = "Either party may terminate on at least thirty (30) days' prior written notice. Payments fall due for successive monthly periods.";
    expect(p.apply(text)).toBe(text);
  });
});

describe('term-anniversary', () => {
  const p = perturbationNamed('term-anniversary');

  it('writes a term of N years from the contract\u2019s start as its end on the Nth anniversary', () => {
    expect(p.apply('This Agreement shall continue for a period of four (4) years from the Effective Date.')).toBe('This Agreement shall continue until the fourth anniversary of the Effective Date.');
    expect(p.apply('It shall remain in effect for an initial term of three years commencing on the date hereof.')).toBe('It shall remain in effect until the third anniversary of the date hereof.');
  });

  it('leaves other starts, numbers that disagree and long terms as they are', () => {
    const text = 'For 2 years from the date of delivery; for six (7) years from the Effective Date; for twenty-five years from the Effective Date.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('entity-forms-spelled', () => {
  const p = perturbationNamed('entity-forms-spelled');

  it('spells out Inc., Ltd. and Corp. in the case written, and writes LLC as L.L.C.', () => {
    expect(p.apply('This Agreement is made between Orrin, Inc. ("Orrin"), VESK LTD. and Tarrow LLC, a Delaware limited liability company.')).toBe(
      'This Agreement is made between Orrin, Incorporated ("Orrin"), VESK LIMITED and Tarrow L.L.C., a Delaware limited liability company.',
    );
  });

  it('keeps the full stop that also ends a sentence, and leaves words that only start like a form', () => {
    expect(p.apply('The Supplier is Orrin Corp. The Buyer is Vesk LLC. Incorporated in Ohio, Inca Trail Ltd\nCorpus Ltd.')).toBe(
      'The Supplier is Orrin Corporation. The Buyer is Vesk L.L.C. Incorporated in Ohio, Inca Trail Limited\nCorpus Limited.',
    );
    expect(p.apply('Between: Orrin Corp. Suite 5, 10 Main Street (the "Seller")')).toBe('Between: Orrin Corporation Suite 5, 10 Main Street (the "Seller")');
  });
});

describe('through-including', () => {
  const p = perturbationNamed('through-including');

  it('says an end date inclusively, in the case written', () => {
    expect(p.apply('This Agreement shall continue until June 30, 2023 unless terminated earlier.')).toBe('This Agreement shall continue through and including June 30, 2023 unless terminated earlier.');
    expect(p.apply('THE TERM RUNS THROUGH 30 June 2023.')).toBe('THE TERM RUNS THROUGH AND INCLUDING 30 June 2023.');
  });

  it('leaves "until" before anything but a written date', () => {
    const text = 'It shall continue until terminated, until the third anniversary of the Effective Date, or until 06/30/2023.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('nbsp-spaces', () => {
  const p = perturbationNamed('nbsp-spaces');

  it('writes every third space between two words as a no-break space, leaving line breaks and runs of spaces', () => {
    expect(p.apply('This Agreement is made on June 1, 2010 by Acme Widgets, Inc.')).toBe('This Agreement is\u00a0made on June\u00a01, 2010 by\u00a0Acme Widgets, Inc.');
    expect(p.apply('A\nB  C')).toBe('A\nB  C');
  });
});

describe('double-spaces', () => {
  const p = perturbationNamed('double-spaces');

  it('puts two spaces after a full stop, colon or semicolon and doubles every fourth other space', () => {
    expect(p.apply('Term. The term is one year; it renews: yearly for ever and ever.')).toBe('Term.  The term is one  year;  it renews:  yearly for ever  and ever.');
  });
});

describe('month-abbrev', () => {
  const p = perturbationNamed('month-abbrev');

  it('abbreviates the month of a written date in the case written, keeping May, June and July whole', () => {
    expect(p.apply('effective January 5th, 2010 until SEPTEMBER 30, 2012 or May 1, 2013')).toBe('effective Jan. 5, 2010 until SEPT. 30, 2012 or May 1, 2013');
  });

  it('leaves a month without a day and year as it is', () => {
    const text = 'payable each January and in March 2011';
    expect(p.apply(text)).toBe(text);
  });
});

describe('british-spelling', () => {
  const p = perturbationNamed('british-spelling');

  it('spells lower-case -ize words and a few others the British way', () => {
    expect(p.apply('a company organized under the laws of Ohio, authorized by the labor center')).toBe('a company organised under the laws of Ohio, authorised by the labour centre');
    expect(p.apply('the organization recognizes it')).toBe('the organisation recognises it');
  });

  it('leaves capitalised names and words whose -ize is no suffix', () => {
    const text = 'Organized Living LLC may seize goods of any size as a prize; the Program Center';
    expect(p.apply(text)).toBe(text);
  });
});

describe('inc-comma', () => {
  const p = perturbationNamed('inc-comma');

  it('takes out the comma before a form where there is one and puts one in where there is none', () => {
    expect(p.apply('between Acme Widgets, Inc., a Delaware corporation, and Beta Ltd. ("Beta")')).toBe('between Acme Widgets Inc., a Delaware corporation, and Beta, Ltd. ("Beta")');
    expect(p.apply('Gamma Holdings LLC and Delta Partners, L.P.')).toBe('Gamma Holdings, LLC and Delta Partners L.P.');
  });

  it('leaves words that only start like a form, a form after another and "Corp."', () => {
    const text = 'Acme Incorporated and Beta Company; the Colorado Inclusion Program; Gamma Trading Co., Ltd. and Delta Corp.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('inc-comma values', () => {
  it('are compared without the comma before the form', () => {
    const p = perturbationNamed('inc-comma');
    expect(p.fold!('Acme Widgets, Inc. (Acme); Beta, LLC')).toBe('Acme Widgets Inc. (Acme); Beta LLC');
  });
});

describe('defined-the', () => {
  const p = perturbationNamed('defined-the');

  it('toggles the article inside a defining parenthesis, straight or curly quotes', () => {
    expect(p.apply('Acme Inc. ("Acme") and Beta LLC (the \u201cDistributor\u201d)')).toBe('Acme Inc. (the "Acme") and Beta LLC (\u201cDistributor\u201d)');
  });

  it('leaves other parentheses', () => {
    const text = 'thirty (30) days (see "Schedule A" below)';
    expect(p.apply(text)).toBe(text);
  });
});

describe('defined-single', () => {
  const p = perturbationNamed('defined-single');
  it('sets the quotes of a defining parenthesis and of a definition\'s head single, and no others', () => {
    expect(p.apply('made as of May 1, 2019 (the "Effective Date") by Acme Inc. ("Acme")') as string).toBe('made as of May 1, 2019 (the \u2018Effective Date\u2019) by Acme Inc. (\u2018Acme\u2019)');
    expect(p.apply('1.4 \u201cTerm\u201d means the period in Section 5.') as string).toBe('1.4 \u2018Term\u2019 means the period in Section 5.');
    expect(p.apply('marked "Confidential" by the discloser') as string).toBe('marked "Confidential" by the discloser');
  });
});

describe('cover-page', () => {
  const p = perturbationNamed('cover-page');

  it('sets the title, the parties\u2019 names and the opening\u2019s date on a page of their own before the text', () => {
    const text = 'EXHIBIT 10.4\n\nMASTER HAULAGE AGREEMENT\n\nThis Agreement is made as of June 1, 2010 by and between Kestrel Freight, Inc., a Delaware corporation ("Kestrel"), and Lorn Quarries LLC ("Lorn").\n\n1. Haulage.';
    expect(p.apply(text)).toBe(`MASTER HAULAGE AGREEMENT\n\nBETWEEN\n\nKestrel Freight, Inc.\n\nAND\n\nLorn Quarries LLC\n\nDATED AS OF June 1, 2010\n\f${text}`);
    const plain = 'Haulage Agreement\n\nThis Agreement is made among Kestrel Freight, Inc. ("Kestrel"), Lorn Quarries LLC ("Lorn") and Tamsin Rowe ("Rowe").';
    expect(p.apply(plain)).toBe(`Haulage Agreement\n\namong\n\nKestrel Freight, Inc.\n\nLorn Quarries LLC\n\nand\n\nTamsin Rowe\n\f${plain}`);
    const form = 'FORM OF\n\nHAULAGE AGREEMENT\n\nThis Agreement is made between Kestrel Freight, Inc. ("Kestrel") and Lorn LLC ("Lorn").';
    expect((p.apply(form) as string).startsWith('FORM OF HAULAGE AGREEMENT\n\nBETWEEN\n\n')).toBe(true);
  });

  it('leaves a text without a title line, or whose party names do not read cleanly, as it is', () => {
    for (const text of [
      'This Haulage Agreement is made between Kestrel Freight, Inc. ("Kestrel") and Lorn Quarries LLC ("Lorn").',
      'HAULAGE AGREEMENT\n\nThis Agreement is made between the persons listed on Schedule A ("Sellers") and Lorn Quarries LLC ("Lorn").',
    ]) expect(p.apply(text)).toBe(text);
  });
});

describe('parties-affiliates', () => {
  const p = perturbationNamed('parties-affiliates');

  it('widens the first party\u2019s short name to take in its affiliates, and no other', () => {
    expect(p.apply('made between Kestrel Freight, Inc. ("Kestrel") and Lorn Quarries LLC (the "Carrier").')).toBe('made between Kestrel Freight, Inc. (together with its Affiliates, "Kestrel") and Lorn Quarries LLC (the "Carrier").');
    expect(p.apply('MADE BETWEEN KESTREL FREIGHT, INC. (THE "SHIPPER") AND LORN LLC ("LORN").')).toBe('MADE BETWEEN KESTREL FREIGHT, INC. (TOGETHER WITH ITS AFFILIATES, THE "SHIPPER") AND LORN LLC ("LORN").');
  });

  it('leaves a short name defined some other way as it is', () => {
    const text = 'made between Kestrel Freight, Inc. (hereinafter "Kestrel") and Lorn Quarries LLC ("Lorn").';
    expect(p.apply(text)).toBe(text);
  });
});

describe('short-name-alias', () => {
  const p = perturbationNamed('short-name-alias');

  it('adds the party\u2019s own first word as a second short name beside a role', () => {
    expect(p.apply('made between Kestrel Freight, Inc. (the "Shipper") and The Lorn Quarries LLC ("Carrier"), and Wend Ltd ("Wend").')).toBe(
      'made between Kestrel Freight, Inc. (the "Shipper" or "Kestrel") and The Lorn Quarries LLC ("Carrier" or "Lorn"), and Wend Ltd ("Wend").',
    );
  });

  it('compares a party’s value without the short name that is its name’s first word', () => {
    expect(p.fold!('Kestrel Freight, Inc. (Shipper / Kestrel); The Lorn LLC (Lorn); Wend Ltd')).toBe('Kestrel Freight, Inc. (Shipper); The Lorn LLC; Wend Ltd');
  });

  it('leaves acronyms, short names from the name, names in capitals and words two parties share', () => {
    for (const text of [
      'made between Kestrel Freight, Inc. ("KFI") and Lorn Quarries LLC ("Quarries").',
      'made between KESTREL FREIGHT, INC. (the "Shipper") and Lorn LLC ("Lorn").',
      'made between Kestrel Freight, Inc. (the "Shipper") and Kestrel Haulage LLC (the "Carrier").',
    ]) expect(p.apply(text)).toBe(text);
  });
});

describe('parties-semicolons', () => {
  const p = perturbationNamed('parties-semicolons');

  it('sets a list of three or more parties apart with semicolons', () => {
    expect(p.apply('made among Kestrel Freight, Inc. ("Kestrel"), Lorn Quarries LLC, a Texas limited liability company ("Lorn"), and Tamsin Rowe ("Rowe").')).toBe(
      'made among Kestrel Freight, Inc. ("Kestrel"); Lorn Quarries LLC, a Texas limited liability company ("Lorn"); and Tamsin Rowe ("Rowe").',
    );
    expect(p.apply('made among Kestrel Freight, Inc. ("Kestrel"), a Delaware corporation, Lorn LLC ("Lorn") and Wend Ltd ("Wend").')).toBe('made among Kestrel Freight, Inc. ("Kestrel"), a Delaware corporation; Lorn LLC ("Lorn"); and Wend Ltd ("Wend").');
  });

  it('leaves two parties, and a list it cannot read to its end, as they are', () => {
    for (const text of ['made between Kestrel Freight, Inc. ("Kestrel") and Lorn Quarries LLC ("Lorn").', 'made among Kestrel Freight, Inc. ("Kestrel"), Lorn LLC ("Lorn") and the holders listed in Schedule 1, each a "Holder".'])
      expect(p.apply(text)).toBe(text);
  });
});

describe('renewal-year-to-year', () => {
  const p = perturbationNamed('renewal-year-to-year');

  it('writes a renewal for successive (or additional) one-year periods, or renewal terms of one year each, from year to year', () => {
    expect(p.apply('It shall renew automatically for successive one (1) year periods unless either party objects.')).toBe('It shall renew automatically from year to year unless either party objects.');
    expect(p.apply('renews for additional one-year terms; may be extended for renewal terms of one year each')).toBe('renews from year to year; may be extended from year to year');
  });

  it('compares renewal values without "successive"', () => {
    expect(p.fold!('1 year each, automatic, successive')).toBe('1 year each, automatic');
  });

  it('leaves a single additional year and renewals of other lengths', () => {
    const text = 'may be extended for one additional one-year term, then for successive two (2) year terms';
    expect(p.apply(text)).toBe(text);
  });
});

describe('effective-defined-later', () => {
  const p = perturbationNamed('effective-defined-later');

  it('dates the opening by the defined name and defines it after the operative words', () => {
    const text = 'This Supply Agreement is made as of March 3, 2016 (the "Effective Date") between Kestrel Foods Inc. and Lark Mills LLC. WHEREAS Lark mills flour. NOW, THEREFORE, Kestrel and Lark agree as follows: 1. Term. The term starts on the Effective Date.';
    expect(p.apply(text)).toBe('This Supply Agreement is made as of the Effective Date between Kestrel Foods Inc. and Lark Mills LLC. WHEREAS Lark mills flour. NOW, THEREFORE, Kestrel and Lark agree as follows:\n\n"Effective Date" means March 3, 2016.\n\n1. Term. The term starts on the Effective Date.');
  });

  it('keeps a day-of date and curly quotes', () => {
    expect(p.apply('entered into this 4th day of May, 2012 (the \u201cEffective Date\u201d), by Kestrel. Kestrel and Lark agree as follows:\n1. Scope.')).toBe('entered into as of the Effective Date, by Kestrel. Kestrel and Lark agree as follows:\n\n\u201cEffective Date\u201d means the 4th day of May, 2012.\n\n1. Scope.');
  });

  it('leaves a text without operative words or with a definition of its own', () => {
    const bare = 'dated March 3, 2016 (the "Effective Date") by Kestrel Foods Inc. It sells flour.';
    expect(p.apply(bare)).toBe(bare);
    const defined = 'made as of March 3, 2016 (the "Effective Date"). Kestrel and Lark agree as follows: 1.1 "Effective Date" means the date above.';
    expect(p.apply(defined)).toBe(defined);
  });
});

describe('venue-elsewhere', () => {
  const p = perturbationNamed('venue-elsewhere');

  it('sets a forum clause in another state before the first governing-law sentence', () => {
    expect(p.apply('14. Notices. Notices go to Kestrel. 15. Governing Law. This Agreement is governed by the laws of the State of Oregon.')).toBe(
      '14. Notices. Notices go to Kestrel. 15. Governing Law. Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in Cook County, Illinois, for any action arising out of this Agreement. This Agreement is governed by the laws of the State of Oregon.',
    );
  });

  it('picks the next courts where the law is Illinois, and leaves a text without a governing-law clause', () => {
    expect(p.apply('It shall be construed in accordance with the laws of Illinois.')).toBe('Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in King County, Washington, for any action arising out of this Agreement. It shall be construed in accordance with the laws of Illinois.');
    expect(p.apply('9. Governing Law.\n\n(a) This Agreement is governed by the laws of Oregon.')).toBe('9. Governing Law.\n\n(a) Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in Cook County, Illinois, for any action arising out of this Agreement. This Agreement is governed by the laws of Oregon.');
    const text = 'Lark Mills LLC, organized under the laws of Oregon, sells flour.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('notice-in-writing', () => {
  const p = perturbationNamed('notice-in-writing');

  it('writes written notice as notice in writing, keeping each period', () => {
    expect(p.apply("on sixty (60) days' prior written notice; unless a party gives written notice of non-renewal; on 30 days written notice; upon prior written notice; any written notice")).toBe(
      "on sixty (60) days' notice in writing; unless a party gives notice in writing of its intention not to renew; on 30 days' notice in writing; upon notice in writing given beforehand; any notice in writing",
    );
  });

  it('leaves a capitalised defined "Written Notice" and other notices', () => {
    const text = 'a Written Notice under Section 2; oral notice; notice by email';
    expect(p.apply(text)).toBe(text);
  });
});

describe('ligatures', () => {
  const p = perturbationNamed('ligatures');

  it('sets ffi, ffl, ff, fi and fl as the ligature characters, longest first', () => {
    expect(p.apply('the first effective office, baffled by fluff')).toBe('the \ufb01rst e\ufb00ective o\ufb03ce, ba\ufb04ed by \ufb02u\ufb00');
  });
});

describe('soft-hyphens', () => {
  const p = perturbationNamed('soft-hyphens');

  it('puts a soft hyphen in every second word of 10+ letters and a zero-width character in every fifth, never in numbers', () => {
    expect(p.apply('termination agreement confidential indemnification performance obligations 12345678901')).toBe(
      'termination agreement confi\u00addential indemnification perfo\u00adrmance obli\u200cgations 12345678901',
    );
  });
});

describe('unicode-dashes', () => {
  const p = perturbationNamed('unicode-dashes');

  it('sets letter-letter hyphens as U+2010 / U+2011 in turn, " - " as an en dash and "--" as an em dash, leaving numbers', () => {
    expect(p.apply('a third-party non-exclusive right -- or not - on 2010-05-01')).toBe('a third\u2010party non\u2011exclusive right \u2014 or not \u2013 on 2010-05-01');
  });
});

describe('hyphen-wrap', () => {
  const p = perturbationNamed('hyphen-wrap');

  it('wraps at 72 columns and splits the word crossing the margin before a suffix, never a number or a quoted name', () => {
    const pad = 'x'.repeat(60);
    expect(p.apply(`${pad} the agreement shall terminate`)).toBe(`${pad} the agree-\nment shall terminate`);
    expect(p.apply(`${pad} the "Agreement" shall terminate`)).toBe(`${pad} the\n"Agreement" shall terminate`);
    expect(p.apply(`${pad} the 1234567890123 shall terminate`)).toBe(`${pad} the\n1234567890123 shall terminate`);
    expect(p.apply(`${pad} the third-party shall terminate`)).toBe(`${pad} the\nthird-party shall terminate`);
  });
});

describe('tabs-inline', () => {
  const p = perturbationNamed('tabs-inline');

  it('writes runs of spaces inside a line, and the space after a short label\'s colon at a line start, as a tab', () => {
    expect(p.apply('By:   Jane Roe\nTitle: Chief Officer\nACME LLC       BIRCH INC.\n  indented line: kept')).toBe('By:\tJane Roe\nTitle:\tChief Officer\nACME LLC\tBIRCH INC.\n  indented line: kept');
  });
});

describe('unicode-spaces', () => {
  const p = perturbationNamed('unicode-spaces');

  it('writes every fourth space between two words as another Unicode space in turn', () => {
    expect(p.apply('a b c d e f g h i')).toBe('a b c d\u2003e f g h\u2004i');
  });
});

// session 29 drafting
describe('law-conflicts-variants', () => {
  const p = perturbationNamed('law-conflicts-variants');

  it('writes an exclusion another way, keeping a "that would …" tail readable', () => {
    expect(p.apply('This Agreement shall be governed by the laws of the State of Ohio, without regard to its conflict of laws principles.')).toBe('This Agreement shall be governed by the laws of the State of Ohio (excluding its choice of law principles).');
    expect(p.apply('GOVERNED BY THE LAWS OF THE STATE OF TEXAS WITHOUT GIVING EFFECT TO THE CHOICE OF LAW PRINCIPLES OF SUCH STATE.')).toBe('GOVERNED BY THE LAWS OF THE STATE OF TEXAS (EXCLUDING ITS CHOICE OF LAW PRINCIPLES).');
    expect(p.apply('governed by the laws of Delaware, without regard to conflict of laws rules that would apply another law.')).toBe('governed by the laws of Delaware without regard to any conflict of laws rules that would apply another law.');
  });

  it('adds the long exclusion after the state where the sentence has none', () => {
    expect(p.apply('It is governed by the laws of the State of Idaho. Next.')).toBe('It is governed by the laws of the State of Idaho, without giving effect to any choice or conflict of law provision or rule that would cause the application of the laws of any other jurisdiction. Next.');
  });

  it('leaves a party organised under a state\'s laws and an exclusion outside a governing-law sentence', () => {
    const text = 'Acme Inc., a corporation organized under the laws of the State of Ohio. The arbitrator shall apply rules without regard to conflict of laws principles.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('notice-before-end', () => {
  const p = perturbationNamed('notice-before-end');

  it('counts a notice back from the last day of the term', () => {
    expect(p.apply("at least sixty (60) days prior to the end of the then-current term; 30 days' prior written notice before the expiration of the Term")).toBe(
      "not less than sixty (60) days before the last day of the then current term; 30 days' prior written notice before the last day of the Term",
    );
  });

  it('leaves an end that no notice counts back from', () => {
    const text = 'prior to the expiration of the Term, Licensee may sell off stock; at least one party';
    expect(p.apply(text)).toBe(text);
  });
});

describe('term-period-phrasing', () => {
  const p = perturbationNamed('term-period-phrasing');

  it('turns "from" the start into "commencing on" it, and back', () => {
    expect(p.apply('for a period of five (5) years from the Effective Date; for an initial term of two years commencing on the date hereof; 36 months after the date of this Contract')).toBe(
      'for a period of five (5) years commencing on the Effective Date; for an initial term of two years from the date hereof; 36 months commencing on the date of this Contract',
    );
  });

  it('leaves a length from another event', () => {
    const text = 'for two (2) years from the date of termination; five years after First Commercial Sale';
    expect(p.apply(text)).toBe(text);
  });
});

describe('section-refs', () => {
  const p = perturbationNamed('section-refs');

  it('shortens cross-references inside a sentence', () => {
    expect(p.apply('as set forth in Section 12.3 and Sections 4 and 5 (Section 2(a)) of ARTICLE V and Article 3.')).toBe('as set forth in § 12.3 and §§ 4 and 5 (§ 2(a)) of ART. V and Art. 3.');
  });

  it('leaves headings at a line\'s start', () => {
    const text = 'Section 4. Term\nARTICLE 5 LAW\nArticle 6';
    expect(p.apply(text)).toBe(text);
  });
});

describe('either-party-hereto', () => {
  const p = perturbationNamed('either-party-hereto');

  it('names the parties to the agreement', () => {
    expect(p.apply('Either party may terminate; NEITHER PARTY SHALL; by either Party.')).toBe('Either party hereto may terminate; NEITHER PARTY HERETO SHALL; by either Party hereto.');
  });

  it('leaves a possessive and a party already said to be one hereto', () => {
    const text = "either party's rights; either party hereto; neither party to this Agreement";
    expect(p.apply(text)).toBe(text);
  });
});

describe('parties-each-a-party', () => {
  const p = perturbationNamed('parties-each-a-party');

  it('names the parties together after the list\'s last defining parenthesis, not a date\'s', () => {
    expect(p.apply('SUPPLY AGREEMENT\n\nThis Agreement is made as of June 1, 2010 by and between Acme Inc. ("Acme"), and Bolt LLC (the "Buyer"), effective June 2, 2010 (the "Effective Date").\n\nWHEREAS x.')).toBe(
      'SUPPLY AGREEMENT\n\nThis Agreement is made as of June 1, 2010 by and between Acme Inc. ("Acme"), and Bolt LLC (the "Buyer") (each a "Party" and together the "Parties"), effective June 2, 2010 (the "Effective Date").\n\nWHEREAS x.',
    );
  });

  it('leaves a contract that defines "Party" already, or has no opening list', () => {
    const defined = 'This Agreement is between Acme Inc. ("Acme") and Bolt LLC ("Bolt") (each, a "Party").';
    expect(p.apply(defined)).toBe(defined);
    const none = 'Terms of sale between the buyer and the seller.';
    expect(p.apply(none)).toBe(none);
  });
});

describe('days-calendar', () => {
  const p = perturbationNamed('days-calendar');

  it('says lengths in days in calendar days, and leaves business and calendar days', () => {
    expect(p.apply("within thirty (30) days; 60 days' notice; 5 business days; 10 calendar days; one hundred twenty (120) days; 1.5 days")).toBe(
      "within thirty (30) calendar days; 60 calendar days' notice; 5 business days; 10 calendar days; one hundred twenty (120) calendar days; 1.5 days",
    );
  });
});

describe('law-usa', () => {
  const p = perturbationNamed('law-usa');

  it('adds the country after a US state in a governing-law clause only', () => {
    expect(p.apply('This Agreement shall be governed by the laws of the State of Idaho. Acme, a corporation organized under the laws of the State of Ohio.')).toBe(
      'This Agreement shall be governed by the laws of the State of Idaho, United States of America. Acme, a corporation organized under the laws of the State of Ohio.',
    );
    // A clause in capitals is left, as law-short leaves it.
    expect(p.apply('GOVERNED BY THE LAWS OF THE STATE OF WYOMING.')).toBe('GOVERNED BY THE LAWS OF THE STATE OF WYOMING.');
  });

  it('leaves a state with its country already, and places outside the United States', () => {
    const text = 'governed by the laws of the State of Delaware, U.S.A.; governed by the laws of England; governed by the laws of Ontario.';
    expect(p.apply(text)).toBe(text);
  });
});

describe('law-active', () => {
  const p = perturbationNamed('law-active');

  it('puts the law first and the agreement after "govern"', () => {
    expect(p.apply('This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to conflicts rules. This Contract will be governed by the internal laws of California.')).toBe(
      'The laws of the State of New York shall govern this Agreement, without regard to conflicts rules. The internal laws of California will govern this Contract.',
    );
  });

  it('leaves a place that goes on, a clause in capitals and other subjects', () => {
    const text = 'The Agreement shall be governed by the laws of the State of Texas and the United States. This Agreement shall be governed by the laws of the State of New York, USA. THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF OHIO. Each Order shall be governed by the laws of Ohio.';
    expect(p.apply(text)).toBe(text);
  });
});

// session 29 parties
describe('how the opening introduces its parties', () => {
  const opening = 'SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2011 between Quillon Tech, Inc., a Delaware corporation ("Quillon"), and Marrow Foods LLC, a limited liability company organized under the laws of the State of Ohio (the "Buyer").\n\nWHEREAS, the Buyer buys.';

  it('party-jurisdiction-forms turns each state of organisation the other way round, only in the party list', () => {
    const out = perturbationNamed('party-jurisdiction-forms').apply(`${opening}\nA Delaware corporation elsewhere stays.`);
    expect(out).toContain('Quillon Tech, Inc., a corporation organized and existing under the laws of the State of Delaware ("Quillon"), and Marrow Foods LLC, an Ohio limited liability company (the "Buyer")');
    expect(out).toContain('A Delaware corporation elsewhere stays.');
  });

  it('party-principal-office sets a place of business before each short name, and leaves a list that gives addresses', () => {
    const p = perturbationNamed('party-principal-office');
    expect(p.apply(opening)).toContain('a Delaware corporation, having its principal place of business at 1200 Harbor Boulevard, Suite 400, Oakland, California 94607 ("Quillon"), and Marrow Foods LLC, a limited liability company organized under the laws of the State of Ohio, with its registered office at 38 Quarry Lane, Unit 12, Portland, Oregon 97201 (the "Buyer")');
    const withAddress = opening.replace('a Delaware corporation', 'of 5 Lake Road, Erie');
    expect(p.apply(withAddress)).toBe(withAddress);
  });

  it('party-role-words defines each short name in other words, in turn, keeping the article', () => {
    expect(perturbationNamed('party-role-words').apply(opening)).toContain('a Delaware corporation (hereinafter called "Quillon"), and Marrow Foods LLC, a limited liability company organized under the laws of the State of Ohio (referred to herein as the "Buyer")');
    expect(perturbationNamed('party-role-words').apply('THIS AGREEMENT IS MADE BETWEEN QUILLON TECH, INC. ("QUILLON") AND MARROW FOODS LLC ("MARROW").')).toBe('THIS AGREEMENT IS MADE BETWEEN QUILLON TECH, INC. (HEREINAFTER CALLED "QUILLON") AND MARROW FOODS LLC (REFERRED TO HEREIN AS "MARROW").');
  });

  it('parties-one-hand frames a two-party list, and leaves a list of three', () => {
    const p = perturbationNamed('parties-one-hand');
    expect(p.apply(opening)).toContain('("Quillon"), on the one hand, and Marrow Foods LLC, a limited liability company organized under the laws of the State of Ohio (the "Buyer"), on the other hand.');
    const three = 'This Agreement is made between Quillon Tech, Inc. ("Quillon"), Marrow Foods LLC ("Marrow") and Tessel Ltd. ("Tessel").';
    expect(p.apply(three)).toBe(three);
  });

  it('party-acting-through says the first party acts through its officer, before its short name', () => {
    expect(perturbationNamed('party-acting-through').apply(opening)).toContain('Quillon Tech, Inc., a Delaware corporation, acting by and through its duly authorized officer ("Quillon"), and Marrow Foods LLC');
  });
});

// session 30 layouts and clause orders
describe('session 30 layouts and clause orders', () => {
  it('double-spaced wraps at 72 columns and sets a blank line after every line', () => {
    const line = 'The Supplier shall deliver the Goods to the Buyer at the Buyer\'s warehouse in Fairhaven within ten days.';
    const out = perturbationNamed('double-spaced').apply(`${line}\n\nTerm.`) as string;
    expect(out).toBe('The Supplier shall deliver the Goods to the Buyer at the Buyer\'s\n\nwarehouse in Fairhaven within ten days.\n\n\n\nTerm.');
  });

  it('running-headers sets a footer, a page break and a header at a space after every 3,000 characters', () => {
    const text = `${'word '.repeat(700)}end`;
    const out = perturbationNamed('running-headers').apply(text) as string;
    expect(out.split('\f')).toHaveLength(2);
    expect(out).toContain('word\n\nPage 1 of 2\n\f\nConfidential\n\nword');
    expect(out.replace('\n\nPage 1 of 2\n\f\nConfidential\n\n', ' ')).toBe(text);
    // Wrapped lines: the page ends at a line's end, not inside the line.
    const wrapped = `${'word word word word word word word word word word\n'.repeat(70)}end`;
    const broken = perturbationNamed('running-headers').apply(wrapped) as string;
    expect(broken).toContain('word word\n\nPage 1 of 2\n\f\nConfidential\n\nword word');
    expect(broken.split('\n').filter((l) => l.startsWith('word')).every((l) => l === 'word word word word word word word word word word')).toBe(true);
  });

  it('numbering-styles renumbers clause numbers at a line\'s start only', () => {
    const p = perturbationNamed('numbering-styles');
    expect(p.apply('ARTICLE IV\nTERM\n5. Term. The term is two years.\nSection 6. Law.\n1.1 "Goods" means goods.\n2.3. Fees.\n(a) first;\nb) second;\nsee Section 5. and ARTICLE IV here.')).toBe(
      'ARTICLE 4\nTERM\nSection 5. Term. The term is two years.\n6. Law.\n1.1. "Goods" means goods.\n2.3 Fees.\na) first;\n(b) second;\nsee Section 5. and ARTICLE IV here.',
    );
    expect(p.apply('Article 12 Notices')).toBe('Article XII Notices');
    // An opening that numbers its parties keeps them: only what follows the operative words is renumbered.
    expect(p.apply('BETWEEN\n1. Quillon Tech, Inc. ("Quillon")\n2. Marrow Foods LLC ("Marrow")\nNOW, THEREFORE, the parties agree as follows:\n1. Term.')).toBe(
      'BETWEEN\n1. Quillon Tech, Inc. ("Quillon")\n2. Marrow Foods LLC ("Marrow")\nNOW, THEREFORE, the parties agree as follows:\nSection 1. Term.',
    );
  });

  it('renewal-condition-first moves the "unless" condition of a renewal to the other end, and back', () => {
    const p = perturbationNamed('renewal-condition-first');
    expect(p.apply('This Agreement shall automatically renew for successive one-year terms, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Next.')).toBe(
      'Unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term, this Agreement shall automatically renew for successive one-year terms. Next.',
    );
    expect(p.apply('Unless either party notifies the other at least 30 days before expiry, the Term shall be extended for one year.')).toBe(
      'The Term shall be extended for one year unless either party notifies the other at least 30 days before expiry.',
    );
    const other = 'This Agreement shall renew unless the Buyer pays late. Fees renew unless notice is given.';
    expect(p.apply(other)).toBe(other);
  });

  it('opening-date-after-parties moves the opening\'s date, with its words and defined name, after the party list', () => {
    const p = perturbationNamed('opening-date-after-parties');
    expect(p.apply('SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2011 by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow").\n\nWHEREAS x.')).toBe(
      'SUPPLY AGREEMENT\n\nThis Supply Agreement is made by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow"), as of May 1, 2011.\n\nWHEREAS x.',
    );
    expect(p.apply('This Agreement (this "Agreement"), effective as of May 1st, 2011 (the "Effective Date"), is between Quillon Tech, Inc. ("Quillon"), and Marrow Foods LLC ("Marrow"). Both agree.')).toBe(
      'This Agreement (this "Agreement") is between Quillon Tech, Inc. ("Quillon"), and Marrow Foods LLC ("Marrow"), effective as of May 1st, 2011 (the "Effective Date"). Both agree.',
    );
    expect(p.apply('THIS AMENDMENT is made and entered into this 2nd day of May, 2011, by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow").')).toBe(
      'THIS AMENDMENT is made and entered into by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow"), this 2nd day of May, 2011.',
    );
    // A name set off from its date by a comma moves with the date.
    expect(p.apply('THIS AMENDMENT is made this 2nd day of May, 2011, (the "Effective Date"), by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow").')).toBe(
      'THIS AMENDMENT is made by and between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow"), this 2nd day of May, 2011, (the "Effective Date").',
    );
    const other = 'This First Amendment to the Supply Agreement dated May 5, 2016 between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow") is made this 2nd day of May, 2018.';
    expect(p.apply(other)).toBe(other);
    const twoDates = 'This Agreement, dated May 1, 2011, effective June 1, 2011, is between Quillon Tech, Inc. ("Quillon") and Marrow Foods LLC ("Marrow").';
    expect(p.apply(twoDates)).toBe(twoDates);
  });

  it('date-no-comma drops the comma between day and year', () => {
    expect(perturbationNamed('date-no-comma').apply('made as of March 3, 2011, until DECEMBER 22nd, 2014; not May 32, 2011.')).toBe('made as of March 3 2011, until DECEMBER 22 2014; not May 32, 2011.');
    // A date across a line break keeps the break: a wrapped text keeps its lines.
    expect(perturbationNamed('date-no-comma').apply('as of June 11,\n\n2018 (the')).toBe('as of June 11\n\n2018 (the');
  });

  it('term-commence-end says a period between two dates the other way', () => {
    const p = perturbationNamed('term-commence-end');
    expect(p.apply('The term shall commence on June 1, 2010 and end on May 31, 2012. Valid from 1 July 2011 through 30 June 2012.')).toBe(
      'The term shall run from June 1, 2010 to and including May 31, 2012. Valid commencing on 1 July 2011 and ending on 30 June 2012.',
    );
  });

  it('law-caps sets the governing-law sentence in capitals, its sub-clause label and the next sentence kept', () => {
    const p = perturbationNamed('law-caps');
    expect(p.caseless).toBe(true);
    expect(p.apply('12. Law. (a) This Agreement shall be governed by the laws of the State of Ohio, U.S.A. Each party agrees.')).toBe(
      '12. Law. (a) THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF OHIO, U.S.A. Each party agrees.',
    );
  });

  it('date-weekday sets the day of the week before each whole date, in the month\'s case, and leaves a dated weekday or no calendar day alone', () => {
    const p = perturbationNamed('date-weekday');
    expect(p.apply('made as of June 1, 2010 and until DECEMBER 31, 2012.')).toBe('made as of Tuesday, June 1, 2010 and until MONDAY, DECEMBER 31, 2012.');
    const text = 'Dated Monday, June 7, 2010; not February 30, 2011; 1 June 2010.';
    expect(p.apply(text)).toBe(text);
  });

  it('start-and-including says a start on a whole date inclusively, in the verb\'s case, and leaves a start on an event alone', () => {
    const p = perturbationNamed('start-and-including');
    expect(p.apply('The Term shall commence on June 1, 2010 and run from 1 July 2011. COMMENCING ON JUNE 1, 2010')).toBe(
      'The Term shall commence on and including June 1, 2010 and run from and including 1 July 2011. COMMENCING ON AND INCLUDING JUNE 1, 2010',
    );
    const text = 'The Term shall commence on the Effective Date and run from the date hereof.';
    expect(p.apply(text)).toBe(text);
  });

  it('date-iso, date-dmy-ordinal and date-dotted write a whole calendar date another way, and leave no calendar day alone', () => {
    const text = 'made as of June 1, 2010 until DECEMBER 31, 2012; not February 30, 2011. Governed by the laws of England.';
    expect(perturbationNamed('date-iso').apply(text)).toBe('made as of 2010-06-01 until 2012-12-31; not February 30, 2011. Governed by the laws of England.');
    expect(perturbationNamed('date-dmy-ordinal').apply(text)).toBe('made as of 1st June 2010 until 31st DECEMBER 2012; not February 30, 2011. Governed by the laws of England.');
    expect(perturbationNamed('date-dotted').apply(text)).toBe('made as of 1.6.2010 until 31.12.2012; not February 30, 2011. Governed by the laws of England.');
    // Under a US law the same digits would be read month first: the text is left as it is.
    const us = 'made as of June 1, 2010. Governed by the laws of the State of Ohio.';
    expect(perturbationNamed('date-dotted').apply(us)).toBe(us);
  });

  it('effective-as-at writes "as of" "as at" before a date or "the date" only', () => {
    const p = perturbationNamed('effective-as-at');
    expect(p.apply('made AS OF June 1, 2010, as of the date first written above; 1 July 2011 as of 3 July 2011.')).toBe('made AS AT June 1, 2010, as at the date first written above; 1 July 2011 as at 3 July 2011.');
    const text = 'as of right; as of the Closing.';
    expect(p.apply(text)).toBe(text);
  });

  it('commencement-date renames the "Effective Date" in its case, unless the text has a "Commencement Date" already', () => {
    const p = perturbationNamed('commencement-date');
    expect(p.apply('June 1, 2010 (the "Effective Date"); five years from the Effective Date. EFFECTIVE DATE: June 1, 2010')).toBe(
      'June 1, 2010 (the "Commencement Date"); five years from the Commencement Date. COMMENCEMENT DATE: June 1, 2010',
    );
    const text = 'the Effective Date; the Commencement Date of the lease.';
    expect(p.apply(text)).toBe(text);
  });

  it('law-applicable says the governing law as "the law applicable", keeping the noun and the law, only before "the laws of"', () => {
    const p = perturbationNamed('law-applicable');
    expect(p.apply('This Agreement will be governed by, and interpreted under, the law of the State of Ohio.')).toBe('The law applicable to this Agreement will be the law of the State of Ohio.');
    expect(p.apply('THIS CONTRACT IS GOVERNED BY THE LAW OF ENGLAND.')).toBe('THE LAW APPLICABLE TO THIS CONTRACT IS THE LAW OF ENGLAND.');
    const text = 'This Agreement shall be governed by Ohio law. This Agreement shall be governed by the terms of the Plan.';
    expect(p.apply(text)).toBe(text);
  });

  it('renewal-tacit says an automatic renewal "tacitly", after "shall" or "will" only', () => {
    const p = perturbationNamed('renewal-tacit');
    expect(p.apply('It shall automatically renew for one year; it will be automatically extended; it SHALL AUTOMATICALLY BE RENEWED.')).toBe('It shall be tacitly renewed for one year; it will be tacitly extended; it SHALL BE TACITLY RENEWED.');
    const text = 'It renews automatically; automatically renewed terms.';
    expect(p.apply(text)).toBe(text);
  });

  it('notice-of-length sets a notice\'s length after "notice", but not before "notice of" a subject', () => {
    const p = perturbationNamed('notice-of-length');
    expect(p.apply('on no less than 45 days\' advance written notice; 60 days notice to Kestrel.')).toBe('on advance written notice of no less than 45 days; notice of 60 days to Kestrel.');
    const text = 'thirty (30) days\' written notice of non-renewal; 30 days after notice.';
    expect(p.apply(text)).toBe(text);
  });

  it('months-as-years writes 12N months as N years, in words or digits, and leaves other months and ranges alone', () => {
    const p = perturbationNamed('months-as-years');
    expect(p.apply('for twelve (12) months; a 36-month term; twenty-four months\' notice; twelve months\' notice; a twelve (12) month period.')).toBe(
      'for one (1) year; a 3-year term; two years\' notice; one year\'s notice; a one (1) year period.',
    );
    const text = 'for eighteen (18) months; six to twelve months; 13 months; twelve (24) months; once every twelve (12) months; the 12 months preceding.';
    expect(p.apply(text)).toBe(text);
    expect(p.fold?.('2 years')).toBe('24 months');
  });

  it('law-all-respects says the law governs "in all respects", only where a law follows', () => {
    const p = perturbationNamed('law-all-respects');
    expect(p.apply('The Lease shall be governed by and read under the laws of Ohio. IT IS GOVERNED BY THE LAW OF UTAH.')).toBe('The Lease shall in all respects be governed by and read under the laws of Ohio. IT IS IN ALL RESPECTS GOVERNED BY THE LAW OF UTAH.');
    const text = 'Each order shall be governed by the terms of this Agreement.';
    expect(p.apply(text)).toBe(text);
  });

  it('law-commonwealth names the four commonwealths either way, and no other state', () => {
    const p = perturbationNamed('law-commonwealth');
    expect(p.apply('the laws of the State of Virginia; the COMMONWEALTH OF MASSACHUSETTS; the Commonwealth of Kentucky.')).toBe('the laws of the Commonwealth of Virginia; the STATE OF MASSACHUSETTS; the State of Kentucky.');
    const text = 'the State of Ohio; the Commonwealth of Puerto Rico; the State of West Virginia.';
    expect(p.apply(text)).toBe(text);
  });

  it('law-contracts-within adds the kind of contract after a US state in a governing-law clause, once', () => {
    const p = perturbationNamed('law-contracts-within');
    expect(p.apply('The Lease is governed solely by the laws of the State of Ohio.')).toBe(`The Lease is governed solely by the laws of the State of Ohio${' as applied to agreements signed and wholly performed within that State'}.`);
    expect(p.apply('It is governed solely by the laws of the State of Utah without regard to its conflicts rules.')).toBe(`It is governed solely by the laws of the State of Utah${' as applied to agreements signed and wholly performed within that State'}, without regard to its conflicts rules.`);
    const text = 'The Lease is governed solely by the laws of the State of Ohio applicable to agreements made there. Kestrel is organized under the laws of Ohio. Governed by the laws of England.';
    expect(p.apply(text)).toBe(text);
  });

  it('end-expire-terminate swaps the verb of a natural end, not of an end a party causes', () => {
    const p = perturbationNamed('end-expire-terminate');
    expect(p.apply('It shall expire on June 30, 2015. It will automatically terminate at the end of the Rental Term. It shall expire on the fifth (5th) anniversary of the Effective Date.')).toBe(
      'It shall terminate on June 30, 2015. It will automatically expire at the end of the Rental Term. It shall terminate on the fifth (5th) anniversary of the Effective Date.',
    );
    const text = 'It shall terminate upon a breach; it shall terminate on thirty days\' notice; it shall terminate upon the expiration of the patent.';
    expect(p.apply(text)).toBe(text);
  });

  it('notice-or-more says a minimum lead time after its length, only before "prior to", "before" or "in advance of"', () => {
    const p = perturbationNamed('notice-or-more');
    expect(p.apply('at least ninety (90) days prior to the Closing; NOT LESS THAN 60 DAYS BEFORE it.')).toBe('ninety (90) days or more prior to the Closing; 60 DAYS OR MORE BEFORE it.');
    const text = 'at least 30 days\' notice; not less than five (5) years.';
    expect(p.apply(text)).toBe(text);
  });

  it('notice-not-later-than says a minimum lead time as a deadline, only before "prior to", "before" or "in advance of"', () => {
    const p = perturbationNamed('notice-not-later-than');
    expect(p.apply('at least ninety (90) days prior to each Harvest; NOT LESS THAN 60 DAYS BEFORE it.')).toBe('not later than ninety (90) days prior to each Harvest; NOT LATER THAN 60 DAYS BEFORE it.');
    const text = 'at least 30 days\' notice; not less than five (5) years.';
    expect(p.apply(text)).toBe(text);
  });

  it('apply-binding says the contract\u2019s start with "apply from" or "binding on", outside the opening that lists the parties', () => {
    const p = perturbationNamed('apply-binding');
    expect(p.apply('2. Term. This Agreement shall be effective as of the date first above written and shall continue for two years.')).toBe('2. Term. This Agreement shall apply from the date first above written and shall continue for two years.');
    expect(p.apply('This Orchard Agreement will become effective on June 1, 2010.')).toBe('This Orchard Agreement will become effective on June 1, 2010.');
    expect(p.apply('2. Term. This Agreement will become effective on June 1, 2010.')).toBe('2. Term. This Agreement will become binding on June 1, 2010.');
    expect(p.apply('THIS AGREEMENT IS EFFECTIVE AS OF JUNE 1, 2010.')).toBe('THIS AGREEMENT SHALL APPLY FROM JUNE 1, 2010.');
    const opening = 'This Agreement is effective as of June 1, 2010 between Kestrel Holdings Inc. and Orchard Lane LLC.';
    expect(p.apply(opening)).toBe(opening);
  });

  it('law-possessive writes "the laws of the State of X" as "X\'s laws" in a clause that says what governs', () => {
    const p = perturbationNamed('law-possessive');
    expect(p.apply('The Orchard Agreement is governed in every respect by the laws of the State of Vermont.')).toBe('The Orchard Agreement is governed in every respect by Vermont\'s laws.');
    const status = 'Kestrel, a company formed under the laws of the State of Vermont, and the Grower agree.';
    expect(p.apply(status)).toBe(status);
    // Two places joined have no possessive here.
    const joined = 'This Orchard Agreement is governed by the laws of England and Wales.';
    expect(p.apply(joined)).toBe(joined);
  });

  it('date-in-the-year writes "Month D, YYYY" as "the Dth day of Month in the year YYYY"', () => {
    const p = perturbationNamed('date-in-the-year');
    expect(p.apply('made as of March 3, 2011 and ending on the June 22nd, 2014; not May 32, 2011.')).toBe('made as of the 3rd day of March in the year 2011 and ending on the 22nd day of June in the year 2014; not May 32, 2011.');
  });

  it('notice-in-advance writes a length "prior to" an event "in advance of" it', () => {
    const p = perturbationNamed('notice-in-advance');
    expect(p.apply('ninety (90) days prior to the expiration; 60 days\' notice before the end; 3 MONTHS PRIOR TO THE END.')).toBe(
      'ninety (90) days in advance of the expiration; 60 days\' notice before the end; 3 MONTHS IN ADVANCE OF THE END.',
    );
    const text = 'prior to the expiration; days before 2012.';
    expect(p.apply(text)).toBe(text);
  });

  it('renewal-without-action says an automatic renewal happens without further action, after "shall" or "will" only', () => {
    const p = perturbationNamed('renewal-without-action');
    expect(p.apply('It shall automatically renew for one year; it will be automatically extended; IT SHALL AUTOMATICALLY BE RENEWED.')).toBe(
      'It shall, without further action by either party, renew for one year; it will, without further action by either party, be extended; IT SHALL, WITHOUT FURTHER ACTION BY EITHER PARTY, BE RENEWED.',
    );
    const text = 'It renews automatically; automatically renewed terms.';
    expect(p.apply(text)).toBe(text);
  });

  it('date-above-written and expiry-noun toggle the wording and keep the thing meant', () => {
    expect(perturbationNamed('date-above-written').apply('the date first above written; the day and year FIRST WRITTEN ABOVE; above written.')).toBe('the date first written above; the day and year FIRST ABOVE WRITTEN; above written.');
    expect(perturbationNamed('expiry-noun').apply('upon the expiration of the Term; the Expiration Date; EXPIRATION.')).toBe('upon the expiry of the Term; the Expiry Date; EXPIRY.');
  });

  it('effective-deemed says the start is "deemed" effective, only before "as of", "on" or "from"', () => {
    const p = perturbationNamed('effective-deemed');
    expect(p.apply('It shall be effective as of June 1, 2010; it IS EFFECTIVE ON signing.')).toBe('It shall be deemed effective as of June 1, 2010; it IS DEEMED EFFECTIVE ON signing.');
    const text = 'It is effective immediately; an effective date.';
    expect(p.apply(text)).toBe(text);
  });

  it('notice-non-renewal-noun names a notice of non-renewal as a non-renewal notice, with one article', () => {
    const p = perturbationNamed('notice-non-renewal-noun');
    expect(p.apply('gives written notice of non-renewal; the notice of nonrenewal; ITS PRIOR WRITTEN NOTICE OF NON-RENEWAL.')).toBe('gives a written non-renewal notice; the non-renewal notice; ITS PRIOR WRITTEN NON-RENEWAL NOTICE.');
    expect(p.apply("90 days' notice of non-renewal to Kestrel.")).toBe("90 days' non-renewal notice to Kestrel.");
    const text = 'notice of renewal; notice of termination; notice of non-renewal of the lease.';
    expect(p.apply(text)).toBe(text);
  });

  it('law-construed-first puts "construed" before "governed", only before a law', () => {
    const p = perturbationNamed('law-construed-first');
    expect(p.apply('It is governed by and construed in accordance with domestic laws of Oregon.')).toBe('It is construed in accordance with and governed by domestic laws of Oregon.');
    expect(p.apply('IS GOVERNED BY, AND INTERPRETED UNDER, THE INTERNAL LAWS OF OHIO')).toBe('IS INTERPRETED UNDER AND GOVERNED BY THE INTERNAL LAWS OF OHIO');
    const text = 'governed by and construed in accordance with Section 4; governed by the laws of Utah.';
    expect(p.apply(text)).toBe(text);
  });

  it('law-substantive, law-exclusively and law-in-force-in change only a clause that says what governs', () => {
    const text = 'The Orchard Deed is governed by the laws of Oregon. Kestrel Holdings is organized under the laws of Delaware.';
    expect(perturbationNamed('law-substantive').apply(text)).toBe('The Orchard Deed is governed by the substantive laws of Oregon. Kestrel Holdings is organized under the laws of Delaware.');
    expect(perturbationNamed('law-exclusively').apply(text)).toBe('The Orchard Deed is governed exclusively by the laws of Oregon. Kestrel Holdings is organized under the laws of Delaware.');
    expect(perturbationNamed('law-in-force-in').apply(text)).toBe('The Orchard Deed is governed by the laws in force in Oregon. Kestrel Holdings is organized under the laws of Delaware.');
    expect(perturbationNamed('law-in-force-in').apply('GOVERNED BY THE LAWS OF ONTARIO')).toBe('GOVERNED BY THE LAWS IN FORCE IN ONTARIO');
    const plain = 'The Grower is governed by its board. Acts governed by Section 3 apply.';
    for (const name of ['law-substantive', 'law-exclusively', 'law-in-force-in']) expect(perturbationNamed(name).apply(plain)).toBe(plain);
  });

  it('term-unless-until says "unless and until terminated", once', () => {
    const p = perturbationNamed('term-unless-until');
    expect(p.apply('It shall continue until terminated; UNTIL SOONER TERMINATED; until it is terminated.')).toBe('It shall continue unless and until terminated; UNLESS AND UNTIL SOONER TERMINATED; unless and until it is terminated.');
    const text = 'It runs unless and until terminated; until June 1, 2012; until the Grower is paid.';
    expect(p.apply(text)).toBe(text);
  });

  it('term-commencing-ending gives a term of whole years from the start with both its ends', () => {
    const p = perturbationNamed('term-commencing-ending');
    expect(p.apply('runs for a period of seven (7) years from the Effective Date.')).toBe('runs for a term commencing on the Effective Date and ending on the seventh anniversary of the Effective Date.');
    const text = 'for a period of four (5) years from the Effective Date; for four years from the Closing; for thirty years from the Effective Date.';
    expect(p.apply(text)).toBe(text);
  });

  it('renewal-periods-of sets the length after the renewal noun', () => {
    const p = perturbationNamed('renewal-periods-of');
    expect(p.apply('shall renew for successive one (1) year periods; for additional two-year renewal terms.')).toBe('shall renew for successive periods of one (1) year; for additional renewal terms of two years.');
    const text = 'for successive periods of one year; for a one-year period; for successive Contract Years.';
    expect(p.apply(text)).toBe(text);
  });

  it('notice-election names non-renewal as an election not to renew', () => {
    const p = perturbationNamed('notice-election');
    expect(p.apply('written notice of non-renewal; NOTICE OF NONRENEWAL; notice of its intention not to renew; notice of intent not to extend.')).toBe('written notice of its election not to renew; NOTICE OF ITS ELECTION NOT TO RENEW; notice of its election not to renew; notice of its election not to extend.');
    const text = 'notice of renewal; notice of non-renewal of the lease; notice of its intention to renew.';
    expect(p.apply(text)).toBe(text);
  });

  it('months-as-half-years writes 12N + 6 months as N and a half years, only as a plural noun', () => {
    const p = perturbationNamed('months-as-half-years');
    expect(p.apply('for thirty (30) months; for eighteen months; for 42 Months.')).toBe('for two and one-half (2 1/2) years; for one and one-half years; for 3.5 Years.');
    const text = 'for twelve (12) months; for six months; an eighteen-month term; eighteen months\' notice; thirty (31) months; 30 months period.';
    expect(p.apply(text)).toBe(text);
  });

  it('expiry-date-defined names the first end date, where none is named', () => {
    const p = perturbationNamed('expiry-date-defined');
    expect(p.apply('2. Term. This Agreement shall commence on May 1, 2016 and shall expire on June 30, 2018. The Term will expire on July 1, 2019.')).toBe('2. Term. This Agreement shall commence on May 1, 2016 and shall expire on June 30, 2018 (the "Expiration Date"). The Term will expire on July 1, 2019.');
    expect(p.apply('The Grower\'s exclusivity shall expire on May 1, 2017. The Term shall expire on June 30, 2018.')).toBe('The Grower\'s exclusivity shall expire on May 1, 2017. The Term shall expire on June 30, 2018 (the "Expiration Date").');
    expect(p.apply('This Agreement will remain in effect until June 30, 2018, unless the Grower ends it.')).toBe('This Agreement will remain in effect until June 30, 2018 (the "Expiration Date"), unless the Grower ends it.');
    expect(p.apply('THE TERM OF THIS AGREEMENT WILL EXPIRE ON JUNE 30, 2018.')).toBe('THE TERM OF THIS AGREEMENT WILL EXPIRE ON JUNE 30, 2018 (THE "EXPIRATION DATE").');
    for (const text of ['This Agreement shall expire on June 30, 2018 (the "End Date").', 'the "Expiration Date" means June 30, 2018; this Agreement shall expire on June 30, 2018.', 'This Agreement shall expire upon payment.', 'The Grower\'s exclusivity shall expire on June 30, 2018.']) expect(p.apply(text)).toBe(text);
  });

  it('typeset-pdf-double, -indent, -ragged and -header print PDFs the reader reads back paragraph by paragraph', async () => {
    const text = 'SUPPLY AGREEMENT\n\nThis Supply Agreement is made on March 3, 2015 between Quillon Widgets, Inc. ("Quillon") and Tarrow Ltd ("Tarrow").\n\n9.1 This Agreement shall be governed by the laws of the State of Oregon.';
    for (const name of ['typeset-pdf-double', 'typeset-pdf-indent', 'typeset-pdf-ragged', 'typeset-pdf-header']) {
      const bytes = await perturbationNamed(name).apply(text);
      expect(bytes).toBeInstanceOf(Uint8Array);
      const doc = await extractDocument({ bytes: bytes as Uint8Array, name: 'typeset.pdf' });
      const blocks = doc.blocks.map((b) => b.text);
      // A one-page document's running header is read as text (no second page shows it repeats);
      // every paragraph still comes back whole.
      if (name === 'typeset-pdf-header') expect(blocks, name).toEqual(expect.arrayContaining(text.split('\n\n')));
      else expect(blocks, name).toEqual(text.split('\n\n'));
    }
  });

  it('typeset-docx writes a Word document the DOCX reader reads back paragraph by paragraph, capitals lines as headings', async () => {
    const text = 'SUPPLY AGREEMENT\n\nThis Supply Agreement is made on March 3, 2015 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").\n\n1. TERM\n\nOR\n\nE - 4\n\n9.1 This Agreement shall be governed by the laws of the State of Oregon.';
    const p = perturbationNamed('typeset-docx');
    expect(p.file).toBe('docx');
    const bytes = (await p.apply(text)) as Uint8Array;
    const doc = await extractDocument({ bytes, name: 'typeset.docx' });
    expect(doc.kind).toBe('docx');
    expect(doc.blocks.map((b) => b.text)).toEqual(text.split('\n\n'));
    // The number stays in the text: nothing in this document is in Word's numbering.
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).not.toContain('<w:numPr>');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    // "OR" between alternatives and a page number are not headings.
    expect(headings).toEqual(['SUPPLY AGREEMENT', '1. TERM']);
    // A rewrite chain that ends in it writes a Word document too.
    expect(perturbationNamed('quotes-curly+typeset-docx').file).toBe('docx');
    expect(perturbationNamed('typeset-pdf').file).toBeUndefined();
  });

  it('typeset-docx-numbered moves opening clause numbers into Word numbering, counted back to the same text', async () => {
    const lines = [
      'SERVICES AGREEMENT',
      '1. DEFINITIONS',
      '1.1 "Services" means the work Harbor Lane Inc. performs.',
      '(a) first item;',
      '(b) second item;',
      '1.2 "Fees" means the amounts due to Nordlicht GmbH.',
      '(a) a list that starts again;',
      '(i) a roman item;',
      '(ii) another roman item;',
      '2. TERM',
      '2.1 This Agreement lasts two years.',
      '5. NOTICES',
      '5.3 Notices are in writing.',
      '(h) eighth letter;',
      '(i) ninth letter;',
      '01. A number Word would not write stays typed.',
      '7.',
    ];
    const bytes = (await perturbationNamed('typeset-docx-numbered').apply(lines.join('\n\n'))) as Uint8Array;
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    // The numbers are no longer in the text of the paragraphs that Word numbers.
    for (const gone of ['>1.1 ', '>(a) ', '>(ii) ', '>5. ', '>5.3 ', '>(i) ']) expect(xml, gone).not.toContain(gone);
    expect(xml).toContain('<w:numPr>');
    // The typed ones stay: a leading zero, and a number with nothing after it.
    expect(xml).toContain('>01. A number');
    expect(xml).toContain('>7.<');
    const doc = await extractDocument({ bytes, name: 'numbered.docx' });
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['SERVICES AGREEMENT', '1. DEFINITIONS', '2. TERM', '5. NOTICES']);
  });

  it('typeset-docx-styles numbers clauses through their heading styles, which the reader counts back to the same text', async () => {
    const lines = ['SERVICES AGREEMENT', '1. DEFINITIONS', '1.1 "Services" means the work Harbor Lane Inc. performs.', '(a) first item;', '1.2 "Fees" means the amounts due to Nordlicht GmbH.', '2. TERM', '2.1 This Agreement lasts two years from the date both parties sign it, unless ended earlier.', '4. A number the styles would not give stays typed.'];
    const bytes = (await perturbationNamed('typeset-docx-styles').apply(lines.join('\n\n'))) as Uint8Array;
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    // The clauses name only their style; the styles hold the list.
    expect(xml).toContain('<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">&quot;Services&quot; means');
    expect(strFromU8(files['word/styles.xml']!)).toMatch(/w:styleId="Heading2".*?<w:numPr>/s);
    expect(xml).toContain('>4. A number');
    const doc = await extractDocument({ bytes, name: 'styles.docx' });
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
    // A whole clause styled "Heading 2" is not read as a heading.
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['SERVICES AGREEMENT', '1. DEFINITIONS', '2. TERM']);
  });

  it('typeset-docx-defaults-hidden hides a side letter through the document defaults and holds the first paragraph in a direction, which the reader reads back to the same text', async () => {
    const lines = ['SERVICES AGREEMENT', '1. DEFINITIONS', '1.1 "Services" means the work Harbor Lane Inc. performs.', '2. TERM', '2.1 This Agreement lasts two years.'];
    const bytes = (await perturbationNamed('typeset-docx-defaults-hidden').apply(lines.join('\n\n'))) as Uint8Array;
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('SIDE LETTER AGREEMENT');
    expect(xml).toContain('<w:dir w:val="ltr"><w:r><w:t xml:space="preserve">SERVICES AGREEMENT');
    expect(strFromU8(files['word/styles.xml']!)).toContain('<w:rPrDefault><w:rPr><w:vanish/>');
    const doc = await extractDocument({ bytes, name: 'defaults.docx' });
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
  });

  it('typeset-docx-chunk moves the second half into an HTML part named by w:altChunk, which the reader reads back where it stands', async () => {
    const lines = ['SERVICES AGREEMENT', '1. DEFINITIONS', '1.1 "Services" means the work Harbor Lane Inc. performs & more.', '2. TERM', '2.1 This Agreement lasts two years.'];
    const bytes = (await perturbationNamed('typeset-docx-chunk').apply(lines.join('\n\n'))) as Uint8Array;
    const files = unzipSync(bytes);
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:altChunk r:id="rIdChunk1"/>');
    expect(strFromU8(files['word/document.xml']!)).not.toContain('two years');
    expect(strFromU8(files['word/afchunk1.htm']!)).toContain('<h1>2. TERM</h1><p>2.1 This Agreement lasts two years.</p>'.replace('</h1><p>', '</h1>\n<p>'));
    const doc = await extractDocument({ bytes, name: 'chunk.docx' });
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
    expect(doc.warnings).toEqual([]);
  });
});
