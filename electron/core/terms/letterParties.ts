/**
 * Parties that the opening does not name in a list: the sender and the addressee of a letter agreement, a party the
 * opening leaves to the signature page ("the consultant identified on the signature page"), and parties a cover page
 * sets side by side in two columns, which text extraction runs together row by row.
 */
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { hasEntityForm, isNameShaped, isPersonName, LEGAL_FORM, LEGAL_FORM_END, nameOf } from './parties';

const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A letter's salutation on a line of its own: "Dear Mr. Hale:", "Ladies and Gentlemen:", "Gentlemen:". */
// British letters set it with no stop at all ("Dear Sirs", "Dear Ms Okafor"): open punctuation, on a line of its own.
const SALUTATION = /^\s*(?:(?:Dear\s+[^:,;.]{1,60}?(?:\.\s*[^:,;.]{1,40})?|Ladies\s+and\s+Gentlemen|Gentlemen|Gentlepersons|Dear\s+Sirs?(?:\s+(?:and|or)\s+Madam)?)\s*[:,]|Dear\s+(?:Sirs?(?:\s+(?:and|or)\s+Madam)?|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]+))\s*$/iu;

/** A letter's complimentary close: "Very truly yours,", "Sincerely,", "Yours faithfully,". */
const CLOSE = /^\s*(?:(?:very\s+)?(?:truly|sincerely|faithfully|cordially)\s+yours|yours\s+(?:very\s+)?(?:truly|sincerely|faithfully)|sincerely(?:\s+yours)?|(?:best|kind|warm)?\s*regards)\s*,?/i;

/** The countersignature's lead-in: "ACCEPTED AND AGREED:", "Agreed to and accepted as of the date first written above:", "Acknowledged and agreed by:". */
const COUNTERSIGNED = /^\s*(?:(?:accepted|agreed(?:\s+to)?|acknowledged|confirmed)(?:,?\s+(?:and|&)\s+(?:accepted|agreed(?:\s+to)?|acknowledged|confirmed))?)\b[^:]{0,80}:?\s*/i;

/** A line of an address, a date or a routing note, which is no party's name: "12 Main Street", "Via Email", "Attn: …", "Re: …". */
const NOT_A_NAME_LINE = /^\s*(?:\d|via\b|by\s+(?:e-?mail|hand|courier|fax)|attn\b|attention\b|re\s*:|c\/o\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)/i;

/** Where a signature line gives a person's name: after "/s/" or "Name:". */
const SIGNER = /(?:\/s\/|\bName\s*:)\s*/;

/** The person a signature line names ("/s/ Ann Lee Ann Lee Title: …" gives "Ann Lee"). */
function signerIn(text: string): string | undefined {
  const at = SIGNER.exec(text);
  return at ? personAtStart(text.slice(at.index + at[0].length).split(/\s+(?:Name|Title|By|Date|Its)\s*:/)[0]!) : undefined;
}

/** A whole name at the start of a line, up to its legal form ("FENWICK ORCHARD HOLDINGS LLC 12 Main Street" gives the first four words). */
const NAME_TO_FORM = new RegExp(String.raw`^\s*([\p{Lu}\d][^,()“”"]{0,80}?(?:,\s*|\s+)${LEGAL_FORM}\.?(?:,?\s*${LEGAL_FORM}\.?)*)(?=[\s,]|$)`, 'iu');

function entityAtStart(text: string): string | undefined {
  const name = NAME_TO_FORM.exec(text)?.[1]?.trim().replace(/,$/, '');
  // A legal form in lower case ("Acme Holdings plc") is part of a name all the same.
  return name && hasEntityForm(name) && isNameShaped(name.replace(/\b(?:d\/b\/a|dba)\b/gi, '').replace(LEGAL_FORM_END, '')) ? name : undefined;
}

/**
 * A signature block's body set on a line of its own, whose name need not end in a legal form ("WESTFALL GRAIN
 * COOPERATIVE" over "By: …"): the words before the line to sign on, when they name a body.
 */
function bodyOverSignature(text: string): string | undefined {
  const name = text.split(/\s*(?:\bBy\s*:|\/s\/|\bName\s*:|_{3,})/)[0]!.replace(/^\s*(?:for\s+and\s+)?on\s+behalf\s+of\s+/i, '').trim().replace(/,$/, '');
  return name && name.length <= 80 && hasEntityForm(name) && isNameShaped(name.replace(LEGAL_FORM_END, '')) ? name : undefined;
}

