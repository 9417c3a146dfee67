import { describe, expect, it } from 'vitest';
import { partiesFromOpening } from '../../../electron/core/terms/parties';

const names = (opening: string): string[] => partiesFromOpening(opening, { usedLater: () => true }).map((p) => p.name);

describe('a place after "Corporation" or "Company" that is part of the name', () => {
  it('keeps "of America" and a place of up to three words after a spelled-out form noun', () => {
    expect(names('This Agreement is made between Harbor Lane Corporation of America, a company with offices at 12 Elm Road, Austin, Texas 78730 ("Harbor"); and Nordlicht GmbH ("Nordlicht").')).toEqual(['Harbor Lane Corporation of America', 'Nordlicht GmbH']);
    expect(names('This Agreement is made between Quillon Insurance Company of North America, a Texas corporation ("Quillon"), and Nordlicht GmbH ("Nordlicht").')).toEqual(['Quillon Insurance Company of North America', 'Nordlicht GmbH']);
    expect(names('This Agreement is made between Quillon Company of the West, Inc. ("Quillon"), and Nordlicht GmbH ("Nordlicht").')).toEqual(['Quillon Company of the West, Inc.', 'Nordlicht GmbH']);
    expect(names('THIS AGREEMENT IS MADE BETWEEN HARBOR LANE CORPORATION OF AMERICA ("HARBOR"), AND NORDLICHT GMBH ("NORDLICHT").')).toEqual(['HARBOR LANE CORPORATION OF AMERICA', 'NORDLICHT GMBH']);
  });

  it('still ends the name at an abbreviated form, and leaves an address after "of" out', () => {
    expect(names('This Agreement is made between Harbor Lane Inc. of Delaware ("Harbor"), and Nordlicht GmbH ("Nordlicht").')).toEqual(['Harbor Lane Inc.', 'Nordlicht GmbH']);
    expect(names('This Agreement is made between Harbor Lane Company of 12 Elm Road, Dayton ("Harbor"), and Nordlicht GmbH ("Nordlicht").')).toEqual(['Harbor Lane Company', 'Nordlicht GmbH']);
    expect(names('This Agreement is made between Harbor Lane Company of the city of Dayton ("Harbor"), and Nordlicht GmbH ("Nordlicht").')).toEqual(['Harbor Lane Company', 'Nordlicht GmbH']);
  });
});
