/**
 * Parties named in a cover table or term sheet rather than in an opening sentence. Order forms,
 * sponsorship summaries and "specific conditions" pages set each party in a table: a row whose
 * first cell is the party's role and whose next cell is its name ("SELLER | Acme Trading Ltd",
 * "Customer Name: | Acme Ltd"), or a role heading ("SPONSOR:", "B. Licensee Information") over a
 * "Name: | …" row.
 */
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { hasBlank } from './blanks';
import { hasEntityForm, isNameShaped, LEGAL_FORM_END, nameOf, TRADE_ROLES } from './parties';

/** The roles a term sheet gives its parties, as the first cell of a row or as a heading. */
// "Party A", "First Party": the labels a translated or bilingual contract's table gives its two sides.
// "Bill To", "Sold To": a purchase order's buyer beside its "Vendor" (not "Ship To", which may name a warehouse or a third party).
// "Company", "Employer", "Employee": the sides of a consulting or an employment contract's cover table ("Company | Acme AB",
// "Consultant | Ann Lee"); "Company Name" is not that role but a form's field, which may be anyone's.
const SHEET_ROLES = `${TRADE_ROLES}|sender|shipper|carrier|consignor|consignee|contracting party|party [ab12]|(?:first|second) party|bill(?:ed)? to|sold to|employer|employee|company(?!\\s+name)`;

/** A row "ROLE | NAME" or "ROLE Name: | NAME": group 1 the role, group 2 the cell after it. */
const ROLE_ROW = new RegExp(String.raw`^\s*(${SHEET_ROLES})(?:['’]s)?(?:\s+(?:full\s+|legal\s+|company\s+)*name)?\s*:?\s*\|\s*([^|]+)`, 'i');

/** Where a row of a role and its cell starts inside a paragraph: a capitalised role label, then "|" ("… Customer | Bolt LLC"). */
const ROW_START = new RegExp(String.raw`\s+(?=(?:${SHEET_ROLES})(?:['’]s)?(?:\s+(?:full\s+|legal\s+|company\s+)*name)?\s*:?\s*\|)`, 'gi');

/** The rows of a paragraph cut where a role label in capitals starts one (see ROW_START); a role word in lower case goes on a name. */
function rowsOf(text: string): string[] {
  const cuts = [...text.matchAll(ROW_START)].map((m) => m.index + m[0].length).filter((at) => /[A-Z]/.test(text[at]!));
  return [0, ...cuts].map((at, k) => text.slice(at, cuts[k] ?? text.length).trim());
}

/** A heading that opens one party's entry: "SPONSOR:", "Licensee", "A. Reseller Details", "Customer details". */
const ROLE_HEADING = new RegExp(String.raw`^\s*(?:[A-H]\.\s+|\d{1,2}\.\s+)?(${SHEET_ROLES})(?:\s+(?:information|details|data))?\s*:?(?:\s+N\/A)?\s*$`, 'i');

/** The name row of an entry: "Name: | Acme Ltd | Phone: | …" (a table) or "Name: Acme Ltd". */
const NAME_ROW = /^\s*(?:(?:full\s+|legal\s+|company\s+)*name)\s*:?\s*(?:\|\s*)?([^|]+)/i;

/**
 * A role heading with its name row run in on one line, as a text conversion or a layout without the table
 * gives it: "SPONSOR: Name: Acme Bakery Phone: 555-0100 …", "A. Reseller Details Provider Name: Acme Ltd.".
 * Group 1 is the role, group 2 the text after "Name:".
 */
const ENTRY_RUN_IN = new RegExp(String.raw`^\s*(?:[A-H]\.\s+|\d{1,2}\.\s+)?(${SHEET_ROLES})(?:\s+(?:information|details|data))?\s*:?(?:\s+N\/A)?\s+(?:(?:full|legal|company|provider|business|registered)\s+)*name\s*:\s*([^|]+)`, 'i');

/** A role's name field without a colon: "Distributor Full Legal Name Acme Ltd", "Customer Legal Name Acme Ltd" (group 1 the role, 2 the rest). */
const NAME_FIELD = new RegExp(String.raw`^\s*(${SHEET_ROLES})(?:['’]s)?\s+(?:(?:full|legal|company|registered|corporate)\s+)*name\s*:?\s+(\S.*)$`, 'i');

/** A name followed by the kind of body it is: "Acme.org, a nonprofit public benefit corporation having …". */
const BODY_DESCRIBED = /^[^,()]{2,60},\s*(?:an?|the)\s+[^,()]{0,60}?\b(?:corporation|company|partnership|limited liability|association|trust|foundation|society|cooperative)\b/i;