function personAtStart(text: string): string | undefined {
  const words = text.trim().replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+/, '').split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(0, n).join(' ').replace(/,$/, '');
    // A name printed under the signature repeats it ("/s/ Ann Lee Ann Lee"): a name holds none of its words twice.
    if (new Set(words.slice(0, n)).size === n && isPersonName(name)) return name;
  }
  return undefined;
}

/** The short name the letter's text gives a party ("Northglen Biosciences, Inc. (the "Company")"), if any. */
function roleIn(text: string, name: string): string | undefined {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  return /^[^()]{0,80}?\((?:the\s+)?["“]([^"“”()]{1,40})["”]\)/.exec(text.slice(at + name.length))?.[1];
}

/**
 * A letter agreement's parties: its sender (the letterhead's name, else the name that signs under the complimentary
 * close) and its addressee (the body named in the address block between the date and "Dear …:", else the one that
 * countersigns under "ACCEPTED AND AGREED:", else the person the letter is addressed to). Only a document whose head
 * has a salutation on a line of its own, so a contract that quotes a letter is not read.
 */
export function partiesFromLetter(head: readonly Block[], blocks: readonly Block[]): { parties: Party[]; blocks: Block[] } | undefined {
  const salutation = head.slice(0, 25).findIndex((b) => SALUTATION.test(b.text));
  if (salutation < 1) return undefined;
  const before = head.slice(0, salutation);
  const body = blocks.slice(salutation + 1, salutation + 4).map((b) => b.text).join(' ');
  // The sender: the letterhead's first line, or the body that signs under the close.
  let sender = before.length > 1 ? entityAtStart(before[0]!.text) : undefined;
  const close = blocks.findIndex((b, i) => i > salutation && CLOSE.test(b.text));
  const after = close >= 0 ? blocks.slice(close, close + 30) : [];
  const countersigned = after.findIndex((b) => COUNTERSIGNED.test(b.text));
  const signedFirst = (countersigned >= 0 ? after.slice(0, countersigned) : after).map((b) => b.text.replace(CLOSE, '').replace(/^\s*(?:for\s+and\s+)?on\s+behalf\s+of\s+/i, '')).map((t) => entityAtStart(t) ?? bodyOverSignature(t)).find(Boolean);
  sender ??= signedFirst;
  // The addressee: the body that countersigns under "ACCEPTED AND AGREED:", else the address block's body (after the
  // person it is marked for: "Mr. Ann Lee Acme LLC 12 Main Street"), else the person the letter is addressed to.
  const address = before.slice(1).filter((b) => !NOT_A_NAME_LINE.test(b.text));
  const rest = countersigned >= 0 ? after.slice(countersigned, countersigned + 6).map((b) => b.text).join(' ').replace(COUNTERSIGNED, '') : '';
  const countersigning = after.slice(countersigned, countersigned + 3).map((b) => b.text.replace(COUNTERSIGNED, '')).find((t) => t.trim());
  let addressee = entityAtStart(rest.replace(/^\s*(?:for\s+and\s+)?on\s+behalf\s+of\s+/i, '')) ?? (countersigned >= 0 && countersigning ? bodyOverSignature(countersigning) : undefined);
  addressee ??= address
    // The person or office the letter is marked for goes before the body: "Mr. Ann Lee", "The Directors", "The Board of Directors".
    .map((b) => b.text.trim().replace(/^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+|The\s+(?:Board\s+of\s+)?Directors|The\s+(?:Company\s+)?Secretary)\s+(?=\p{Lu})/u, ''))
    .map((t) => entityAtStart(t))
    .find((n) => n && (!sender || key(n) !== key(sender)));
  addressee ??= signerIn(rest);
  addressee ??= address.map((b) => personAtStart(b.text)).find(Boolean);
  if (!sender || !addressee || key(sender) === key(addressee)) return undefined;
  const party = (name: string): Party => {
    const role = roleIn(body, name);
    return role ? { name, role } : { name };
  };
  return { parties: [party(sender), party(addressee)], blocks: head.slice(0, salutation + 1) };
}

/**
 * The opening's reference to a party named only on the signature page, and that party's short name: "the consultant
 * identified on the signature page hereto ("Consultant")", "the individual whose name appears on the signature page
 * (the "Advisor")".
 */
const SIGNATURE_PAGE_PARTY = /\bthe\s+(?:[a-z]+\s+){1,3}(?:identified|named|listed|set\s+forth|specified|indicated|whose\s+name\s+(?:appears|is\s+set\s+forth))\s+(?:on|in|at|below|under)\s+(?:the\s+)?signature\s+(?:page|block)s?\b[^()“”"]{0,40}?\((?:the\s+)?["“]([^"“”()]{1,30})["”]\)/i;

