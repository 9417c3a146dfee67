/**
 * Parties read from signature blocks. Some instruments name no one in their opening: a joint filing
 * agreement says "the undersigned agree…" and each signatory is known only from its signature
 * block, which by convention starts with the party's name in capitals ("ACME CAPITAL PARTNERS, L.P."
 * over "By: …, its general partner", "/s/ …", "Name: …", "Title: …").
 */
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { hasEntityForm, isGenericName, isNameShaped, isPersonName, LEGAL_FORM_END } from './parties';

/**
 * What separates the parts of a signature block laid out on one line or in a table row. A colon right after a legal form
 * closes a party's name set over its block ("ACME CO. LTD:" beside "BOLT, INC:"): a text without line breaks runs the two
 * names on as "ACME CO. LTD: BOLT, INC: /s/ …".
 */
const SIGNATURE_MARK = /\s*(\||\bBy\s*:|\/s\/|\b(?:Name|Title|Its|Date|Dated)\s*:|(?<=\b(?:INC|LTD|LLC|CORP|CO|PLC|LP|L\.P|L\.L\.C|N\.A|S\.A|B\.V|N\.V|GMBH|AG|LIMITED|CORPORATION|COMPANY|INCORPORATED)\.?):(?=\s))\s*/gi;

/** A word in capitals (no lower-case letter), as signature blocks set the party's name. */
const CAPITALS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$|^[\d&(),.'’/-]+$/u;

/**
 * The marker of a trade name, often left in lower case inside a name set in capitals ("ACME HOLDINGS LLC d/b/a BLUE FERN
 * CAFE"): it joins the two names into one party, and the legal form ends the part before it, not the trade name.
 */
const TRADE_MARK_WORD = /^(?:d\/b\/a|dba|t\/a|a\/k\/a)$/i;
const TRADE_NAME_AFTER = /\s+(?:d\/b\/a|dba|t\/a|a\/k\/a)\s+.*$/i;

/** A legal form written in ordinary case, as the last word of a name otherwise in capitals: "Inc.", "Ltd.", "Corp.", "Limited". */
const MIXED_CASE_FORM = /^(?:Inc|Ltd|Corp|Co|Llc|Plc|Limited|Incorporated|Corporation|Company|GmbH)\.?$/;

/** A legal form that ends a name and is never inside one ("CO", "COMPANY", "LIMITED" may be: "… COMPANY OF NEW YORK"). */
const FINAL_FORM = /^(?:L\.P\.|LP|LLC|L\.L\.C\.|INC\.|INC|LTD\.|PLC|N\.A\.|S\.A\.|B\.V\.|N\.V\.|GMBH|AG),?$/i;

/**
 * The names in capitals at the end of a part: usually one, or several that a layout without line
 * breaks ran together ("ACME FUND L.P. ACME FUND MANAGEMENT LTD"), split after a final legal form
 * when the words after it make a name of their own.
 */
function capitalsNamesAtEnd(part: string, afterSigner = false): string[] {
  const whole = capitalsNameAtEnd(afterSigner ? afterSignerTitle(part) : part);
  if (!whole) return [];
  const words = whole.split(' ');
  const names: string[] = [];
  let from = 0;
  for (let i = 1; i < words.length - 1; i++) {
    const rest = words.slice(i + 1).join(' ');
    if (FINAL_FORM.test(words[i]!) && !TRADE_MARK_WORD.test(words[i + 1]!) && i + 1 - from >= 2 && rest.split(' ').length >= 2 && LEGAL_FORM_END.test(rest) && !/^[(,]/.test(words[i + 1]!)) {
      names.push(words.slice(from, i + 1).join(' ').replace(/,$/, ''));
      from = i + 1;
    }
  }
  names.push(words.slice(from).join(' '));
  return names;
}

/**
 * The party's name at the end of one part of a signature block: the longest run of words in
 * capitals before the part's end, ending in a legal form ("ACME HOLDINGS GP, L.L.C."). What comes
 * before it in lower case ("Authorized Signatory") is the previous block's signer.
 */
function capitalsNameAtEnd(part: string): string | undefined {
  const words = part.trim().split(/\s+/);
  // A name in capitals whose legal form is written in ordinary case ("HARROW DATA SYSTEMS, Inc.", "KESTREL TRADING Ltd."):
  // the form still ends it, and the words in capitals before it are the name. Two words in capitals at least, so that an
  // initialism inside a name in ordinary case is not taken for one ("Harrow USA Inc."), and only after other words: a
  // part that is the name alone is read as a name over its signing line (nameOverSigningLine), which may go on from the row above.
  const formInOrdinaryCase = words.length >= 4 && MIXED_CASE_FORM.test(words.at(-1)!) && words.slice(-3, -1).every((w) => /\p{Lu}{2}/u.test(w) && CAPITALS_WORD.test(w));
  let start = formInOrdinaryCase ? words.length - 1 : words.length;
  // The trade name may stand after the legal form, its marker in lower case ("… LLC d/b/a BLUE FERN CAFE"): a word in capitals on each side.
  const capitals = (k: number): boolean => CAPITALS_WORD.test(words[k]!) || (TRADE_MARK_WORD.test(words[k]!) && k > 0 && k < words.length - 1 && CAPITALS_WORD.test(words[k - 1]!) && CAPITALS_WORD.test(words[k + 1]!));
  while (start > 0 && capitals(start - 1)) start--;
  if (formInOrdinaryCase && start === 0) return undefined;
  // A name starts with a letter: the end of a date before it is not part of it ("…, dated July 6, 2020. ACME LIFE CO").
  while (start < words.length && !/\p{L}/u.test(words[start]!)) start++;
  // Nor is a sentence in capitals that ends before it ("IN WITNESS WHEREOF, … AS OF JULY 6, 2020. ACME LIFE CO",
  // "… FIRST WRITTEN ABOVE. ACME CORP."): a year or a word of four letters or more with a full stop ends
  // a sentence, where a legal form's ("INC.", "L.P.") or an initial's does not.
  for (let i = words.length - 2; i >= start; i--) {
    if (/^(?:\d{4}|\p{Lu}{4,})\.$/u.test(words[i]!) && !LEGAL_FORM_END.test(words[i]!)) {
      start = i + 1;
      break;
    }
  }
  // A role label before the name is not part of it ("ASSIGNEE: ACME CORP.", "MASTER FRANCHISEE: …").
  // Nor is the word that heads the witness's column beside it ("ATTEST", "WITNESS"), as a layout without columns runs it on.
  const name = words.slice(start).join(' ').replace(/^.*:\s+(?=\S)/, '').replace(/^(?:ATTEST(?:ED)?|WITNESS(?:ED)?|WITNESSES)[:\s]+(?=\S)/, '').replace(/^[^\p{L}\p{N}]+|[,;:\s]+$/gu, '');
  const legal = name.replace(TRADE_NAME_AFTER, '');
  if (legal.split(' ').length < 2 || !LEGAL_FORM_END.test(legal) || isGenericName(legal)) return undefined;
  // A heading that names an instrument of the party ("ADDENDUM TO ACME LLC FRANCHISE …") is not a signature block.
  if (/\b(?:AGREEMENT|ADDENDUM|AMENDMENT|EXHIBIT|SCHEDULE|ATTACHMENT|APPENDIX|WITNESS)\b/.test(name)) return undefined;
  return name;
}

/** The last word of a signer's office: "AUTHORIZED SIGNATORY", "VICE PRESIDENT", "MANAGING MEMBER", "CHIEF FINANCIAL OFFICER". */
const OFFICE_END = /^(?:SIGNATORY|PRESIDENT|OFFICER|SECRETARY|TREASURER|MEMBER|MANAGER|DIRECTOR|CHAIRMAN|CHAIRPERSON|COUNSEL|CEO|CFO|COO)[,.]?$/;

/**
 * After "/s/" or "Title:" a part gives the signer and the office signed in, then, with no line
 * break to end it, the next block's party ("/S/ ANN LEE ANN LEE AUTHORIZED SIGNATORY BOLT CAPITAL
 * LLC"). Set in capitals, all of it reads as one name: the party starts after the signer's office.
 */
function afterSignerTitle(part: string): string {
  const words = part.trim().split(/\s+/);
  for (let i = words.length - 3; i >= 0; i--) {
    if (OFFICE_END.test(words[i]!)) return words.slice(i + 1).join(' ');
  }
  return part;
}

/** A signature line that follows the party's name: "By:", "/s/", a rule to sign on. */
const SIGNING_LINE = /^\s*(?:By\s*:|\/s\/|_{3,})/i;

/**
 * A party's name written in ordinary case over its signature line ("Harrow Data, Inc." then "By: …"):
 * the whole part is the name, ending in a legal form, every word capitalised but the small words
 * inside names, and the next thing in the block is the line to sign on.
 */
function nameOverSigningLine(part: string, signedNext: boolean): string | undefined {
  const name = part.trim().replace(/[,;:\s]+$/, '');
  // Its legal form ends the name before a trade name ("Acme Holdings LLC d/b/a Blue Fern Cafe").
  const legal = name.replace(TRADE_NAME_AFTER, '');
  if (!signedNext || !/^\p{Lu}/u.test(name) || !LEGAL_FORM_END.test(legal) || !isNameShaped(legal) || isGenericName(legal)) return undefined;
  const words = name.split(' ').length;
  if (words < 2 || words > 8 || /\b(?:agreement|addendum|amendment|exhibit|schedule|attachment|appendix|witness)\b/i.test(name)) return undefined;
  return name;
}

/**
 * The body an agent signs for: "Halden Shipping Ltd as agent for and on behalf of Kessler Reederei GmbH", "Signed by Ola Berg
 * for and on behalf of Kessler Reederei GmbH", "Kessler Reederei GmbH, by its agent Halden Shipping Ltd". The principal is
 * the party, whatever the case of either name; only over a line to sign on, where a signature block starts.
 */
function principalOf(part: string, signedNext: boolean): string | undefined {
  if (!signedNext) return undefined;
  const t = part.trim().replace(/[,;:\s]+$/, '');
  const behalf = /(?:^|[\s,])(?:(?:as\s+(?:its\s+)?agents?\s+)?for\s+and\s+)?on\s+behalf\s+of\s+(?:the\s+)?(\S.*)$/i.exec(t);
  const byAgent = /^(\S.*?),?\s+(?:acting\s+)?by\s+its\s+(?:duly\s+(?:authori[sz]ed|appointed)\s+)?(?:agents?|attorneys?(?:-in-fact)?|managing\s+agents?)\b/i.exec(t);
  const name = (behalf?.[1] ?? byAgent?.[1])?.trim().replace(/[,;:\s]+$/, '');
  const legal = name?.replace(TRADE_NAME_AFTER, '');
  if (!name || !legal || isGenericName(legal) || name.split(' ').length > 8) return undefined;
  if (/^\p{Lu}/u.test(name) && LEGAL_FORM_END.test(legal)) return name;
  // A block that opens with the words ("For and on behalf of Northvale Telecom" over "By:") names the body it is signed
  // for, whether or not its name ends in a legal form: a carrier, an authority or a ministry may have none.
  return behalf && BEHALF_FIRST.test(t) ? bodySignedFor(name) : undefined;
}

/** "For and on behalf of …" or "On behalf of …" at the head of a signature block. */
const BEHALF_FIRST = /^(?:for\s+and\s+)?on\s+behalf\s+of\s/i;

/**
 * The body's name after "for and on behalf of", without a legal form to end it: written as a name (capitalised words and the
 * small words inside names, "The Water Commission of Eastland"), or a brand in lower case that ends in a legal form
 * ("northwind.net Inc."). A registry number in parentheses after it is no part of it ("Kestrel Holdings (123456-X)").
 */
function bodySignedFor(name: string): string | undefined {
  const bare = name.replace(/\s*\((?=[^()]*\d)[A-Z0-9-]{3,20}\)$/, '');
  if (/^\p{Ll}/u.test(bare)) return LEGAL_FORM_END.test(bare) && bare.split(' ').length >= 2 ? bare : undefined;
  const words = bare.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2 && !/^\p{Lu}{2,}$/u.test(bare)) return undefined;
  return isNameShaped(bare.replace(/\((?:[\p{L}.]{1,12})\)/gu, '')) && !/\b(?:parties|party|undersigned|board|committee)$/i.test(bare) ? bare : undefined;
}

/**
 * The text of the cell above part `k` of a table row, when it is the start of a name broken over two rows: words in
 * capitals with no legal form, label or signature mark ("ACME SOFTWARE"). Undefined otherwise.
 */
function cellAbove(rowAbove: string, parts: readonly string[], k: number): string | undefined {
  const column = parts.slice(0, k).filter((p, i) => i % 2 === 1 && p.trim() === '|').length;
  // Part k must fill its cell: the mark before it is a cell's edge or the row's start.
  if (k > 0 && parts[k - 1]!.trim() !== '|') return undefined;
  const cell = rowAbove.split('|')[column]?.trim() ?? '';
  const words = cell.split(/\s+/);
  if (!cell || words.length > 4 || !words.every((w) => CAPITALS_WORD.test(w) && /\p{Lu}/u.test(w)) || /[:/]/.test(cell) || LEGAL_FORM_END.test(cell)) return undefined;
  return cell;
}

/**
 * The role a signature block is labelled with on the line above the name: "LESSOR:" over "ACME LEASING LLC", "Licensee:"
 * over "Bolt Inc.". One to three words and a colon; the marks of the block itself are no role.
 */
const ROLE_LABEL = /(?:^|\s)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*:\s*$/u;
// A notary or a witness signs to attest, not as a party ("Notary Public:", "Witnessed by:", "In the presence of:").
const NOT_A_ROLE = /^(?:by|name|title|its|date|dated|address|attn|attention|witness(?:es|ed)?|attest(?:ed)?|accepted|agreed|acknowledged|signature|signed|print(?:ed)?|and|the|email|e-mail|tel|telephone|fax|phone|notary|presence|commissioner|approved|reviewed|confirmed)$/i;

function roleLabel(before: string): string | undefined {
  const m = ROLE_LABEL.exec(before.trim() + ' ');
  const role = m?.[1]?.trim();
  return role && !role.split(/\s+/).some((w) => NOT_A_ROLE.test(w)) && !LEGAL_FORM_END.test(role) ? role : undefined;
}

/**
 * The label over a name in a table of signature blocks set side by side: a row of labels alone ("CUSTOMER: | PROVIDER:",
 * "LANDLORD | TENANT") over the row of names; each name takes the label of its own column.
 */
function columnRole(rowAbove: Block | undefined, row: Block, parts: readonly string[], k: number, name: string): string | undefined {
  if (!rowAbove || rowAbove.kind !== 'table-row' || row.kind !== 'table-row' || !parts[k]!.trim().startsWith(name)) return undefined;
  if (k > 0 && parts[k - 1]!.trim() !== '|') return undefined;
  const cells = rowAbove.text.split('|').map((c) => c.trim());
  // Every cell a label of one to three words, so that a row of names or of signing lines gives none.
  if (cells.length < 2 || !cells.every((c) => /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*:?$/u.test(c) && !!roleLabel(c.endsWith(':') ? c : `${c}:`))) return undefined;
  const column = parts.slice(0, k).filter((p, i) => i % 2 === 1 && p.trim() === '|').length;
  const cell = cells[column];
  return cell ? roleLabel(cell.endsWith(':') ? cell : `${cell}:`) : undefined;
}

/** A line that is a label alone, as over a signature block: "CONSULTANT:", "Employee:". */
const LABEL_ALONE = /^\s*[^:]{2,40}:\s*$/;

/**
 * A person who signs for themself under a role label ("CONSULTANT:" over "/s/ Ann Lee" and "Ann Lee", "EMPLOYEE:" over a
 * rule and "Name: Ann Lee"), beside a company's block: no body's name and no "By:" (which an agent signs for a body on)
 * until the next label, and the person's name on a line of its own, after "/s/" or after "Name:". Undefined otherwise.
 */
function personUnderLabel(blocks: readonly Block[], j: number): Party | undefined {
  const label = blocks[j]!.text;
  const role = LABEL_ALONE.test(label) ? roleLabel(label) : undefined;
  return role ? personUnder(role, blocks.slice(j + 1, j + 6).map((b) => b.text)) : undefined;
}

/** What a signing person's lines may say besides the name: "/s/", "Name:", "Signature:", "Date:", a rule to sign on. */
const PERSON_MARK = /\s*(?:\/s\/|(?:Print(?:ed)?\s+)?Name\s*:|Signature\s*:|Date[d]?\s*:|_{3,})\s*/i;

/** The person the lines under a role label give (see personUnderLabel), or undefined when they are a body's block. */
function personUnder(role: string, texts: readonly string[]): Party | undefined {
  if (hasEntityForm(role)) return undefined;
  let person: string | undefined;
  for (const text of texts) {
    const t = text.replace(/\s+/g, ' ').trim();
    if (LABEL_ALONE.test(t)) break;
    // An agent signing for a body, or a body's name: the block is a body's, not the person's.
    if (/\bBy\s*:|\bIts\s*:|\bTitle\s*:/i.test(t) || hasEntityForm(t.replace(PERSON_MARK, ' '))) return undefined;
    // A text file runs the lines of one block together ("/s/ Ann Lee Ann Lee", "/s/ Ann Lee Name: Ann Lee"); a date's
    // value goes with its label, and a signature and the printed name under it are the same name twice.
    const pieces = t.split(/(?=Date[d]?\s*:)|\/s\/|(?:Print(?:ed)?\s+)?Name\s*:|Signature\s*:|_{3,}/i).map((x) => x.trim()).filter((x) => x && !/^Date[d]?\s*:/i.test(x));
    for (const piece of pieces) {
      const words = piece.replace(/[,;\s]+$/, '').split(' ');
      const half = words.length % 2 === 0 && words.slice(0, words.length / 2).join(' ') === words.slice(words.length / 2).join(' ') ? words.slice(0, words.length / 2) : words;
      const name = half.join(' ');
      if (!isPersonName(name)) return person ? { name: person, role } : undefined;
      person ??= name;
    }
  }
  return person ? { name: person, role } : undefined;
}

/**
 * The people who sign under the labels of a table's label row ("COMPANY: | CONSULTANT:"), each in its own column below
 * ("/s/ Ann Lee" and "Name: Ann Lee" under "CONSULTANT:"), as personUnderLabel reads them on lines of their own.
 */
function peopleUnderColumns(blocks: readonly Block[], j: number): { person: Party; column: number }[] {
  const b = blocks[j]!;
  if (b.kind !== 'table-row') return [];
  const labels = b.text.split('|').map((c) => c.trim());
  // A row may set a body's name beside a person's label ("CONSULTANT: | ACME INC."): the body's cell is read as a name below.
  if (labels.length < 2 || !labels.some((c) => LABEL_ALONE.test(c))) return [];
  const rows: string[][] = [];
  for (const r of blocks.slice(j + 1, j + 6)) {
    if (r.kind !== 'table-row') break;
    rows.push(r.text.split('|').map((c) => c.trim()));
  }
  const out: { person: Party; column: number }[] = [];
  for (const [column, label] of labels.entries()) {
    const role = LABEL_ALONE.test(label) ? roleLabel(label) : undefined;
    const person = role ? personUnder(role, rows.map((r) => r[column] ?? '').filter(Boolean)) : undefined;
    if (person) out.push({ person, column });
  }
  return out;
}

/** A name compared without spaces or punctuation: a scan may split a word ("TH E ACME CORP."). */
function partyKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names that head the signature blocks in `blocks`, in order, each once. */
export function partiesFromSignatures(blocks: readonly Block[]): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  // People signing in a column of a table, added after the row below their label row, so that the order of the columns
  // holds: the body's name in the first column comes in that row.
  let columnPeople: { person: Party; at: number }[] = [];
  const addPerson = (person: Party): void => {
    const key = partyKey(person.name);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(person);
    }
  };
  for (const [j, b] of blocks.entries()) {
    for (const c of columnPeople.filter((c) => c.at < j)) addPerson(c.person);
    columnPeople = columnPeople.filter((c) => c.at >= j);
    const person = personUnderLabel(blocks, j);
    if (person && !seen.has(partyKey(person.name))) {
      addPerson(person);
      continue;
    }
    const columns = peopleUnderColumns(blocks, j);
    if (columns.length) columnPeople.push(...columns.map((c) => ({ person: c.person, at: j + 1 })));
    const parts = b.text.replace(/\s+/g, ' ').split(SIGNATURE_MARK);
    // split() with a capture group alternates text and marks: a part right after "By:" is a signer
    // acting for the party ("By: Acme GP LLC, its general partner"), never a party of its own.
    for (let k = 0; k < parts.length; k += 2) {
      const mark = k > 0 ? parts[k - 1]!.trim() : '';
      if (/^(?:By|Name)/i.test(mark)) continue;
      // Past the other cells of a row ("A Inc. | B LLC"), the line to sign on may be the next row ("By: … | By: …").
      let m = k + 1;
      while (m < parts.length && parts[m]!.trim() === '|') m += 2;
      const next = m < parts.length ? parts[m]!.trim() : (blocks[j + 1]?.text ?? '');
      const principal = principalOf(parts[k]!, SIGNING_LINE.test(next));
      const capitals = principal ? [principal] : capitalsNamesAtEnd(parts[k]!, /^(?:\/s\/|Title)/i.test(mark));
      const plain = capitals.length ? undefined : nameOverSigningLine(parts[k]!, SIGNING_LINE.test(next));
      // A name too long for its cell goes on in the row below ("ACME SOFTWARE" over "DEVELOPERS, Inc." over "By: …"):
      // the words in capitals in the same cell of the row above begin it.
      const above = plain && b.kind === 'table-row' && blocks[j - 1]?.kind === 'table-row' ? cellAbove(blocks[j - 1]!.text, parts, k) : undefined;
      for (const name of plain ? [above ? `${above} ${plain}` : plain] : capitals) {
        const key = partyKey(name);
        if (key && !seen.has(key)) {
          seen.add(key);
          // Its label, when the block above is the label alone ("LESSOR:" over "ACME LEASING LLC"); a label run on in one
          // line with the rest of a signature page is not weighed, as the line may belong to the block before.
          const role = (k === 0 && parts[k]!.trim().startsWith(name) && j > 0 && LABEL_ALONE.test(blocks[j - 1]!.text) ? roleLabel(blocks[j - 1]!.text) : undefined) ?? columnRole(blocks[j - 1], b, parts, k, name);
          out.push(role ? { name, role } : { name });
        }
      }
    }
  }
  for (const c of columnPeople) addPerson(c.person);
  return out;
}
