/** Parties: the opening sentence's between/among list, else "Licensor: NAME" lines, else defined short names. */
import type { Block } from '../../../../shared/document';
import type { KeyTerm, Party } from '../../../../shared/terms';
import { hasBlank } from '../blanks';
import { partiesInFavorOf, partiesMadeBy } from '../favorParties';
import { partiesFromLetter, partiesSideBySide, partyOnSignaturePage, undersignedParty } from '../letterParties';
import { partiesFromMemo } from '../memoParties';
import { englishOf, partiesFromDefinitions, partiesFromOpening, partiesWithAddresses, partyFromRoleLine, roleLinesOf } from '../parties';
import { partiesFromSignatures } from '../signatureParties';
import { partiesFromTermSheet } from '../termSheetParties';
import { BETWEEN, hasEntityForm, isGenericName, isNameShaped, isPersonName, LEGAL_FORM_END, nameOf, startsWithLegalName } from '../parties';
import { citationOf, makeTerm, type TermContext } from '../termContext';

/** Blocks read together as one opening: layout often breaks the first sentence over lines or blocks. */
const OPENING_SPAN = 16;

/** A cover page's line that ends its party list: a rule, a date, "Dated as of …", the table of contents that follows the cover. */
const COVER_END = /^(?:[_\-–—=*\s]+|(?:dated\b.*)|table\s+of\s+contents\b.*|(?:contents|index)\s*:?|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}))$/i;

/** The formal words that may open a short name's parenthesis: (hereinafter referred to as the "Acme"), (hereinafter called "Acme"). */
const FORMAL_DEFINITION = String.raw`(?:here(?:in)?after,?\s+(?:(?:referred\s+to\s+as|called)\s+)?)?`;

/**
 * A block that opens with its own between/among list: "between" near its start, a party's short name in quotes in
 * parentheses soon after ("AGREEMENT made as of …, between Acme Inc., a Delaware corporation ("Acme"), and …"), also in
 * the formal words ("(hereinafter referred to as the "Acme")").
 */
const OWN_LIST = new RegExp(String.raw`^[^]{0,400}?${BETWEEN.source}[^]{0,400}?\(${FORMAL_DEFINITION}(?:the\s+)?[“"]`, 'i');

/**
 * A line that ends on a short name in quotes in parentheses: ("Harrow"), (the "Miller"), (collectively "Kestrel"), also
 * defined in the formal words (hereinafter referred to as the "Harrow"), (hereinafter called "Harrow").
 */
const ENTRY_CLOSED = new RegExp(String.raw`\(\s*${FORMAL_DEFINITION}(?:the\s+|collectively\s+|together\s+)?[“"][^“”"()]{1,40}[”"']\s*\)$`, 'i');
/**
 * An entry's address set after its short name ("… ("Harrow"), with offices at 12 Elm Road, Dayton, Ohio 45402,"): the
 * entry still closes on its short name, as one without the address does. Group 1 is the punctuation at the line's end.
 * A full stop with a space after it inside ends a sentence there, and what follows it (a page number, a filing's footer)
 * is no address: such a line is left as it is.
 */