/** The party a signature page sets under its short name in capitals: "CONSULTANT:" over "QUILLON ADVISORY LLC" or over "/s/ Ann Lee". */
function signedUnder(blocks: readonly Block[], role: string): string | undefined {
  const text = blocks.map((b) => b.text).join('\n');
  const label = new RegExp(String.raw`(?:^|\n|\s)(?:the\s+)?${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*:?\s*(?:\n|\s)`, 'i');
  const m = label.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 300).replace(/\s+/g, ' ');
  const entity = entityAtStart(rest);
  if (entity) return entity;
  return signerIn(rest);
}

/**
 * The party the opening leaves to the signature page, read from the block signed under its short name after "IN
 * WITNESS WHEREOF". `opening` is the opening's text, `named` the parties its list gave.
 */
export function partyOnSignaturePage(opening: string, named: readonly Party[], blocks: readonly Block[]): Party | undefined {
  const role = SIGNATURE_PAGE_PARTY.exec(opening)?.[1];
  if (!role || named.some((p) => p.role === role && !/^the\s+\p{Ll}/u.test(p.name))) return undefined;
  const from = blocks.findIndex((b) => /\bIN\s+WITNESS\s+WHEREOF\b/i.test(b.text));
  if (from < 0) return undefined;
  const name = signedUnder(blocks.slice(from, from + 60), role);
  if (!name || named.some((p) => key(p.name) === key(name))) return undefined;
  return { name, role };
}

/**
 * Parties a cover sets in two columns, one party to a column, as text extraction runs the rows together: the names
 * first, each ending in its legal form, then the descriptions, then a short name for each in the same order ("ACME
 * CORP. BETA LLC a Delaware corporation a Texas limited liability company ("Licensor") ("Licensee")"). As many names as
 * short names, so an ordinary sentence, which gives each short name right after its party, is never read so.
 */
const SHORT_NAMES_AT_END = /((?:\s*\((?:the\s+)?["“][^"“”()]{1,40}["”]\)){2,4})\s*$/;

export function partiesSideBySide(text: string): Party[] | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const end = SHORT_NAMES_AT_END.exec(t);
  if (!end || t.length > 400) return undefined;
  const roles = [...end[1]!.matchAll(/["“]([^"“”()]{1,40})["”]/g)].map((m) => m[1]!);
  let head = t.slice(0, end.index).trim();
  const names: string[] = [];
  while (names.length < roles.length) {
    head = head.replace(/^(?:and|&)\s+/i, '');
    const name = entityAtStart(head);
    if (!name) break;
    names.push(name);
    head = head.slice(head.indexOf(name) + name.length).trim();
  }
  // What is left is the columns' descriptions, in lower case after the names ("a Delaware corporation …"), or nothing.
  if (names.length !== roles.length || !(head === '' || /^(?:an?|the)\s+\S/i.test(head)) || /\b(?:shall|will|agrees?|hereby|between|among)\b/i.test(head)) return undefined;
  if (new Set(names.map(key)).size !== names.length) return undefined;
  return names.map((name, k) => ({ name: nameOf(name) || name, role: roles[k]! }));
}

/**
 * The party an instrument calls "the undersigned", known by a short name ("The undersigned subscriber (the
 * "Subscriber") hereby subscribes …", "the undersigned (the "Holder")"): its name stands only under that short name
 * on the signature page ("SUBSCRIBER:" over "/s/ Ann Lee").
 */
const UNDERSIGNED_PARTY = /\bthe\s+undersigned(?:\s+[a-z]+){0,2}\s*,?\s*\((?:the\s+)?["“]([^"“”()]{1,30})["”]\)/i;

export function undersignedParty(opening: string, named: readonly Party[], blocks: readonly Block[]): Party | undefined {
  const role = UNDERSIGNED_PARTY.exec(opening)?.[1];
  if (!role || named.some((p) => p.role === role)) return undefined;
  // The signature page is the document's last: read from the last place the short name labels a signature.
  for (let from = blocks.length - 1; from >= Math.max(0, blocks.length - 80); from--) {
    if (!new RegExp(String.raw`^\s*(?:the\s+)?${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*:?\s*(?:$|\s)`, 'i').test(blocks[from]!.text)) continue;
    const name = signedUnder(blocks.slice(from, from + 8), role);
    if (name && !named.some((p) => key(p.name) === key(name))) return { name, role };
    return undefined;
  }
  return undefined;
}
