/**
 * A one-sided instrument's parties: a guaranty, an undertaking or a maintenance agreement is "made
 * by A in favor of B" (or "for the benefit of B") rather than between them. The maker and the one it
 * is made for are its two parties.
 */
import type { Party } from '../../../shared/terms';
import { hasEntityForm, isPersonName, partiesFromOpening, type PartyOptions } from './parties';

/**
 * "is made and entered into as of the 3rd day of June 2011 by ACME HOLDINGS, L.P. (the "Maker"),
 * in favor of BOLT BANK, N.A., …": a verb of making, "by", the maker, then "in favor of" (or "in favour
 * of", "for the benefit of") and the other party. Group 1 is the maker with its description; the
 * other party is what follows the match. No full stop between the verb and "by": a legal form's
 * abbreviation may stand inside the maker's name.
 */
const MADE_BY_IN_FAVOR = /\b(?:made|executed|given|granted|delivered|entered\s+into)\b[^.;]{0,120}?\bby\s+(\S.{2,300}?),?\s+(?:in\s+favou?r\s+of|for\s+the\s+(?:sole\s+)?benefit\s+of)\s+/i;

/** The maker and the beneficiary of an opening "made by A in favor of B", read as a list "between A and B". */
export function partiesInFavorOf(opening: string, options: PartyOptions = {}): Party[] {
  const text = opening.replace(/\s+/g, ' ');
  const m = MADE_BY_IN_FAVOR.exec(text);
  if (!m) return [];
  const maker = m[1]!.replace(/,\s*$/, '');
  // The beneficiary ends with its own short name when a phrase of the instrument's subject follows: the body named
  // there is no party ("in favor of Acme LLC ("Landlord") with respect to the lease of Bolt Inc. ("Tenant")"), while a
  // capacity ("…, in its capacity as the lenders' agent (the "Agent")") still describes the beneficiary.
  const rest = text.slice(m.index + m[0].length);
  const short = /\((?:the\s+)?["“][^"”()]{1,40}["”]\),?\s+(?=(?:with\s+respect\s+to|in\s+respect\s+of|in\s+connection\s+with|relating\s+to|regarding|pursuant\s+to|under)\s)/i.exec(rest);
  const beneficiary = short ? rest.slice(0, short.index + short[0].length) : rest;
  // Read by the same list grammar as "between A and B", so names, forms and short names end alike.
  const parties = partiesFromOpening(`between ${maker}; and ${beneficiary}`, options);
  return parties.length === 2 ? parties : [];
}

/**
 * "This Agreement is made on June 2, 2021 by Acme Inc. and Bolt LLC": the opening's verb of making, "by", then
 * the parties listed with no "between" (not "by and between", which the list of an ordinary opening reads). No
 * full stop between the verb and "by", as above.
 */
const MADE_BY = /\b(?:is|are|was)\s+(?:made|executed|entered\s+into)(?:\s+and\s+(?:made|executed|entered\s+into))?\b[^.;]{0,120}?\bby\s+(?!and\b)/i;

/**
 * The parties of an opening "made by A and B", read as a list "between A and B": at least two, each a
 * body with its legal form, a person or a party given a short name, so that "made by the parties" or
 * "executed by its duly authorized officer" names none. A maker "in favor of" another is read above.
 */
export function partiesMadeBy(opening: string, options: PartyOptions = {}): Party[] {
  const text = opening.replace(/\s+/g, ' ');
  const m = MADE_BY.exec(text);
  if (!m || MADE_BY_IN_FAVOR.test(text)) return [];
  const parties = partiesFromOpening(`between ${text.slice(m.index + m[0].length)}`, options);
  return parties.length >= 2 && parties.every((p) => hasEntityForm(p.name) || isPersonName(p.name) || !!p.role) ? parties : [];
}
