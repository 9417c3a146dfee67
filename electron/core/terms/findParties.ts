/**
 * Parties from a contract's opening words: "by and between Marathon Pipe Line LLC, a Delaware
 * limited liability company ("MPL"), and …", role lines ("Licensor: PACIFICAP ENTERTAINMENT"), or
 * a plain "between X and Y".
 */
import type { Party } from '../../../shared/terms';

// Short names that define the document or a date rather than a party.
const NOT_A_PARTY = /^(agreement|this agreement|effective date|commencement date|parties|party|purpose|confidential information|recipient|discloser|term|initial term|services?|territory|framework agreement|contract)$/i;

const ROLE_LINE = /^(licensor|licensee|lessor|lessee|buyer|seller|supplier|customer|client|contractor|consultant|vendor|purchaser|landlord|tenant|employer|employee|investor|distributor|provider|recipient|discloser|company|owner|charterer|shipper)\s*:?\s+([A-Z][^.;]{2,100})$/i;

const DEFINED = /\((?:\s*(?:the|this|each|collectively|hereinafter(?: referred to as)?|herein)\s+)?[“"‘']([^”"’']{1,40})[”"’'](?:\s*,?\s*or\s+(?:the\s+)?[“"‘']([^”"’']{1,40})[”"’'])?[^)]{0,40}\)/g;

const CORPORATE_TAIL = /,\s*(?:a|an)\s+[^,()]{0,60}?\b(?:corporation|company|partnership|llc|limited|agency|entity|trust|bank|association)\b.*$|,\s*(?:a|an)\s+(?:[A-Z][\w.-]*\s+)*(?:corporation|company|limited|partnership|llc|l\.l\.c|organi[sz]ation|agency|entity|institution|university|college|trust|bank|association|body)\b.*$|,?\s*(?:a|an)\s+(?:[A-Za-z-]+\s+){0,6}(?:corporation|company|limited liability company|limited partnership|partnership|agency|entity)\b.*$|,?\s+(?:located at|with (?:its )?(?:offices?|principal place of business|registered office)|whose registered office|having (?:its|a) (?:principal|registered)|of \d|incorporated|organi[sz]ed under|registered in)\b.*$/i;

function cleanName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(CORPORATE_TAIL, '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  s = s.replace(/^[,;:\s]*(?:and|&)\s+/i, '').replace(/^[,;:\s]+/, '');
  s = s.replace(/[’']\s*$/, '').replace(/[,;:\s]+$/, '');
  // A sentence's full stop is not part of the name ("the Supplier."), a company suffix's is ("Inc.").
  if (/\.$/.test(s) && !/\b(inc|ltd|co|corp|l\.p|l\.l\.c|n\.a|s\.a|plc|llc|lp)\.$/i.test(s)) s = s.slice(0, -1);
  s = s.replace(/^(?:the\s+)(?=[A-Z])/, (m) => (/^the\s+[A-Z][a-z]/.test(s) ? '' : m));
  return s.trim();
}

function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 120) return false;
  if (!/[A-Z[]/.test(s)) return false;
  return s.split(' ').length <= 14;
}

/** Parties and their defined short names from the contract's opening sentence. */
export function partiesFromPreamble(text: string): Party[] {
  const flat = text.replace(/\s+/g, ' ');
  const between = /\b(?:by and between|by and among|between|among)\s+/i.exec(flat);
  if (!between) return [];
  const start = between.index + between[0].length;
  const parties: Party[] = [];
  let cursor = start;
  for (const m of flat.slice(start).matchAll(DEFINED)) {
    const at = start + m.index;
    const role = m[1]!.trim();
    const alt = m[2]?.trim();
    const segment = flat.slice(cursor, at);
    cursor = at + m[0].length;
    if (NOT_A_PARTY.test(role)) continue;
    // The name follows the last top-level "and" in the segment ("…, along with its affiliates, and the National Archives …").
    const pieces = segment.split(/,\s*and\s+|;\s*and\s+|^\s*,?\s*and\s+/i);
    const name = cleanName(pieces[pieces.length - 1] ?? segment);
    if (!looksLikeName(name)) continue;
    parties.push({ name, role: alt ? `${role} / ${alt}` : role });
    if (parties.length >= 6) break;
  }
  if (parties.length >= 2) return parties;
  // No defined short names: "between X, located at …, and Y, located at …".
  const rest = flat.slice(start).split(/\.\s|\bin consideration\b|\bwhereas\b/i)[0] ?? '';
  const plain = rest
    .split(/\s+and\s+(?=(?:the\s+)?[A-Z[])/)
    .map((p) => cleanName(p))
    .filter(looksLikeName)
    .slice(0, 4);
  return plain.length >= 2 ? plain.map((name) => ({ name })) : parties;
}

/** A "Licensor: NAME" style line, or undefined. */
export function partyFromRoleLine(line: string): Party | undefined {
  const m = ROLE_LINE.exec(line.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const name = cleanName(m[2]!);
  if (!looksLikeName(name)) return undefined;
  const role = m[1]!;
  return { name, role: role[0]!.toUpperCase() + role.slice(1).toLowerCase() };
}

const PARTY_ROLES = /^(investor|company|licensor|licensee|customer|provider|supplier|buyer|seller|employer|employee|contractor|consultant|discloser|recipient|landlord|tenant|lessor|lessee|borrower|lender|purchaser|owner|client|vendor|distributor|agent|partner|member|holder|guarantor)$/i;

/** Parties introduced anywhere by a defined role: "[Company Name], a Delaware corporation (the "Company")". */
export function partiesFromDefinedRoles(text: string): Party[] {
  const flat = text.replace(/\s+/g, ' ');
  const out: Party[] = [];
  const re = /(\[[^\]]{1,40}\]|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&,'-]*){0,6})(?:,\s*(?:an?|the)\s+[^()]{0,80}?)?\s*\((?:the\s+)?[“"]([A-Z][\w ]{1,30})[”"]\)/g;
  for (const m of flat.matchAll(re)) {
    const role = m[2]!.trim();
    if (!PARTY_ROLES.test(role)) continue;
    const name = cleanName(m[1]!);
    if (looksLikeName(name) && !out.some((p) => p.role === role)) out.push({ name, role });
  }
  return out;
}
