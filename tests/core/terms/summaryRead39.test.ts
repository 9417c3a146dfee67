import { describe, expect, it } from 'vitest';
import { explainsReference, namesNoun, unnamedReference } from '../../../electron/core/terms/needsPrevious';
import { sectionOf } from '../../../electron/core/terms/sectionOf';
import { listLeadIn } from '../../../electron/core/terms/listLeadIn';
import { makeDoc } from './docFixture';
import type { DocEntries as Entries } from './summaryFixture';
import { overviewFacts } from '../../../electron/core/terms/overviewFromTerms';
import type { KeyTerms } from '../../../shared/terms';

// Each contract here is invented for the rule it tests (session 39: how the model-free summary reads).

describe('a noun named by its verb', () => {
  it('reads "shall notify" as naming the notice, "fails to pay" the failure and the payment, "sell" the sale', () => {
    expect(explainsReference('The Grower shall notify the Miller in writing of any blight in the orchard.', 'notice')).toBe(true);
    expect(unnamedReference('If the Grower fails to pay any invoice and such failure continues for ten days, the Miller may stop delivery.')).toBeUndefined();
    expect(unnamedReference('If the Grower fails to pay on the date such payment is due, interest runs.')).toBeUndefined();
    expect(namesNoun('Kestrel may sell the cider only in Northvale.', 'sales')).toBe(true);
    expect(namesNoun('Kestrel sold the press.', 'sale')).toBe(true);
  });

  it('does not take another word for the noun', () => {
    expect(explainsReference('The Grower shall keep the orchard free of blight.', 'notice')).toBe(false);
    expect(unnamedReference('The Miller may withhold such payment until the audit ends.')?.noun).toBe('payment');
    expect(unnamedReference('The Grower shall cure such failure within ten days.')?.noun).toBe('failure');
    // A word that only begins like one of the family ("payroll", "painted", "cellar") names nothing of it.
    expect(namesNoun('The payroll of the Grower is kept by Kestrel.', 'payment')).toBe(false);
    expect(namesNoun('The Grower painted the barn.', 'payment')).toBe(false);
    expect(namesNoun('The Miller keeps a cellar.', 'sale')).toBe(false);
  });
});

describe('a promise written with "will"', () => {
  it('files a party’s promise under Obligations when nothing else files it', () => {
    expect(sectionOf('Each party agrees that after closing it will sign such further papers as the other may reasonably ask for.', undefined)).toBe('Obligations');
    expect(sectionOf('The Grower further agrees that they will not plant a second orchard on the hill.', undefined)).toBe('Obligations');
    expect(sectionOf('Either party will give the other a copy of each permit it obtains.', undefined)).toBe('Obligations');
  });

  it('leaves a result, a state or a thing as the subject where it was', () => {
    expect(sectionOf('If the crop is lost, it will cease to count toward the quota.', undefined)).toBe('Key terms');
    expect(sectionOf('Both parties will be bound by the decision of the orchard board.', undefined)).toBe('Key terms');
    expect(sectionOf('New orders will appear at the top of the grower portal.', undefined)).toBe('Key terms');
    // a clause that files it first still does: a licence clause keeps its sentences under Key terms
    expect(sectionOf('If Kestrel asks, they will help protect the marks.', 'ip')).toBe('Key terms');
  });
});

describe('a party typed as a row of X’s', () => {
  // The key terms as the extractor gives them for an opening whose second name is a template's row of X's.
  const first = (name: string): string => {
    const citations = [{ blockId: 'b1', page: 1 }];
    const terms = { title: { value: 'Orchard Supply Agreement', text: 'ORCHARD SUPPLY AGREEMENT', citations }, parties: { value: [{ name: 'Northvale Cider Ltd', role: 'Miller' }, { name, role: 'Grower' }], text: 'between …', citations } } as unknown as KeyTerms;
    return overviewFacts(terms)[0]!.point.text;
  };

  it('reads it as a party left blank', () => {
    expect(first('XXXXXXXXXXXXXX')).toBe('This Orchard Supply Agreement is between Northvale Cider Ltd ("Miller") and a party left blank ("Grower").');
  });

  it('keeps a name that holds an X', () => {
    expect(first('XXL Orchards LLC')).toBe('This Orchard Supply Agreement is between Northvale Cider Ltd ("Miller") and XXL Orchards LLC ("Grower").');
  });
});

describe('the first item of a list whose bullets were lost', () => {
  const contract = (leadIn: string, items: string[]): Entries => [
    { text: 'CIDER CONSULTING AGREEMENT', kind: 'heading' },
    'This Cider Consulting Agreement is made on 3 March 2021 between Orrin Farms Ltd (“Grower”) and Pell Cider Inc. (“Consultant”).',
    { text: 'The Consultant shall advise the Grower on pressing and bottling.', clause: '1' },
    { text: leadIn, clause: '2' },
    ...items.map((text) => ({ text })),
  ];
  const at = (entries: Entries): number => entries.length - 1;

  it('takes the lead-in that ends with a colon straight before it', () => {
    const entries = contract('For its services the Consultant shall receive:', ['A fee of $2,000 for each month of advice.']);
    expect(listLeadIn(makeDoc(entries).blocks, at(entries))?.text).toBe('For its services the Consultant shall receive:');
  });

  it('leaves a paragraph alone after prose, a later unmarked item, and one after a colon that says nothing', () => {
    const prose = contract('The Consultant shall be paid monthly.', ['A fee of $2,000 for each month of advice.']);
    expect(listLeadIn(makeDoc(prose).blocks, at(prose))).toBeUndefined();
    const second = contract('For its services the Consultant shall receive:', ['A fee of $2,000 for each month of advice.', 'A bonus of $500 for each new cider.']);
    expect(listLeadIn(makeDoc(second).blocks, at(second))).toBeUndefined();
    const agreeing = contract('The parties agree as follows:', ['The Consultant shall visit the orchard twice a month.']);
    expect(listLeadIn(makeDoc(agreeing).blocks, at(agreeing))).toBeUndefined();
  });
});

describe('a promise written with "will" after a party’s name', () => {
  it('files it under Obligations', () => {
    expect(sectionOf('Kestrel will notify the Grower of any change in its pressing staff.', undefined)).toBe('Obligations');
    expect(sectionOf('Once the harvest is in, the Grower will not plant a second orchard on the hill.', undefined)).toBe('Obligations');
  });

  it('leaves a thing named with a capital, and a result, where they were', () => {
    expect(sectionOf('The Software will run on the Grower’s own machines.', undefined)).toBe('Key terms');
    expect(sectionOf('This Agreement will bind the heirs of the Grower.', undefined)).toBe('Key terms');
    expect(sectionOf('Kestrel will be told of each new orchard.', undefined)).toBe('Key terms');
  });
});