const ADDRESS_AFTER_SHORT_NAME = /\)\s*(?:,\s*)?(?:with\s+(?:its\s+)?(?:principal\s+|registered\s+)?(?:offices?|place\s+of\s+business|address)|located|having\s+(?:its|an?)\s+(?:principal\s+|registered\s+)?(?:office|address|place\s+of\s+business)|whose\s+(?:principal\s+|registered\s+)?(?:office|address)\s+is)\s+(?:at|in)\s+(?:[^()“”".]|\.(?!\s)){1,200}?([,;.]?)$/i;
/** A line as ENTRY_CLOSED reads it: an address after the short name left out, its closing punctuation kept. */
const withoutAddress = (line: string): string => line.replace(ADDRESS_AFTER_SHORT_NAME, ')$1');
/** A line that starts another party's name (a capital that starts no recital or clause word), or a group's "(collectively …)". */
const ENTRY_NEXT = /^(?!(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|Background|NOW|Now|IN\s+WITNESS|The\s+parties|This|THIS)\b)(?:\p{Lu}|\(\s*[Cc]ollectively\b)/u;

/**
 * The text of an opening read over several blocks. A cover page sets "A", "and", "B" on lines of
 * their own: an "and" (or "- and -") line separates two parties, and a rule or a date line ends the list.
 */
function openingText(span: readonly Block[]): string {
  const parts: string[] = [];
  for (const [k, b] of span.entries()) {
    const t = b.text.trim();
    if (k > 0 && COVER_END.test(t)) break;
    // A cover that names the parties bare ("between" / "Acme Inc." / "and" / "Bolt LLC") and no date line ends where the
    // opening's own between/among list starts, over a page break, an exhibit number or the title set again: that list is
    // another, and read on together the two would give a cover's party the short name the opening gives the next one.
    if (k > 0 && OWN_LIST.test(t) && !/[“”"]/.test(parts.join(' '))) break;
    // A cover table sets the list's words in cells of their own ("Between | Acme Inc. | ("Acme")", "And | Bolt LLC | ("Bolt")"):
    // a row whose first cell is only "between", "among" or "and" reads as the sentence those cells make.
    const cells = /^(?:by\s+and\s+)?(?:between|among|and)\s*:?\s*\|/i.test(t) ? t.replace(/\s*:?\s*\|\s*/g, ' ') : t;
    // A list set one party to a line, with no semicolons: the line that closes on the party's short name ("… Austin, Texas
    // ("Harrow")") ends its entry, as a semicolon would, when the next line starts another name.
    if (k > 0 && ENTRY_CLOSED.test(withoutAddress(parts.at(-1) ?? '')) && ENTRY_NEXT.test(cells)) parts.push(';');
    // The same entry closed with a full stop ("… Dayton, Ohio ("Harbor")." over "Harbor West, Inc., an Oregon affiliate …
    // ("Harbor West")"): the list goes on when the next paragraph is itself an entry, a legal name that closes on its
    // own short name; prose after the list ("Harbor makes parts.") is no entry.
    else if (k > 0 && ENTRY_CLOSED.test(withoutAddress(parts.at(-1) ?? '').replace(/\)\s*\.$/, ')')) && ENTRY_NEXT.test(cells) && startsWithLegalName(cells) && ENTRY_CLOSED.test(withoutAddress(cells).replace(/\)\s*[.;,]?$/, ')'))) {
      parts[parts.length - 1] = parts.at(-1)!.replace(/\.$/, '');
      parts.push(';');
    }
    parts.push(/^[-–—\s]*and[-–—\s:]*$/i.test(cells) ? ';' : cells);
  }
  return parts.join(' ');
}

/**
 * A short name in single quotes, as British drafting and text conversions write it ("Acme Ltd (the 'Supplier')",
 * "('Distributor')"), read as the double-quoted one the rules look for. Only inside a parenthesis, where a
 * single quote cannot be an apostrophe, and closed before the parenthesis's end, a comma or a semicolon.
 */
function doubleQuoted(text: string): string {
  // The parenthesis may go on after the short name ("(hereinafter referred to as 'Acme', which term includes its successors)").
  // The short name may take its article inside the quotes ("(hereinafter called 'the Agent')").
  return text.replace(/\(([^()'‘’"“”]{0,40}?)['‘](the\s+)?([A-Z][^'‘’"“”()]{0,40}?)['’](?=\s*[),;])/g, '($1$2"$3"');
}

// How far past the first block a list was read from its names may stand: a cover's "BETWEEN:" line, then
// each party on lines of its own with its address, its form and its short name.
const NAME_WINDOW = 12;

function comparableName(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The parties' term cites the blocks that hold their names. A list read from a cover ("BETWEEN:" on a
 * line of its own, or a title and an opening that ends in "by and between") would otherwise cite
 * only the lines that name no one; each name no cited block holds is looked for in the blocks that
 * follow the first cited one, and the first block holding it is cited as well.
 */
function citeNames(term: KeyTerm | undefined, ctx: TermContext): KeyTerm | undefined {
  const parties = term?.value;
  if (!term || !Array.isArray(parties) || !term.citations.length) return term;
  const at = ctx.blocks.findIndex((b) => b.id === term.citations[0]!.blockId);
  if (at < 0) return term;
  const texts = new Map<string, string>();
  const textOf = (b: Block): string => texts.get(b.id) ?? (texts.set(b.id, comparableName(b.text)), texts.get(b.id)!);
  const citedIds = new Set(term.citations.map((c) => c.blockId));
  const cited = ctx.blocks.filter((b) => citedIds.has(b.id));
  const window = ctx.blocks.slice(at, at + NAME_WINDOW);
  const added: Block[] = [];
  for (const p of parties) {
    const name = comparableName(p.name);
    if (name.trim().length < 3 || hasBlank(p.name)) continue;
    if ([...cited, ...added].some((b) => textOf(b).includes(name))) continue;
    const holder = window.find((b) => textOf(b).includes(name));
    if (holder) added.push(holder);
  }
  return added.length ? { ...term, citations: [...term.citations, ...added.map(citationOf)] } : term;
}

export function partiesRule(original: TermContext): KeyTerm | undefined {
  const term = citeNames(partiesRead(original), original);
  // A letter's "you" is its addressee: "This letter agreement sets forth the agreement between Acme Inc. and you …" written
  // to Bolt LLC is between Acme Inc. and Bolt LLC.
  const parties = term?.value as Party[] | undefined;
  if (!term || !parties?.some((p) => p.name === 'You')) return term;
  const addressee = partiesFromLetter(original.preamble, original.blocks)?.parties[1];
  if (!addressee || parties.some((p) => p.name === addressee.name)) return term;
  return { ...term, value: parties.map((p) => (p.name === 'You' ? { ...p, name: addressee.name } : p)) };
}

function partiesRead(original: TermContext): KeyTerm | undefined {
  // Each block is read once: the opening's sentences share their block, and reading it again for every sentence
  // made a block of thousands of short sentences ("A. B. C. …") cost the square of its length.
  const readBlocks = new Map<Block, Block>();
  const read = (b: Block): Block => {
    const known = readBlocks.get(b);
    if (known) return known;
    const english = englishOf(b.text);
    const out = /['‘]/.test(english) ? { ...b, text: doubleQuoted(english) } : english === b.text ? b : { ...b, text: english };
    readBlocks.set(b, out);
    return out;
  };
  const ctx: TermContext = { ...original, preamble: original.preamble.map(read), opening: original.opening.map((s) => ({ ...s, text: doubleQuoted(s.text), block: read(s.block) })) };
  const options = { usedLater: ctx.usedLater };
  // Each block's definitions, read once: every block that says "between" looks back over all the blocks before it.
  const definedIn = new Map<string, Party[]>();
  // The opening's first sentence with the parties as its subject, each defined ("Acme Inc., a Delaware corporation ("Acme")
  // and Bolt LLC ("Bolt") agree as follows:"): it is the list, before any later "between" (a definition's "the Supply
  // Agreement between Acme and Bolt") is read as one.
  const subject = ctx.opening.slice(0, 3).map((s) => ({ s, parties: definedPartiesAgreeing(s.text, options) })).find((x) => x.parties);
  if (subject?.parties) return makeTerm(subject.parties, subject.s.text, [subject.s.block]);
  let single: { parties: Party[]; text: string; blocks: Block[] } | undefined;
  let listed: typeof single;
  // Blocks, not sentences: a cover page sets "BY AND BETWEEN A" and "AND B" as separate heading lines.
  for (const [i, block] of ctx.preamble.entries()) {
    // Once the opening has named parties, recitals and clauses that say "between" speak of other agreements.
    if ((listed || single) && /^\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|NOW,? THEREFORE)\b/.test(block.text)) break;
    if (!BETWEEN.test(block.text)) continue;
    // A credit agreement's cover: "among" alone on its line, then each party's name over its capacity ("as Borrower,").
    if (/^\s*(?:by\s+and\s+)?(?:between|among|amongst)\s*:?\s*$/i.test(block.text) && !listed && !single) {
      const capacities = coverCapacities(ctx.preamble.slice(i + 1, i + 1 + COVER_SPAN), options);
      if (capacities) return makeTerm(capacities.parties, capacities.blocks.map((b) => b.text).join(' '), capacities.blocks);
    }
    const text = openingText(ctx.preamble.slice(i, i + OPENING_SPAN));
    const listedHere = partiesFromOpening(text, { ...options, definedBefore: definedBefore(ctx.preamble.slice(0, i + 1), block.text.search(BETWEEN), definedIn) });
    const fromHead = letterheadParty(ctx.preamble.slice(0, i), block.text, listedHere);
    const parties = fromHead ? [fromHead, ...listedHere] : listedHere;
    // A cover line run into the opening in one block ("SUPPLY AGREEMENT BETWEEN A AND B THIS AGREEMENT is made between
    // A ("A") and B ("B")"): the opening's own list, which gives the short names, is the one the contract relies on.
    if (parties.length && !parties.some((p) => p.role)) {
      const again = laterList(text);
      const inner = again ? partiesFromOpening(again, options) : [];
      if (inner.length >= 2 && inner.some((p) => p.role)) return makeTerm(inner, block.text, [block], inner.some((p) => hasBlank(p.name)));
    }
    // A party the opening leaves to the signature page ("and the consultant identified on the signature page ("Consultant")").
    const signedParty = parties.length ? partyOnSignaturePage(text, parties, ctx.blocks) : undefined;
    if (signedParty) {
      // In place of the party's description, when the list kept it ("the consultant identified on the signature page").
      const at = parties.findIndex((p) => p.role === signedParty.role);
      const all = at >= 0 ? parties.map((p, k) => (k === at ? signedParty : p)) : [...parties, signedParty];
      return makeTerm(all, block.text, [block]);
    }
    // A party the opening leaves to a label row of the cover or order form ("Distributor: Acme Pty Ltd" over "… and the
    // Distributor named above").
    const rowParty = parties.length ? partyNamedInRow(text, parties, ctx.preamble) : undefined;
    if (rowParty) {
      const all = [...parties, rowParty];
      return makeTerm(all, block.text, [block], all.some((p) => hasBlank(p.name)));
    }
    // Parties the opening leaves to a schedule's table ("and the persons listed in Schedule 1 (each an "Investor")").
    const scheduled = parties.length ? partiesInSchedule(text, parties, ctx.blocks) : [];
    if (scheduled.length) return makeTerm([...parties, ...scheduled], block.text, [block]);
    const cited = { parties, text: block.text, blocks: [block] };
    // A cover line ("AGREEMENT BETWEEN A AND B") names the parties too, but the sentence that also
    // gives them short names is the one the contract itself relies on: prefer it when there is one.
    if (parties.length >= 2 && parties.some((p) => p.role)) return makeTerm(parties, block.text, [block], parties.some((p) => hasBlank(p.name)));
    if (parties.length >= 2) listed ??= cited;
    if (parties.length === 1) single ??= cited;
  }
  // A cover that sets the parties side by side in two columns, their short names under them.
  for (const b of ctx.preamble.slice(0, COVER_SPAN)) {
    const side = partiesSideBySide(b.text);
    if (side) return makeTerm(side, b.text, [b]);
  }
  if (listed) {
    // A cover names the parties, a long table of contents follows, and only then the opening gives them short names: the
    // opening's list, when it names the same parties, is the one the contract relies on.
    const again = openingAfterContents(ctx, listed.parties, options);
    if (again) return makeTerm(again.parties, again.block.text, [again.block]);
    return makeTerm(listed.parties, listed.text, listed.blocks, listed.parties.some((p) => hasBlank(p.name)));
  }
  // An opening that lists its parties after "made by" with no "between": "made on June 2, 2021 by A and B".
  for (const [i, block] of ctx.preamble.slice(0, OPENING_SPAN).entries()) {
    if (/^\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|NOW,? THEREFORE)\b/.test(block.text)) break;
    const made = partiesMadeBy(openingText(ctx.preamble.slice(i, i + 3)), options);
    if (made.length >= 2) return makeTerm(made, block.text, [block], made.some((p) => hasBlank(p.name)));
  }
  // A one-sided instrument "made by A in favor of B": no between list, its maker and the one it is made for.
  for (const [i, block] of ctx.preamble.slice(0, OPENING_SPAN).entries()) {
    if (/^\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|NOW,? THEREFORE)\b/.test(block.text)) break;
    const favor = partiesInFavorOf(openingText(ctx.preamble.slice(i, i + 3)), options);
    if (favor.length === 2) return makeTerm(favor, block.text, [block], favor.some((p) => hasBlank(p.name)));
  }
  // An undertaking in the first person: "I, Jane Roe, residing at …, agree with Acme Inc. (the "Company") as follows".
  for (const block of ctx.preamble.slice(0, OPENING_SPAN)) {
    const first = FIRST_PERSON.exec(block.text.replace(/\s+/g, ' ').trim());
    if (!first) continue;
    const found = partiesFromOpening(`between ${first[1]!} and ${first[2]!}`, options);
    if (found.length === 2) return makeTerm(found, block.text, [block], found.some((p) => hasBlank(p.name)));
  }
  // A confirmation or a letter set out as a memo: "To: A" and "From: B".
  const memo = partiesFromMemo(ctx.preamble);
  if (memo) return makeTerm(memo.parties, memo.blocks.map((b) => b.text).join('; '), memo.blocks);
  // "Party A (Shipper): NAME" lines, also where layout ran one on after the previous party's address.
  const roles = ctx.preamble.flatMap((b) => roleLinesOf(b.text).map((line) => ({ b, p: partyFromRoleLine(line) }))).filter((x): x is { b: Block; p: Party } => !!x.p);
  // Each party once: a cover and the first page (or a text file that repeats the header) give the same role line twice.
  const distinct = roles.filter((r, k) => roles.findIndex((q) => q.p.name === r.p.name && q.p.role === r.p.role) === k);
  if (distinct.length >= 2) return makeTerm(distinct.map((r) => r.p), distinct.map((r) => r.b.text).join('; '), distinct.map((r) => r.b));
  // A cover table or term sheet: "SELLER | Acme Ltd" rows, or "SPONSOR:" over "Name: | …". With one
  // party named in the opening ("between Acme Inc. and Distributor, as set forth below"), the sheet
  // names the other.
  const sheet = partiesFromTermSheet(ctx.preamble);
  if (sheet.parties.length >= 2) return makeTerm(sheet.parties, sheet.blocks.map((b) => b.text).join('; '), sheet.blocks, sheet.parties.some((p) => hasBlank(p.name)));
  // The opening's one party must read as a name: "between SDBF and Sponsor or between Padres L.P." in a clause is no opening.
  // A brand written in lower case is a name all the same: its first letter and its legal form may be small ("acme.com, inc.").
  const brand = (name: string): string => name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(LEGAL_FORM_END, '');
  if (sheet.parties.length === 1 && single && single.parties.every((p) => isNameShaped(brand(p.name).replace(/\b(?:d\/b\/a|dba|f\/k\/a)\b/gi, '')))) {
    const parties = withSheet(single.parties, sheet.parties);
    if (parties) return makeTerm(parties, single.text, [...single.blocks, ...sheet.blocks], parties.some((p) => hasBlank(p.name)));
  }
  // A cover line or table row that gives the parties after its label: "Parties: A Inc. and B Ltd", "PARTIES | A Inc. | B Ltd"
  // (one party to a cell), and a "PARTIES" heading run into its numbered list ("PARTIES (1) A Ltd …; and (2) B …").
  for (const b of ctx.preamble.slice(0, COVER_SPAN)) {
    // A text without line breaks runs the heading on after the sentence before it: "THIS AGREEMENT IS MADE ON 1 MAY 2020
    // PARTIES (1) Acme Ltd …": the heading is the word in capitals (or "Parties") right before the list's "(1)".
    const m = /^\s*(?:the\s+)?parties\s*(?:[:|]\s*|\s+(?=\(1\)\s|1\.\s))(\S.*)$/is.exec(b.text) ?? /\s(?:PARTIES|Parties)\s+(?=\(1\)\s)(\S.*)$/s.exec(b.text);
    const found = m ? partiesFromOpening(`between ${m[1]!.replace(/\s*\|\s*/g, '; ')}`, options) : [];
    if (found.length >= 2) return makeTerm(found, b.text, [b], found.some((p) => hasBlank(p.name)));
  }
  // Templates list parties under a "Parties:" label, one per line, often as blanks.
  // "Parties:", "THE PARTIES", "The Parties:": the label with or without its article.
  // A text without line breaks may run the heading on after the sentence before it ("This agreement is dated 5 May 2020.
  // PARTIES"), with the numbered entries in the blocks after it: the heading is then the block's last word, in capitals
  // or as "Parties", after a full stop or a colon, when the next block opens the list with "(1)" or "1.".
  const label = ctx.preamble.findIndex(
    (b, i) =>
      /^(?:the\s+)?parties\s*:?$/i.test(b.text.trim()) ||
      (/[.:]\s+(?:THE\s+)?(?:PARTIES|Parties):?\s*$/.test(b.text) && /^\s*(?:\(1\)|1\.)\s/.test(ctx.preamble[i + 1]?.text ?? '')),
  );
  // A "PARTIES" heading over a numbered list reads like an opening's list: "(1) A Ltd … ; and (2) B …".
  if (label >= 0) {
    const after: Block[] = [];
    // The entries may be numbered "1.", "2." in order, as they are "(1)", "(2)"; any other number starts the clauses.
    let entry = 1;
    for (const b of ctx.preamble.slice(label + 1, label + 1 + OPENING_SPAN)) {
      const numbered = /^\s*(\d{1,2})\.\s/.exec(b.text);
      if (numbered && +numbered[1]! === entry) entry++;
      else if (/^\s*(?:WHEREAS|RECITALS?|BACKGROUND|AGREED\s+TERMS|IT\s+IS\s+AGREED|NOW,?\s+THEREFORE|\d+\.\s|ARTICLE)\b/i.test(b.text)) break;
      after.push(b);
    }
    // Entries one to a line without numbers ("Acme Inc., a Delaware corporation ("Licensor")" over "Bolt LLC … ("Licensee")"):
    // the line that closes on a short name ends its entry, as a semicolon would.
    const joined = after.map((b) => b.text.replace(/^\s*(\d{1,2})\.\s+/, '($1) ')).reduce((all, t) => (!all ? t : /[”"]\)\s*$/.test(all) && /^\s*[A-Z]/.test(t) ? `${all}; ${t}` : `${all} ${t}`), '');
    const listed = partiesFromOpening(`between ${joined}`, options);
    if (listed.length >= 2) return makeTerm(listed, after.map((b) => b.text).join(' '), after, listed.some((p) => hasBlank(p.name)));
  }
  if (label >= 0) {
    const listed: Block[] = [];
    for (const b of ctx.preamble.slice(label + 1, label + 10)) {
      if (/^\s*\d+[.)]\s/.test(b.text) || b.clause) break;
      if (b.text.length < 1200 && /^(?:(?:or|and)\s+)?\[?[A-Z]/i.test(b.text.trim())) listed.push(b);
    }
    const names = listed
      .flatMap((b) => b.text.trim().split(/\s+(?:or|and)\s+(?=\[)/i))
      .map((t) => t.replace(/^(?:or|and)\s+/i, ''))
      .map((t) => ({ name: (/^(\[[^\]]+\]|[^,]+?)(?:,|\s+of\s+|$)/.exec(t)?.[1] ?? t).trim() }))
      .filter((p) => p.name && !/^(or|and)$/i.test(p.name));
    const unique = names.filter((p, i) => names.findIndex((q) => q.name === p.name) === i);
    if (unique.length) return makeTerm(unique, listed.map((b) => b.text).join(' '), listed, unique.some((p) => hasBlank(p.name)));
  }
  // Recitals that name and define each party, bound by a "NOW, THEREFORE, A and B agree" that names them: before any one
  // sentence's definitions, as a recital may define another body too ("… licensed to Acme by Oak University ("University")").
  const recited = partiesFromRecitals(ctx.preamble, options);
  if (recited) return makeTerm(recited.parties, recited.block.text, [recited.block]);
  let defined: { parties: Party[]; block: Block; text: string } | undefined;
  for (const s of ctx.opening) {
    const found = partiesFromDefinitions(s.text, options);
    if (found.length >= 2) return makeTerm(found, s.text, [s.block], found.some((p) => hasBlank(p.name)));
    if (found.length === 1 && hasEntityForm(found[0]!.name)) defined ??= { parties: found, block: s.block, text: s.text };
  }
  // A term sheet's party beside the one the summary's first sentence defines ("Acme LLC ("Acme") shall provide Sponsor …").
  if (sheet.parties.length === 1 && defined) {
    const parties = withSheet(defined.parties, sheet.parties);
    if (parties) return makeTerm(parties, defined.text, [defined.block, ...sheet.blocks]);
  }
  // An instrument signed by "the undersigned" (the "Subscriber"), whose name only the signature page gives, and the one
  // body the opening names ("… shares of Acme Corp. (the "Company")").
  if (defined) {
    const signer = undersignedParty(defined.text, defined.parties, ctx.blocks);
    if (signer) return makeTerm([signer, ...defined.parties], defined.text, [defined.block]);
  }
  // The same over whole opening blocks: a sentence splitter may end a sentence at a legal form's
  // full stop before a lower-case word ("Kestrel B.V. having an address at …").
  for (const b of ctx.preamble.slice(0, COVER_SPAN)) {
    const found = partiesFromDefinitions(b.text, options);
    if (found.length >= 2) return makeTerm(found, b.text, [b], found.some((p) => hasBlank(p.name)));
  }
  // An opening that names each party with its address and a short name, without "between" ("ACME SERVICES OF 1 PARK
  // ROAD, IRVINE, CALIFORNIA 92614 (ACME) certifies that … furnished by BOLT, INC. OF 4 OAK STREET, AUSTIN (BOLT) …").
  for (const b of ctx.preamble.slice(0, COVER_SPAN)) {
    const found = partiesWithAddresses(b.text, options);
    if (found.length >= 2) return makeTerm(found, b.text, [b]);
  }
  const numbered = coverNumbered(ctx.preamble.slice(0, COVER_SPAN), options);
  if (numbered) return makeTerm(numbered.parties, numbered.blocks.map((b) => b.text).join(' '), numbered.blocks);
  const table = coverTable(ctx.preamble.slice(0, COVER_SPAN));
  if (table) return makeTerm(table.parties, table.block.text, [table.block]);
  const cover = coverPair(ctx.preamble.slice(0, COVER_SPAN), options);
  if (cover) {
    const again = openingAfterContents(ctx, cover.parties, options);
    if (again) return makeTerm(again.parties, again.block.text, [again.block]);
    return makeTerm(cover.parties, cover.blocks.map((b) => b.text).join(' '), cover.blocks);
  }
  const capacities = coverCapacities(ctx.preamble.slice(0, COVER_SPAN), options);
  if (capacities) return makeTerm(capacities.parties, capacities.blocks.map((b) => b.text).join(' '), capacities.blocks);
  // An opening whose subject is the parties themselves, named bare: "Acme Inc. and Bolt LLC agree as of May 5, 2010 as follows:".
  // Only before the clauses and the signing: a closing "A Inc. and B LLC agree to the above" over the signatures is no opening.
  const body = ctx.blocks.findIndex((b) => !!b.clause || /\bIN\s+WITNESS\s+WHEREOF\b/i.test(b.text));
  const beforeBody = (s: { block: Block }): boolean => body < 0 || ctx.blocks.findIndex((b) => b.id === s.block.id) < body;
  const agreeing = ctx.opening.slice(0, 10).filter(beforeBody).map((s) => ({ s, parties: partiesAgreeing(s.text) })).find((x) => x.parties);
  if (agreeing?.parties) return makeTerm(agreeing.parties, agreeing.s.text, [agreeing.s.block]);
  // A letter agreement: its sender and its addressee.
  const letter = partiesFromLetter(ctx.preamble, ctx.blocks);
  if (letter) return makeTerm(letter.parties, letter.blocks.map((b) => b.text).join(' '), letter.blocks);
  const signed = signatories(ctx);
  if (signed) return makeTerm(signed.parties, signed.blocks.map((b) => b.text).join(' '), signed.blocks);
  // A purchase order or an order form on its issuer's letterhead: the letterhead names the issuer, one label the other
  // side ("Acme Inc." over "PURCHASE ORDER" and "Vendor: Bolt LLC").
  const issued = letterheadWithLabel(ctx.preamble, distinct.length === 1 ? distinct[0] : sheet.parties.length === 1 && sheet.blocks.length === 1 ? { b: sheet.blocks[0]!, p: sheet.parties[0]! } : undefined);
  if (issued) return makeTerm(issued.parties, issued.blocks.map((b) => b.text).join('; '), issued.blocks);
  // The last resort reads one "between" anywhere in the opening: a clause's "between the Software and another
  // independently created program" names no party, as its many words in lower case show (a brand may have one or two).
  if (single && !single.parties.some((p) => p.name.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|and|the|for|de|du|da|del|der|van|von|y|et)$/.test(w)).length > 3)) {
    const parties = splitJoinedPair(single.parties);
    return makeTerm(parties, single.text, single.blocks, parties.some((p) => hasBlank(p.name)));
  }
  return undefined;
}

/**
 * A sentence that starts with two parties named bare, joined by "and", as the subject of "agree" ("Acme Inc. and Bolt LLC
 * agree as of May 5, 2010 as follows:", "ANN LEE AND HARLOW DATA, INC. HEREBY AGREE …"). Group 1 is the subject.
 */
const BARE_SUBJECT_AGREES = /^\s*(.{5,200}?)\s*,?\s+(?:(?:each\s+)?(?:do\s+)?hereby\s+|mutually\s+)?(?:agree|covenant\s+and\s+agree)\b/i;

/**
 * The two parties such a sentence names: each a body with its legal form or a person's name, shaped as a name (so "The
 * parties" or "Each of the Buyer and the Seller" name none).
 */
export function partiesAgreeing(sentence: string): Party[] | undefined {
  const m = BARE_SUBJECT_AGREES.exec(sentence.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const pieces = m[1]!.split(/\s+(?:and|AND|&)\s+/).map((t) => t.trim().replace(/,$/, ''));
  if (pieces.length !== 2) return undefined;
  // One name to a piece: a list's "A Inc., B LLC and C LP" leaves a legal form inside its first piece.
  const single = (t: string): boolean => !hasEntityForm(t.replace(LEGAL_FORM_END, '').trim().replace(/,$/, ''));
  const named = pieces.every((t) => (hasEntityForm(t) && single(t) && !isGenericName(t) && isNameShaped(t.replace(LEGAL_FORM_END, '').trim())) || isPersonName(t));
  return named ? pieces.map((name) => ({ name })) : undefined;
}

/** The same subject with each party described and defined, up to "agree": group 1 is the subject. */
const DEFINED_SUBJECT_AGREES = /^\s*(?!(?:whereas|now|in\s+consideration|recitals?)\b)(.{10,600}?["”]\s*\))\s*,?\s+(?:(?:each\s+)?(?:do\s+)?hereby\s+|mutually\s+)?(?:agree|covenant\s+and\s+agree)\b/i;

/**
 * The parties a sentence names as its subject, each with its short name, read as a between list: "Acme Inc., a Delaware
 * corporation ("Acme") and Bolt LLC, 4 Oak Street, Austin ("Bolt") agree as of May 5, 2010 as follows:". Two parties
 * or more, each a named body or person with a short name; a recital's "WHEREAS, …" is none.
 */
export function definedPartiesAgreeing(sentence: string, options: { usedLater?: (s: string) => boolean } = {}): Party[] | undefined {
  const m = DEFINED_SUBJECT_AGREES.exec(sentence.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const parties = partiesFromOpening(`between ${m[1]!}`, options);
  return parties.length >= 2 && parties.every((p) => p.role && (hasEntityForm(p.name) || isPersonName(p.name))) ? parties : undefined;
}

/**
 * A release, a consent or an undertaking a person gives in the first person: "I, Jane Roe, residing at …, agree with Acme
 * Inc. …", "I, Tobias Wren, of 22 Elm Row, Leeds, hereby undertake to Harrowgate Ltd …". Group 1 is the person (two to four
 * capitalised words, or a blank), group 2 what follows the verb: the other party and its description.
 */
const FIRST_PERSON = /^\s*I,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*|_{3,}|\[[^\]]{1,40}\]),\s+(?:.{0,200}?,\s+)?(?:hereby\s+|do\s+hereby\s+)?(?:agree|covenant|undertake|acknowledge\s+and\s+agree|promise)\s+(?:with|to|for\s+the\s+benefit\s+of|in\s+favou?r\s+of)\s+(?:the\s+)?(?=\p{Lu}|_|\[)(.+)$/u;

/** How far past the opening blocks an opening after a table of contents may stand. */
const CONTENTS_SPAN = 400;

/**
 * The opening after a cover and its table of contents: the first block past the opening blocks (which a long table of
 * contents can fill) whose between/among list names the cover's parties again, each with a short name. Names are
 * compared without case, punctuation or spaces, so "ACME HOLDINGS, INC." on the cover is "Acme Holdings, Inc.".
 */
function openingAfterContents(ctx: TermContext, cover: readonly Party[], options: { usedLater: (s: string) => boolean }): { parties: Party[]; block: Block } | undefined {
  const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const start = ctx.preamble.length;
  for (const block of ctx.blocks.slice(start, start + CONTENTS_SPAN)) {
    if (!BETWEEN.test(block.text) || block.text.length > 3000) continue;
    const parties = partiesFromOpening(block.text, options);
    if (parties.length !== cover.length || !parties.every((p) => p.role)) continue;
    if (cover.every((c) => parties.some((p) => key(p.name) === key(c.name)))) return { parties, block };
  }
  return undefined;
}

/** The text from the second "between" / "among" of `text` on, or undefined when it has one only. */
function laterList(text: string): string | undefined {
  const first = BETWEEN.exec(text);
  if (!first) return undefined;
  const rest = text.slice(first.index + first[0].length);
  const at = rest.search(BETWEEN);
  return at >= 0 ? rest.slice(at) : undefined;
}

/**
 * One party from the opening and one from a term sheet, when they are two: the sheet's party is not
 * the opening's under another form of its name, nor the role the opening left to the sheet.
 */
function withSheet(opening: readonly Party[], sheet: readonly Party[]): Party[] | undefined {
  const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const extra = sheet.filter((s) => !opening.some((o) => key(o.name).includes(key(s.name)) || key(s.name).includes(key(o.name))));
  if (!extra.length) return undefined;
  // The opening's bare role ("and Distributor, as set forth below") is the party the sheet names.
  const kept = opening.filter((o) => !extra.some((s) => s.role && key(s.role) === key(o.name)));
  return [...kept, ...extra];
}

/**
 * Parties the opening defined before its between/among list ("Acme Media, Inc. ("ACM"), a Delaware
 * company, is the host … This Agreement is made between Bolt Ltd ("Bolt") and ACM"), by short name.
 * `upTo` is where the list starts in the last block.
 */
function definedBefore(blocks: readonly Block[], upTo: number, definedIn: Map<string, Party[]>): (shortName: string) => string | undefined {
  const byShort = new Map<string, string>();
  for (const [k, b] of blocks.entries()) {
    const text = k === blocks.length - 1 ? b.text.slice(0, Math.max(0, upTo)) : b.text;
    let defined = definedIn.get(text);
    if (!defined) definedIn.set(text, (defined = partiesFromDefinitions(text)));
    for (const p of defined) if (p.role && hasEntityForm(p.name) && !byShort.has(p.role)) byShort.set(p.role, p.name);
  }
  return (shortName) => byShort.get(shortName.replace(/[.,;:]+$/, ''));
}

/**
 * "between Acme and Bolt Entertainment Inc.": when the list yields one party whose name joins two
 * with "and", the list named two parties whose first had no legal form to end it. A contract has at
 * least two parties, so the one name is read as the two.
 */
function splitJoinedPair(parties: Party[]): Party[] {
  if (parties.length !== 1 || parties[0]!.role) return parties;
  const m = /^(\S.*?)\s+(?:and|AND|&)\s+(\S.*)$/.exec(parties[0]!.name);
  if (!m || /\s(?:and|AND|&)\s/.test(m[2]!)) return parties;
  return [{ name: m[1]!.replace(/,$/, '') }, { name: m[2]! }];
}

/**
 * Where one cell of a cover row run together ends: after a short name in quotes in parentheses (its closing quote may be
 * lost), before the next cell's first word or quote: 'ORVANE CORPORATION ("ORVANE") | "RESELLER" TALLIS DATA CORPORATION'
 * without its bar. Only there, so that a name that goes on after a bracket ("Zephyr (USA) Inc.") is not cut.
 */
const RUN_TOGETHER_CELLS = /(?<=\(["“][A-Za-z][\w&.-]{1,20}["”]?\))\s+(?=["“]?[A-Z])/;

/**
 * A cover table that sets each party in a cell of one row, with its role in quotes before it or its short name after it
 * ("ACME CORPORATION ("ACME") | "RESELLER" BOLT SYSTEMS CORPORATION"), the addresses in the rows below. Every cell
 * must be a whole name ending in its legal form, so a row of a price list is not read, nor one over signature lines.
 */
function coverTable(head: readonly Block[]): { parties: Party[]; block: Block } | undefined {
  for (const [i, b] of head.entries()) {
    // Names over the lines to sign on are a signature block's ("ACME FUND L.P. | BOLT LLC" over "By: … | By: …"), as are
    // rows after a testimonium or an instrument signed by "the undersigned".
    if (head.slice(i + 1, i + 4).some((n) => /\bBy\s*:|\/s\/|_{3,}/i.test(n.text))) continue;
    if (head.slice(0, i).some((n) => /\bthe\s+undersigned\b|\bIN\s+WITNESS\s+WHEREOF\b/i.test(n.text))) continue;
    // A text file that lost the table's columns runs the row's cells together on one line: a cell then ends at the
    // parenthesis that gives its party's short name ("ORVANE CORPORATION ("ORVANE") "RESELLER" TALLIS DATA CORPORATION").
    const cells = (b.kind === 'table-row' ? b.text.split('|') : b.text.split(RUN_TOGETHER_CELLS)).map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2 || cells.length > 4) continue;
    const parties = cells.map((cell): Party | undefined => {
      const before = /^["“]([A-Z][\w -]{1,30})["”]\s+(?=\S)/.exec(cell);
      const rest = before ? cell.slice(before[0].length) : cell;
      const name = nameOf(rest);
      if (!name || /[:/]/.test(name) || !LEGAL_FORM_END.test(name) || !isNameShaped(name) || name.split(/\s+/).length < 2 || isGenericName(name)) return undefined;
      // The short name after it, its closing quote sometimes lost ("ACME CORPORATION ("ACME)").
      const after = /\(["“]([A-Za-z][\w&.-]{1,20})["”]?\)/.exec(rest)?.[1];
      const role = before?.[1] ?? after;
      return role ? { name, role } : { name };
    });
    if (parties.every((p): p is Party => !!p)) return { parties, block: b };
  }
  return undefined;
}

/** A cover line that only registers a party: its company number, registration or registered office. */
const REGISTRATION_LINE = /^\s*\(?\s*(?:(?:company|registration|registered|reg\.|organi[sz]ation|corporate)\s+(?:no\.?|number|office|in|under|address)|registered\s+in|incorporated\s+(?:in|under)|whose\s+registered|ABN|ACN|CRN|CIN)\b.{0,120}$/is;

/** The same run on after the party's name on its line. */
const REGISTRATION_TAIL = /,?\s+\(?\s*(?:(?:company|registration|registered|reg\.|organi[sz]ation|corporate)\s+(?:no\.?|number)|registered\s+in|incorporated\s+(?:in|under)|whose\s+registered|ABN|ACN|CRN|CIN)\b.*$/is;

/**
 * A British cover page that numbers the parties, one to a line and nothing else on it: "(1) ACME PROPERTIES LIMITED" over
 * "(2) BOLT CAFES LIMITED", over or under the title and its date. The lines must run "(1)", "(2)", … in order and each
 * hold only a party's name (a legal form or a person's name), so that a numbered clause is not read.
 */
function coverNumbered(original: readonly Block[], options: { usedLater: (s: string) => boolean }): { parties: Party[]; blocks: Block[] } | undefined {
  // The number may stand after the name, set at the right margin ("ACME PROPERTIES LIMITED (1)"): read as "(1) ACME …".
  const head = original.map((b) => {
    const m = /^\s*([^()\s][^()]{1,150}?)\s+\((\d)\)\s*$/.exec(b.text);
    return m ? { ...b, text: `(${m[2]}) ${m[1]}` } : b;
  });
  const first = head.findIndex((b) => /^\s*\(1\)\s+\S/.test(b.text));
  if (first < 0) return undefined;
  const blocks: Block[] = [];
  for (const b of head.slice(first)) {
    // A line under a party's name that gives its company number or registered office ("Company number 08812345",
    // "(registered in England under number 08812345)") belongs to that party's entry: read past it.
    if (blocks.length && REGISTRATION_LINE.test(b.text)) continue;
    const m = /^\s*\((\d)\)\s+(\S.{0,150})$/s.exec(b.text);
    if (!m || +m[1]! !== blocks.length + 1) break;
    blocks.push(b);
  }
  if (blocks.length < 2) return undefined;
  // A text file runs the registration line under the name into its block ("(1) ACME LIMITED Company number 0881"): it goes.
  const parties = blocks.map((b) => partiesFromOpening(`between ${b.text.trim().replace(REGISTRATION_TAIL, '').replace(/[;,.]?\s*(?:and)?$/i, '')}`, options));
  if (parties.some((p) => p.length !== 1 || !(hasEntityForm(p[0]!.name) || isPersonName(p[0]!.name)) || !isNameShaped(p[0]!.name))) return undefined;
  // The line is the name alone (a short name or a company number after it may stay): no sentence goes on after it.
  if (blocks.some((b, k) => b.text.replace(/^\s*\(\d\)\s+/, '').length > parties[k]![0]!.name.length + 60)) return undefined;
  // The capacity a facility agreement's cover gives each party after its name, without a comma: "(1) ACME LIMITED as Borrower".
  const capacity = (b: Block): string | undefined => /\s+as\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,3})\s*[;,.]?\s*(?:and)?\s*$/.exec(b.text.trim())?.[1];
  return { parties: parties.map((p, k) => (p[0]!.role || !capacity(blocks[k]!) ? p[0]! : { ...p[0]!, role: capacity(blocks[k]!)! })), blocks };
}

/**
 * The issuer of a form on its letterhead and the party its one label row names: the letterhead is a block among the
 * first four that is a body's name alone (its legal form ending it), before the label, and not the labelled party.
 */
function letterheadWithLabel(head: readonly Block[], labelled: { b: Block; p: Party } | undefined): { parties: Party[]; blocks: Block[] } | undefined {
  if (!labelled) return undefined;
  const at = head.indexOf(labelled.b);
  const top = head.slice(0, Math.min(4, at < 0 ? 4 : at)).find((b) => {
    const t = b.text.trim().replace(/[,;]$/, '');
    return t.length <= 80 && LEGAL_FORM_END.test(t) && hasEntityForm(t) && isNameShaped(t.replace(LEGAL_FORM_END, '')) && nameOf(t) === t;
  });
  const name = top?.text.trim().replace(/[,;]$/, '');
  if (!top || !name || name.toLowerCase() === labelled.p.name.toLowerCase()) return undefined;
  return { parties: [{ name }, labelled.p], blocks: [top, labelled.b] };
}

/** How far into the opening a cover page's "A and B" line may stand. */
const COVER_SPAN = 12;

/**
 * A cover page that names the parties with no "between": "ACME HOLDINGS, LLC and REDWATER LLC", or
 * "Acme Inc." over "and Tarrow Ltd." Every piece must be a party (a legal form or a person's
 * name) and the names must make up the whole line, so a sentence that mentions two companies is not read.
 */
function coverPair(head: readonly Block[], options: { usedLater: (s: string) => boolean }): { parties: Party[]; blocks: Block[] } | undefined {
  for (const [i, b] of head.entries()) {
    const next = head[i + 1];
    const third = head[i + 2];
    // "Acme Inc." over "and Tarrow Ltd.", or over a line that is only "and" (or "- and -") with the other name under it.
    const blocks = next && /^\s*(?:and|&)\s+\S/i.test(next.text) ? [b, next] : next && third && /^[-–—\s]*(?:and|&)[-–—\s]*$/i.test(next.text) ? [b, next, third] : [b];
    // An exhibit's number set before the first name on the same line ("Exhibit 10.2 ACME LTD." over "and BOLT PLC") is no part of it.
    const text = blocks.map((x) => x.text.trim().replace(/^[-–—\s]*(and|&)[-–—\s]*$/i, '$1')).join(' ').replace(/\s+/g, ' ').replace(/^(?:exhibit|ex\.?)\s+[\w.()-]{1,12}\s+(?=\S)/i, '');
    if (text.length > 200 || /\b(?:between|among|agreement|dated|made|hereby|shall|by)\b/i.test(text) || !/\s(?:and|&)\s/i.test(text)) continue;
    const parties = partiesFromOpening(`between ${text}`, options);
    if (parties.length < 2 || parties.some((p) => !(hasEntityForm(p.name) || isPersonName(p.name)) || !isNameShaped(p.name))) continue;
    const named = parties.reduce((n, p) => n + p.name.length, 0);
    if (named >= 0.8 * text.replace(/\s(?:and|&)\s/gi, ' ').length) return { parties, blocks };
  }
  return undefined;
}

/** A cover line that gives the capacity of the party named on the line above it: "as Borrower", "as Administrative Agent,". */
const CAPACITY_LINE = /^\s*as\s+(?:the\s+|an?\s+)?([A-Z][\w-]*(?:(?:\s+|,\s*)(?:and\s+|&\s+)?[A-Z][\w-]*){0,5})\s*[,;.]?\s*(?:and)?\s*$/;

/**
 * A credit agreement's cover that sets each party's name on its own line with its capacity on the line under it and no
 * "between" or "and": "ACME INC." over "as Borrower", "BOLT BANK, N.A." over "as Administrative Agent". At least two such
 * pairs, each name a body or a person alone on its line, so a title over "as amended" is not read.
 */
function coverCapacities(head: readonly Block[], options: { usedLater: (s: string) => boolean }): { parties: Party[]; blocks: Block[] } | undefined {
  const parties: Party[] = [];
  const blocks: Block[] = [];
  for (const [i, b] of head.entries()) {
    // A text file runs the capacity into the name's block ("ACME INC., as Borrower,"): split it off.
    const joined = CAPACITY_LINE.test(head[i + 1]?.text ?? '') ? null : /^(.{3,100}?),\s+(as\s+[A-Z].*)$/s.exec(b.text.trim());
    const role = CAPACITY_LINE.exec(joined ? joined[2]! : head[i + 1]?.text ?? '')?.[1];
    const line = (joined ? joined[1]! : b.text).trim().replace(/^(?:and|&)\s+/i, '').replace(/[,;]$/, '');
    if (!role || line.length > 100 || /\b(?:between|among|agreement|dated|made)\b/i.test(line)) continue;
    const found = partiesFromOpening(`between ${line}`, options);
    const p = found[0];
    if (found.length !== 1 || !p || !(hasEntityForm(p.name) || isPersonName(p.name)) || !isNameShaped(p.name) || p.name.length < line.length - 2) continue;
    parties.push({ ...p, role: p.role ?? role });
    blocks.push(...(joined ? [b] : [b, head[i + 1]!]));
  }
  return parties.length >= 2 ? { parties, blocks } : undefined;
}

/** How many blocks after "the undersigned" or "IN WITNESS WHEREOF" the signature blocks may take. */
const SIGNATURE_SPAN = 400;

/**
 * Parties from signature blocks: for an instrument signed by "the undersigned" (a joint filing
 * agreement names its parties nowhere else), or when the opening named none, from the signature
 * page after "IN WITNESS WHEREOF". At least two, as a contract has.
 */
function signatories(ctx: TermContext): { parties: Party[]; blocks: Block[] } | undefined {
  const preambleEnd = ctx.preamble.length;
  let from = ctx.blocks.findIndex((b, i) => i < preambleEnd && /\bthe\s+undersigned\b/i.test(b.text));
  // A text without line breaks runs the testimonium on after the last clause ("… See Schedule 2. IN WITNESS WHEREOF, the
  // parties …"): in capitals it is the same words wherever the block starts; the signature blocks are what follows them.
  const testimonium = /^\s*IN\s+WITNESS\s+WHEREOF\b|(?<=\s)IN\s+WITNESS\s+WHEREOF\b/;
  const undersigned = from >= 0;
  if (!undersigned) from = ctx.blocks.findIndex((b) => /^\s*IN\s+WITNESS\s+WHEREOF\b/i.test(b.text) || testimonium.test(b.text));
  if (from < 0) return undefined;
  const blocks = ctx.blocks.slice(from, from + SIGNATURE_SPAN);
  const at = undersigned ? -1 : blocks[0]!.text.search(testimonium);
  if (at > 0) blocks[0] = { ...blocks[0]!, text: blocks[0]!.text.slice(at) };
  const parties = partiesFromSignatures(blocks);
  return parties.length >= 2 ? { parties, blocks: blocks.slice(0, 1) } : undefined;
}

/**
 * The words that bind the parties after the recitals: "NOW, THEREFORE, [in consideration of …,] Acme and Bolt agree as
 * follows" (also "the parties hereto", which names no one). Group 1 is who agrees.
 */
const NOW_THEREFORE_AGREE = /^\s*NOW,?\s+THEREFORE,?\s+(?:(?:in\s+consideration|for\s+good|for\s+and\s+in)\b[^;]*?,\s+)?(?:intending\s+to\s+be\s+legally\s+bound(?:\s+hereby)?,\s+)?(.+?),?\s+(?:hereby\s+|each\s+)?(?:agree|covenant|mutually\s+agree)\b/i;

/**
 * An opening made only of recitals, with no sentence that lists the parties: each party is named and defined in a
 * recital of its own ("WHEREAS, Acme Corp., a Delaware corporation ("Acme"), makes …; WHEREAS, Bolt LLC ("Bolt") …") and
 * the words after them bind them ("NOW, THEREFORE, Acme and Bolt agree …"). The parties are those the binding words
 * name, by short name or in full; a recital's other bodies (a licensor's own licensor, a lender) are not, unless named there.
 */
function partiesFromRecitals(preamble: readonly Block[], options: { usedLater: (s: string) => boolean }): { parties: Party[]; block: Block } | undefined {
  const at = preamble.findIndex((b) => NOW_THEREFORE_AGREE.test(b.text));
  if (at < 0) return undefined;
  const block = preamble[at]!;
  const who = NOW_THEREFORE_AGREE.exec(block.text)![1]!.trim();
  if (/^(?:the\s+)?parties\b/i.test(who)) return undefined;
  const defined: Party[] = [];
  // Recitals begin "WHEREAS" or are lettered under a "RECITALS" / "BACKGROUND" heading ("A. Acme Corp. ("Acme") makes …").
  for (const b of preamble.slice(0, at)) {
    if (!/^\s*(?:(?:WHEREAS|Whereas)\b|(?:\(?[A-H]\)|[A-H]\.)\s)/.test(b.text)) continue;
    for (const p of partiesFromDefinitions(b.text.replace(/^\s*(?:\(?[A-H]\)|[A-H]\.)\s+/, ''), options)) if (p.role && (hasEntityForm(p.name) || isPersonName(p.name)) && !defined.some((d) => d.name === p.name)) defined.push(p);
  }
  const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // Short names the recitals defined, one after another: "Acme, Bolt and Cole" (a short name has no legal form to end it).
  const byShort = who.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((w) => w.replace(/^the\s+/i, ''));
  const asShort = byShort.map((w) => defined.find((p) => (p.role ?? '').split(' / ').some((r) => key(r) === key(w))));
  const distinct = asShort.filter((p, k) => asShort.indexOf(p) === k);
  if (distinct.length >= 2 && asShort.every((p): p is Party => !!p)) return { parties: distinct as Party[], block };
  const named = partiesFromOpening(`between ${who}`, options);
  const parties: Party[] = [];
  for (const n of named) {
    const d = defined.find((p) => key(p.name) === key(n.name) || (p.role ?? '').split(' / ').some((r) => key(r) === key(n.name)));
    if (d) parties.push(d);
    else if (hasEntityForm(n.name) || isPersonName(n.name)) parties.push(n);
    else return undefined;
  }
  return parties.length >= 2 ? { parties, block } : undefined;
}

/**
 * The opening names a party only by its role, "the Company", the way a company's own form does ("This Agreement is made
 * between the Company and Ann Lee ("Consultant")"): the company is the one whose name heads the document, a line of its
 * own above the opening that is a whole name with its legal form (the letterhead).
 */
const ROLE_FIRST_IN_LIST = /^(?:the\s+)?(Company|Corporation|Bank|Partnership)\b(?!\s*[("“])(?=\s*,?\s*(?:and|&)\s)/;

function letterheadParty(head: readonly Block[], text: string, listed: readonly Party[]): Party | undefined {
  // Only the document's own opening sentence ("This Agreement is made between the Company and …"), not a recital or a
  // clause that speaks of another agreement between the company and someone else.
  if (!/^\s*(?:THIS|This)\s+(?:[\w-]+\s+){0,6}?(?:AGREEMENT|Agreement|agreement|CONTRACT|Contract|contract)\b/.test(text)) return undefined;
  const m = BETWEEN.exec(text);
  const role = m ? ROLE_FIRST_IN_LIST.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
  // The other party the opening names, with its own short name ("Ann Lee ("Consultant")").
  if (!role || listed.length !== 1 || !listed[0]!.role || listed.some((p) => p.role === role || p.name.toLowerCase() === role.toLowerCase())) return undefined;
  for (const b of head.slice(0, 4)) {
    const line = b.text.trim().replace(/[,.]\s*$/, (x) => (x.startsWith('.') ? '.' : ''));
    const name = nameOf(line);
    if (name && name === line && hasEntityForm(name) && LEGAL_FORM_END.test(name) && isNameShaped(name) && name.split(/\s+/).length <= 8) return { name, role };
  }
  return undefined;
}

/**
 * The opening's pointer to a party a label row names: "the Distributor named above", "the Customer identified on the Order
 * Form ("Customer")", "the Client specified below". Group 1 is the role word, group 2 the short name when one follows.
 */
const NAMED_IN_ROW = /\bthe\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:named|identified|specified|described|listed|set\s+forth|indicated|designated|shown)\s+(?:above|below|(?:on|in)\s+(?:the\s+|this\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Form|Page|Sheet|Schedule|Table|Box|Details))\b[^()“”"]{0,40}?(?:\((?:the\s+)?["“]([^"“”()]{1,30})["”]\))?/;

/**
 * The party a label row of the opening's page gives for the role the opening only points to ("Reseller: Acme Pty Ltd",
 * "Customer Name: | Bolt Ltd"), when the opening's list does not name it already.
 */
function partyNamedInRow(text: string, named: readonly Party[], preamble: readonly Block[]): Party | undefined {
  const m = NAMED_IN_ROW.exec(text);
  if (!m) return undefined;
  const role = m[1]!;
  const short = m[2] ?? role;
  const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (named.some((p) => (p.role ?? '').split(' / ').some((r) => key(r) === key(short)) && !/^the\s+\p{Ll}/u.test(p.name))) return undefined;
  const rows = [...preamble.flatMap((b) => roleLinesOf(b.text).map(partyFromRoleLine)), ...partiesFromTermSheet(preamble).parties];
  const row = rows.find((p): p is Party => !!p && key(p.role ?? '') === key(role));
  if (!row || named.some((p) => key(p.name) === key(row.name))) return undefined;
  return { name: row.name, role: short };
}

/**
 * The opening's pointer to parties a schedule lists: "the persons listed in Schedule 1 (each an "Investor")", "the entities
 * named on Exhibit A (the "Sellers")". Group 1 is the schedule's name, group 2 the short name when one follows.
 */
const LISTED_IN_SCHEDULE = /\bthe\s+(?:persons?|entities|individuals|parties|investors|holders|stockholders|shareholders|purchasers|lenders|members|guarantors|subsidiaries|sellers|buyers|vendors)\s+(?:\w+\s+)?(?:whose\s+names\s+(?:and\s+addresses\s+)?(?:are\s+)?)?(?:listed|named|identified|set\s+(?:forth|out)|specified|given)\s+(?:in|on|at)\s+((?:Schedule|Exhibit|Annex|Appendix|Annexure)\s+[A-Z0-9][\w.]{0,5})(?![\w.])(?:[^()“”"]{0,40}?\((?:each\s+(?:an?\s+|the\s+)?|individually\s+(?:an?\s+|the\s+)?|collectively\s*,?\s*(?:the\s+)?|together\s*,?\s*(?:the\s+)?|the\s+)?["“]([^"“”()]{1,30})["”]\))?/i;

/** How many blocks a schedule's table of parties may take. */
const SCHEDULE_SPAN = 40;

/**
 * The parties a schedule's table lists, for an opening that points to it: the schedule's heading ("SCHEDULE 1", "Schedule 1
 * – Investors") past the opening, then its rows, each giving one party in its first cell (a body's name with its legal
 * form, or a person's name); a header row ("Investor | Address") names none. Each takes the short name the opening gives.
 */
function partiesInSchedule(text: string, named: readonly Party[], blocks: readonly Block[]): Party[] {
  const m = LISTED_IN_SCHEDULE.exec(text);
  if (!m) return [];
  const title = m[1]!.replace(/\s+/g, ' ').replace(/\.$/, '');
  const heading = new RegExp(String.raw`^\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(' ', '\\s+')}(?![\w.])`, 'i');
  const at = blocks.findIndex((b) => heading.test(b.text) && b.text.length <= 100 && !b.text.includes(m[0]));
  if (at < 0) return [];
  const out: Party[] = [];
  let rows = 0;
  for (const b of blocks.slice(at + 1, at + 1 + SCHEDULE_SPAN)) {
    if (b.kind !== 'table-row') {
      if (rows) break;
      continue;
    }
    rows++;
    const cell = b.text.split('|')[0]!.trim().replace(/^\d{1,2}[.)]?\s+/, '').replace(/[,;]$/, '');
    const name = nameOf(cell);
    if (!name || name !== cell || !((hasEntityForm(name) && isNameShaped(name.replace(LEGAL_FORM_END, ''))) || isPersonName(name))) continue;
    if (named.some((p) => p.name === name) || out.some((p) => p.name === name)) continue;
    out.push(m[2] ? { name, role: m[2] } : { name });
  }
  return out;
}