/** The name in a row's text up to the next label ("Acme Bakery Phone: 555-0100" → "Acme Bakery"). */
function untilNextLabel(text: string): string {
  return text.replace(/\s+(?:phone|tel|telephone|fax|e-?mail|address|attn|attention|contact|web\s*site|website|tax\s+id|title|country)\b\s*(?:#\s*)?:.*$/i, '');
}

/** A role label in capitals and the name after it on one line, the table's cells run together: "SHIPPER ACME S.A. TAX ID 123". */
const ROLE_LINE = new RegExp(String.raw`^\s*(${SHEET_ROLES})\s*:?\s+(\S.*)$`, 'i');

/** The name at the start of a line up to its last legal form within ten words ("ACME S.A. TAX ID 123" → "ACME S.A."). */
function nameToLegalForm(text: string): string | undefined {
  const words = text.split(' ').slice(0, 10);
  for (let k = words.length; k >= 1; k--) {
    const name = words.slice(0, k).join(' ').replace(/,$/, '');
    if (LEGAL_FORM_END.test(name)) return name;
  }
  return undefined;
}

/** How many blocks after a role heading its name row may stand. */
const ENTRY_SPAN = 3;

/** How far into the opening a term sheet may stand, in blocks. */
const SHEET_SPAN = 40;

function roleOf(word: string): string {
  return word.toLowerCase().replace(/(?:^|\s)\w/g, (c) => c.toUpperCase());
}

/** A cell that holds a name: a legal form, a blank, or capitalised words (the row says it is a name). */
function nameInCell(cell: string): string | undefined {
  const name = nameOf(cell.trim());
  if (!name || name.length > 100 || /^n\/?a$/i.test(name) || /\d{3,}/.test(name)) return undefined;
  if (hasBlank(name) || hasEntityForm(name)) return name;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && /^\p{Lu}/u.test(name) && isNameShaped(name) ? name : undefined;
}

/**
 * A cell's party: a name as nameInCell reads it, else a one-word name the cell describes as a body ("Acme.org, a nonprofit
 * public benefit corporation …"), in a row set as a table ("Reseller Full Legal Name | Acme.org, a …") as in one run
 * together without its cell mark.
 */
function nameOrDescribed(cell: string): string | undefined {
  return nameInCell(cell) ?? (BODY_DESCRIBED.test(cell) && isNameShaped(nameOf(cell)) ? nameOf(cell) : undefined);
}

/** The parties a cover table or term sheet names, each with its role, in order; [] when there is none. */
export function partiesFromTermSheet(preamble: readonly Block[]): { parties: Party[]; blocks: Block[] } {
  const parties: Party[] = [];
  const blocks: Block[] = [];
  const head = preamble.slice(0, SHEET_SPAN);
  const add = (name: string | undefined, role: string, at: Block): void => {
    if (!name || parties.some((p) => p.name === name)) return;
    parties.push({ name, role: roleOf(role) });
    blocks.push(at);
  };
  // The role of the entry a heading opened, for the rows just under it: the heading names the role
  // the contract uses ("A. Reseller Details" over "Provider Name: | …").
  let entry: { role: string; until: number } | undefined;
  for (const [i, b] of head.entries()) {
    const text = b.text.replace(/\s+/g, ' ');
    // Cover rows a text file ran into one paragraph ("Supplier | Acme Ltd Customer | Bolt LLC Effective Date | 3 May 2022"):
    // each role's row is read by itself, its name up to its legal form, as the next row's label follows it unmarked.
    const runTogether = rowsOf(text).filter((r) => ROLE_ROW.test(r));
    if (runTogether.length >= 2) {
      for (const r of runTogether) {
        const m = ROLE_ROW.exec(r)!;
        add(nameInCell(nameToLegalForm(m[2]!.trim()) ?? m[2]!), m[1]!, b);
      }
      entry = undefined;
      continue;
    }
    const role = entry && i <= entry.until ? entry.role : undefined;
    const row = ROLE_ROW.exec(text);
    const name = role ? NAME_ROW.exec(text) : null;
    if (row || name) {
      add(nameOrDescribed((row ?? name)![row ? 2 : 1]!), role ?? row![1]!, b);
      entry = undefined;
      continue;
    }
    // The label must be set in capitals, as a table's label is: "SHIPPER ACME S.A.", not "Shipper shall …".
    const line = ROLE_LINE.exec(text);
    const lineName = line && line[1] === line[1]!.toUpperCase() && !row ? nameToLegalForm(line[2]!) : undefined;
    if (line && lineName && nameInCell(lineName)) {
      add(nameInCell(lineName), line[1]!, b);
      entry = undefined;
      continue;
    }
    const runIn = ENTRY_RUN_IN.exec(text);
    if (runIn) {
      add(nameInCell(untilNextLabel(runIn[2]!)), runIn[1]!, b);
      entry = undefined;
      continue;
    }
    // "Distributor Full Legal Name Acme Networks, Inc., a Delaware corporation having …": the label's "name" makes it a
    // field without its colon; the party is the name up to its description.
    const field = NAME_FIELD.exec(text);
    // Not a label the layout ran into a sentence ("Distributor Full Legal Name This Agreement is made …"), nor one that goes on ("… Name and Address").
    if (field && !/^(?:and|or|of|&|this|these|the)\b/i.test(field[2]!) && !/\b(?:agreement|contract)\b/i.test(nameOf(field[2]!))) {
      const cell = untilNextLabel(field[2]!);
      const described = nameOrDescribed(cell);
      if (described) {
        add(described, field[1]!, b);
        entry = undefined;
        continue;
      }
    }
    const heading = ROLE_HEADING.exec(text);
    if (heading) entry = { role: heading[1]!, until: i + ENTRY_SPAN };
  }
  return { parties, blocks };
}
