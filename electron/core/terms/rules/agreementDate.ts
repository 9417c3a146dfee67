/**
 * The agreement date: the date the opening says the contract is made, dated, entered into or
 * executed ("made as of June 1, 2000", "this 23rd day of December, 2003"), else a "Date:" line,
 * else the first date of the opening sentence. A date left blank in a template is reported blank.
 */
import type { Block } from '../../../../shared/document';
import type { KeyTerm } from '../../../../shared/terms';
import { hasBlank } from '../blanks';
import { isContentsEntry } from '../contents';
import { blankDateAtStart, datesPartyFormation, findDate, findDates, monthAndYearAtEnd, monthAndYearLine, PARTY_FORMED, placeBeforeDate } from '../date';
import { underRecitals } from '../recitals';
import { blankSignatureDate, signatureDate } from '../signatureDate';
import { citedBlocks, HEREINAFTER_OPENER, makeTerm, type Sentence, type TermContext } from '../termContext';
import { definedEffectiveDate } from './effectiveDate';

/**
 * The words that introduce the date of making: "is made", "dated", "entered into", "executed",
 * "signed", and a restatement's "is amended and restated" (said of this instrument, after "is": not
 * "the Credit Agreement, as amended and restated as of …", another agreement's), optionally followed
 * within 60 characters (not crossing a full stop or parenthesis, nor a verb that dates a party: "made between Acme
 * LLC, a company formed on May 1, 2001, and …" is not made on that day) by
 * "as of" / "on" / "this" / "effective" / "with effect from", then an optional "the".
 */
const MADE = new RegExp(
  String.raw`\b(?:is\s+)?(?:dated|made|entered\s+into|executed|signed|concluded|(?<=\bis\s+(?:hereby\s+)?)amended\s+and\s+restated)\b(?:(?:(?!\b${PARTY_FORMED}\b)[^.()]){0,60}?\b(?:as\s+(?:of|at)|on|this|effective(?:\s+as\s+(?:of|at))?|with\s+effect\s+from))?\s*(?:the\s+)?`,
  'gi',
);

/**
 * A making verb right before where the date would stand, with nothing between: "is dated", "is entered
 * into on", "made on", "executed on". A year alone after it is a date whose day and month were left blank.
 */
const YEAR_ONLY_CUE = /^(?:is\s+)?(?:dated|(?:made|entered\s+into|executed|signed|concluded)\s+on)$/i;
/**
 * A year alone where the date of making goes, then the opening goes on ("and is made", "between") or the year's
 * own name follows in any of the forms a short name is defined in: (the "Effective Date"), (hereinafter referred to
 * as the "Effective Date"), (hereinafter called "Date of Signing"). Group 1 is the year.
 */
const YEAR_ALONE = new RegExp(String.raw`^((?:19|20)\d\d)\s*(?:$|and\s+(?:is\s+)?made\b|between\b|\(${HEREINAFTER_OPENER}(?:the\s+)?["“‘'])`, 'i');

/** A recital or a definition, which speak of other agreements: "WHEREAS, A and B entered into …", "“Services Agreement” means …". */
const RECITAL = /^\s*(?:\(?[A-Z0-9]{1,2}[.)]\s*)?(?:WHEREAS|Whereas)\b|^\s*(?:[\d.]+\s*|\(?[a-z0-9]{1,3}\)\s*)?[“"‘'][^”"]{2,60}[”"’']\s/;

/**
 * The date of another agreement this one amends or acts under: "This First Amendment to the Supply
 * Agreement dated April 1, 2017 … is made this 22 day of June 2018", "under that certain Note Purchase
 * Agreement dated as of …", "the term of the Joint Use Agreement between the City and the Club dated …", "(as amended by an amendment agreement dated …)",
 * "supersedes the letter of intent between the parties dated …", "pursuant to a Unit Agreement (the "Unit
 * Agreement") dated as of …" (another instrument named with "a" as with "the"; a letter, a memorandum of
 * understanding, a term sheet, a proposal or an order is another instrument too). Matched against the
 * words just before a "dated".
 */
const OTHER_AGREEMENT_BEFORE = /\b(?:that\s+certain|(?:to|under|of|amends?|supersedes?|replaces?|amends\s+and\s+restates(?:\s+in\s+(?:its|their)\s+entirety)?)\s+(?:the|an?)|amended\s+by\s+(?:an?|the))\s+(?:[\w-]+,?\s+){0,6}?(?:agreement|contract|letter(?:\s+of\s+intent)?|memorandum(?:\s+of\s+understanding)?|term\s+sheet|proposal|quotation|purchase\s+order)\s*(?:\([^()]{0,60}\)\s*)?(?:,?\s*(?:by\s+and\s+)?between\s+[^;()]{1,100}?)?,?\s*$/i;

/**
 * Another agreement named, then the day it took effect: "This First Amendment amends the Orchard Agreement, effective as of
 * …", "under the Harvest Agreement between Kestrel and the Grower effective …". That date is the other agreement's, however far
 * its name stands from "amends". The other agreement is named as {@link OTHER_AGREEMENT_BEFORE} names it; matched
 * against the words just before the date.
 */
const OTHER_AGREEMENT_EFFECTIVE = new RegExp(String.raw`${OTHER_AGREEMENT_BEFORE.source.replace(/\$$/, '')}(?:made\s+)?effective(?:\s+(?:as\s+(?:of|at|from)|on|from))?\s*(?:the\s+)?$`, 'i');

/**
 * Another agreement named just before a verb of making, with nothing between: "under the terms of the
 * Agreement for Exchange of Information ", "that certain Loan Agreement ", "pursuant to the Services Agreement ".
 */
const OTHER_AGREEMENT_NAMED_BEFORE = /\b(?:that\s+certain|(?:to|under|of|amends?|supersedes?|replaces?)\s+the)\s+(?:[\w-]+,?\s+){0,6}?(?:agreement|contract)(?:\s+(?:for|on|of|regarding|relating\s+to)\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s*,?\s*$/i;

/** Words before a date that make it an end, not a start: "terminating on May 31, 2016", "until", "through". */
const ENDS_ON = /\b(?:terminat\w*|expir\w*|end\w*|until|through|thru|to)\s+(?:on\s+)?$/i;

/**
 * The agreement this one replaces, ends or restates, its date written after "of" or "from" as European
 * drafting writes it: "This Agreement, which replaces the distribution agreement of 1 January 2009, is made …".
 */
const REPLACED_BEFORE = /\b(?:replac|supersed|terminat|restat|cancel)\w*\s+(?:the\s+|that\s+|an?\s+)?(?:[\w-]+\s+){0,5}?(?:agreement|contract)\s+(?:of|from|dated)\s+$/i;

/** A label of the contract's start just before a date: "Effective Date: ", "COMMENCEMENT DATE - ". */
const START_LABEL_BEFORE = /\b(?:effective|commencement|start)\s+date\s*(?::|[-\u2013\u2014]+)\s*$/i;

/** What follows such a label's date when the opening ran into its line: "… THIS AGREEMENT is entered into by and between". */
const RUN_INTO_OPENING = /^\s*,?\s*(?:THIS|This)\b[^.]{0,200}\b(?:between|among|amongst|BETWEEN|AMONG|AMONGST)\b/;

/** An opening sentence: "This … Agreement (…) is made / entered into / dated …", then the parties ("between"). */
const LATE_OPENING = /^\W*(?:THIS|This)\s+[^.()]{0,150}?\b(?:AGREEMENT|Agreement|CONTRACT|Contract|AMENDMENT|Amendment)\b\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:(?:effective|dated|with\s+effect\s+from)\s+(?:as\s+(?:of|at)\s+)?([^()]{4,40}?)\s*(?:\([^()]{0,60}\)\s*)?,\s*)?(?:is\s+|shall\s+be\s+)?(?:made|entered\s+into|dated)\b(?=[\s\S]*\b(?:between|among|amongst)\b)/;
/** How far into the document such an opening may stand. */
const LATE_OPENING_BLOCKS = 600;

/**
 * An opening dated by the effective date's name: "is made as of the Effective Date", "entered into on the
 * Effective Date", "This Agreement, effective as of the Effective Date, is between …".
 */
const AS_OF_EFFECTIVE = /\b(?:(?:dated|made|entered\s+into|executed)\b[^.()]{0,60}?\b(?:as\s+(?:of|at)|on)|effective(?:\s+as\s+(?:of|at))?)\s+the\s+Effective\s+Date\b/i;

/** Where the signatures begin: dates written after it are the signatures' dates. */
const WITNESS = /\bin\s+witness\s+(?:whereof|hereof)\b/i;

/** The words that lead into the clauses ("agree as follows", "NOW, THEREFORE", "the following terms shall have the following meanings"), anywhere in a block. */
const BODY_BEGINS_WITHIN = /\bagree\w*\b[^.]{0,60}\bas\s+follows\b|\bNOW,?\s+THEREFORE\b|\bfollowing\s+meanings?\b/;

/** A sentence of the body, not of the opening: those words, or a numbered clause. */
const BODY_BEGINS = new RegExp(`${BODY_BEGINS_WITHIN.source}|^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+[A-Z]`);

/**
 * An opening whose subject is the parties and whose verb is "agree": "… agree as follows", with the date of their
 * agreement set between the verb and "as follows" ("agree, as of May 5, 2010, as follows", "hereby agree effective
 * June 1, 2011 as follows", "agree on 3 March 2014 as follows"): at most 40 characters of date, no full stop.
 */
const PARTIES_AGREE = /\bagree\s*,?\s*(?:(?:effective\s+(?:as\s+(?:of|at)\s+)?|as\s+(?:of|at)\s+|on\s+)[^.;:]{4,40}?\s*,?\s*)?as\s+follows\b/i;

/** A numbered clause's block: "2. Term. …", "4.1 The Supplier shall …". */
const NUMBERED_CLAUSE = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]/;

/** A cover page's connecting word on a line of its own, the parties' names set under it: "between", "by and between:", "among". */
const COVER_CONNECTOR = /^\W*(?:by\s+and\s+)?(?:between|among|amongst)\W*$/i;

/** An opening sentence of its own: "This … Agreement … between" (or "among"). */
const OPENING_ITSELF = /^\W*this\s+[^.]{0,200}?\b(?:agreement|contract|amendment|addendum|lease|licen[cs]e)\b[\s\S]{0,300}?\b(?:between|among|amongst)\b/i;

/** How long a cover page's lines run together may be: a title, a line or two of names, a date. */
const COVER_RUN = 250;
/**
 * What stands before a date that ends a cover's run of lines: a word of a title or a name, not a
 * sentence's word that makes it another date ("revised", "until", "amended") and not a comma or a
 * colon, after which a list or a label gives it.
 */
const COVER_DATE_BEFORE = /[\p{L}.)]\s+$(?<!\b(?:revised|amended|restated|updated|printed|version|terminat\w*|expir\w*|end\w*|until|through|to|from|on|of|in|at|by|before|after|or|and|page|dated|effective|as\s+(?:of|at)|the)\s+)/iu;

/**
 * Whether `text` can be a cover page's lines run together: short, naming the kind of instrument
 * ("… Supply Agreement …", "… Contract on …"), and no sentence in it (a running header or a
 * revision note is not a cover).
 */
function coverRun(text: string): boolean {
  return text.length <= COVER_RUN && COVER_TITLE_WORD.test(text) && !/\p{Ll}{2}[.;]\s+\p{Lu}/u.test(text) && !WITNESS.test(text);
}
const COVER_TITLE_WORD = /\b(?:agreement|contract|amendment|addendum|deed|lease|licen[cs]e|memorandum|protocol)\b/i;

/**
 * A definition opened before this point and not closed by a full stop: ""Prior Agreement" shall mean the … ". The full
 * stop of a company form or of "No." closes nothing: ""Cider Licence" refers to the licence Acme, Inc. gave Bolt Co.
 * dated as of …" is still the definition of another instrument. A list drafted in haste leaves out the verb, the
 * defined name followed (after a colon or a dash, or nothing) by what it names: ""Haulage Terms" the terms of carriage
 * Acme and Bolt signed on …", ""Lease": a lease dated …". (A quoted name in the opening is followed by a bracket or a
 * verb, not by "the": "(the "Agreement") is made …", "LEASE ("Lease") effective …".)
 */
const IN_DEFINITION = /[“"‘'][^”"]{2,60}[”"’'](?:\s+(?:shall\s+|will\s+)?(?:means?|refers?\s+to)\b|\s*[:\u2013\u2014-]?\s+(?:the|an?|that)\s)(?:[^“”".]|(?<=\b(?:Inc|Ltd|Co|Corp|Bros|No|Nos|L\.P|N\.A|S\.A|B\.V|N\.V|P\.C))\.)*$/i;

/** How many blocks after the opening paragraph may carry on its sentence (parties set on lines of their own). */
const OPENING_BLOCKS = 3;

/**
 * A short abbreviation the sentence splitter took for a full stop: an address's "Apt.", "Nr.", "Bl.",
 * a registered name's "B.C." or "S.A.". What follows in the same block is the same sentence.
 */
const ENDS_IN_ABBREVIATION = /(?:^|[\s(])(?:[A-Za-z]{1,3}|(?:[A-Za-z]\.){1,3}[A-Za-z])\.$/;

/**
 * A trade name after a party's legal name: "… Holdings Limited. d/b/a Northwind Voice, …", "LIMITED.
 * DBA …", "trading as …". No sentence begins with it, so the full stop before it closed the name, not the sentence.
 */
const TRADE_NAME_GOES_ON = /^(?:d\/b\/a|dba|doing\s+business\s+as|trading\s+as|t\/a)\b/i;

/** The opening sentence `i`, read on through the pieces of its block that such abbreviations (or a trade name) split off. */
function throughAbbreviations(opening: readonly Sentence[], i: number): Sentence {
  let s = opening[i]!;
  for (let j = i + 1; j < opening.length && j <= i + 6 && opening[j]!.at === s.at && (ENDS_IN_ABBREVIATION.test(s.text) || TRADE_NAME_GOES_ON.test(opening[j]!.text)); j++) {
    s = { ...s, text: `${s.text} ${opening[j]!.text}` };
  }
  return s;
}

/**
 * The words that set the opening's date after its party list, right after the last party (its short name's bracket or
 * quote, or its legal form): "…, and Bolt LLC ("Bolt"), dated as of June 1, 2010", "… (the "Lessee"), effective
 * January 1, 2010", "… ("Quillon"), as of April 14, 2020 (the "Effective Date")", "… Bolt Inc., this 2nd day of May".
 */
const DATE_AFTER_PARTIES = /(?:[)"”]|\b(?:Inc|Ltd|LLC|Corp|Co|L\.P|plc|GmbH|S\.A|B\.V|N\.V|AG)\.?)\s*,?\s*(?:and\s+)?(?:(?:is\s+|are\s+)?(?:made|entered\s+into|executed|signed)\s+)?(?:(?:dated|effective)\s+(?:as\s+(?:of|at)\s+|on\s+)?|as\s+(?:of|at)\s+|on\s+|this\s+(?=\d))(?:the\s+)?/gi;
/** Where an opening's party list ends at the latest: the recitals, or the words that lead into the clauses. */
const OPENING_LIST_ENDS = /\bWHEREAS\b|\bRECITALS?\b|\bBACKGROUND\b|\bW\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H\b|\bNOW,?\s+THEREFORE\b|\bagree\w*\b[^.]{0,60}\bas\s+follows\b/i;

/**
 * The date an opening sets after its party list (DATE_AFTER_PARTIES), read in `text` from `from` (just after the
 * opening's "between" or "among") to the recitals or the clauses, at most 1,500 characters: the date must close the
 * opening's sentence (a full stop, a comma or a semicolon after it, or its defining bracket), so a date inside a party's
 * description ("a Delaware corporation formed on May 1, 2001, with offices …") is not it.
 */
function dateAfterParties(text: string, from: number, ctx: TermContext): ReturnType<typeof findDate> {
  let rest = text.slice(from, from + 1500);
  const stop = rest.search(OPENING_LIST_ENDS);
  if (stop >= 0) rest = rest.slice(0, stop);
  for (const m of rest.matchAll(DATE_AFTER_PARTIES)) {
    const after = rest.slice(m.index + m[0].length);
    const d = findDate(after, ctx.dates);
    if (!d || d.index !== 0) continue;
    if (/^\s*(?:\([^()]{0,60}\)\s*)?(?:[.;,]|$)/.test(after.slice(d.text.length))) return d;
  }
  return undefined;
}

/** How many blocks a party list set out in paragraphs of its own may take: "BETWEEN:", a party, "AND:", a party, and a third. */
const LIST_BLOCKS = 6;

/**
 * The blocks after preamble block `i` that carry on its sentence, where that block ends without a full stop (its
 * verb or its "between:" waits for the party list): each next block up to the one that ends in a full stop, at most
 * LIST_BLOCKS, none of them a recital or past "IN WITNESS WHEREOF". Empty where the block ends its sentence, or no
 * later block does.
 */
function sentenceGoesOn(preamble: readonly Block[], i: number, witness: number): Block[] {
  if (/[.]\s*$/.test(preamble[i]!.text)) return [];
  const out: Block[] = [];
  for (let j = i + 1; j < preamble.length && j <= i + LIST_BLOCKS && (witness < 0 || j < witness); j++) {
    const next = preamble[j]!;
    if (RECITAL.test(next.text) || OPENING_LIST_ENDS.test(next.text)) return [];
    out.push(next);
    if (/[.]\s*$/.test(next.text)) return out;
  }
  return [];
}

/** Whether `text` holds dates and nothing else but their "Date:" labels and separators. */
function onlyDates(text: string, ctx: TermContext): boolean {
  const dates = findDates(text, ctx.dates);
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, '');
  return dates.length > 0 && rest.replace(/\bdated?\s*:|[\s|,.;]/gi, '') === '';
}

/** The opening dated by its effective date's name and the definition that gives that date outright, where both stand. */
function asOfEffectiveDefined(ctx: TermContext): { opening: Sentence; defined: KeyTerm } | undefined {
  // The opening sentence: it names the parties ("between") or starts with the contract ("THIS AGREEMENT … entered into as of the Effective Date provides …").
  const opening = ctx.opening.find((s) => AS_OF_EFFECTIVE.test(s.text) && (/\b(?:between|among|amongst)\b/i.test(s.text) || /^\W*this\b[^.]{0,120}?\b(?:agreement|contract)\b/i.test(s.text)) && !RECITAL.test(s.text));
  const defined = opening ? definedEffectiveDate(ctx) : undefined;
  return opening && defined ? { opening, defined } : undefined;
}

/** A letter's salutation on a line of its own: "Ladies and Gentlemen:", "Dear Ms. Hale:", "Dear Sirs,". */
const SALUTATION = /^\s*(?:Ladies\s+and\s+Gentlemen|Gentlemen|Dear\s+[^:,;.]{1,40}(?:\.\s*[^:,;.]{1,40})?)\s*[:,]\s*$/i;

/**
 * A letter agreement's date: the date line of its head, above the salutation ("March 3, 2012" / "Kestrel
 * Holdings Inc." / … / "Ladies and Gentlemen:"). The letter is made on the day it is dated; the "dated as of"
 * that its first paragraphs write after the salutation date the instruments it recites.
 */
function letterDate(ctx: TermContext): KeyTerm | undefined {
  const salutation = ctx.preamble.slice(0, 20).findIndex((b) => SALUTATION.test(b.text));
  for (const b of ctx.preamble.slice(0, Math.max(0, salutation))) {
    const t = b.text.trim();
    // A short line that is only a date, up to 60 characters as a cover page's below.
    const d = t.length <= 60 ? findDate(t, ctx.dates) : undefined;
    if (d && t.replace(d.text, '').replace(/[\s,.:]|dated?|as\s+(?:of|at)/gi, '') === '') return makeTerm(d.iso, t, [b]);
  }
  return undefined;
}

/**
 * What may join a blank date of making to an effective date written in full right after it: ", but made effective
 * as of", ", and effective as of", ", to be effective on", "effective from", and the same said with "effect": ", but made
 * with effect from", ", taking effect on". Only the joining words: the date must follow them at once.
 */
const THEN_EFFECTIVE = /^\s*,?\s*(?:(?:but|and)\s+)?(?:(?:is|shall\s+be|will\s+be|to\s+be)\s+)?(?:made\s+)?(?:effective\s+(?:as\s+(?:of|at|from)\s+|on\s+|from\s+)?|with\s+effect\s+(?:from|as\s+(?:of|at))\s+|(?:taking|to\s+take|takes)\s+effect\s+(?:as\s+(?:of|at|from)\s+|on\s+|from\s+))(?:the\s+)?/i;

/**
 * The whole date written as the contract's effective date right after a blank date of making (`blank`, at the start of
 * `after`), or undefined. An effective date itself left blank, or one set apart by other words, gives nothing.
 */
function effectiveAfterBlank(after: string, blank: string, ctx: TermContext): string | undefined {
  const at = after.indexOf(blank);
  if (at < 0) return undefined;
  const rest = after.slice(at + blank.length);
  const joined = THEN_EFFECTIVE.exec(rest);
  if (!joined) return undefined;
  const d = findDate(rest.slice(joined[0].length, joined[0].length + 60), ctx.dates);
  return d && d.index === 0 ? d.iso : undefined;
}

export function agreementDateRule(ctx: TermContext): KeyTerm | undefined {
  const witness = ctx.preamble.findIndex((b) => WITNESS.test(b.text));
  const letter = letterDate(ctx);
  if (letter) return letter;
  // Blocks, not sentences: a cover page sets "Dated as of November 20, 2019" as a heading line. Not
  // past "IN WITNESS WHEREOF", where each signer's "Signed on …" line is one signature's date.
  for (const [i, b] of ctx.preamble.entries()) {
    if (witness >= 0 && i > witness) break;
    const text = b.text.replace(/\s+/g, ' ');
    // Recitals and definitions speak of other agreements ("WHEREAS, A and B entered into a Services Agreement on …").
    if (RECITAL.test(text) || underRecitals(b)) continue;
    // "SIGNED at Johannesburg on 3 June 2011  For: …", "Signed on 3 June 2011 for …": a signer's block, whose date the signatures' rule
    // weighs against the other signer's (an opening "Executed at Pune on … between …" names the parties).
    if (/^\s*(?:signed|executed)\s+(?:at|on)\b/i.test(text) && !/\b(?:between|among)\b/i.test(text)) continue;
    for (const cue of text.matchAll(MADE)) {
      // A text that lost its line breaks runs the opening into the body: past the words that lead
      // into the clauses, "executed" and "dated" speak of other agreements.
      if (BODY_BEGINS_WITHIN.test(text.slice(0, cue.index))) break;
      // Inside a definition run into the block ("… 1.7 "Prior Agreement" shall mean the agreement entered into by A
      // and B on …"): it speaks of another agreement, as a block that starts with one does.
      if (IN_DEFINITION.test(text.slice(Math.max(0, cue.index - 200), cue.index))) continue;
      if (/\b(?:a|an|that\s+certain)\s+(?:[\w-]+\s+){0,5}(?:agreement|contract|amendment)\b/i.test(cue[0])) continue;
      if (/^dated\b/i.test(cue[0]) && OTHER_AGREEMENT_BEFORE.test(text.slice(Math.max(0, cue.index - 120), cue.index))) continue;
      // "… under the Agreement for Exchange of Information executed by the Supplier on …": the verb set
      // right after another agreement's name, not this one's "is entered into".
      if (/^(?:executed|signed|entered\s+into)\b/i.test(cue[0]) && OTHER_AGREEMENT_NAMED_BEFORE.test(text.slice(Math.max(0, cue.index - 160), cue.index))) continue;
      // "dated June 1, 2020, effective as of July 1, 2020": the cue's reach to "effective as of" passed
      // over the date of making itself.
      const within = findDate(cue[0], ctx.dates);
      if (within) return makeTerm(within.iso, text, [b]);
      const after = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 80);
      const d = findDate(after, ctx.dates);
      if (d && d.index < 16) return makeTerm(d.iso, text, [b]);
      // "made in June, 2010": a date given only to the month.
      const blank = blankDateAtStart(after.replace(/^in\s+/i, ''));
      if (blank) {
        // "is dated ________ __, 2015 and effective as of April 3, 2015": the date of making left
        // blank, the one the parties did write in the same breath dates the contract.
        const filled = effectiveAfterBlank(text.slice(cue.index + cue[0].length), blank, ctx);
        if (filled) return makeTerm(filled, text, [b]);
        return makeTerm(blank, text, [b], true);
      }
      // "THIS AGREEMENT is dated            2016": an English template leaves the day and month as
      // spaces, which the text closes up; only the year stands, at the line's end or before "and made".
      // The same after "entered into on" or "made on" ("… is entered into on 2018 (the "Effective Date")"):
      // no one writes a bare year after "on", so the day and month were left out of the filed copy.
      // The space left for the day and month may break the line, the year starting the next block.
      const endsBlock = after.trim() === '' && i + 1 < ctx.preamble.length && (witness < 0 || i + 1 <= witness);
      const yearText = endsBlock ? ctx.preamble[i + 1]!.text.replace(/\s+/g, ' ').trim().slice(0, 80) : after;
      const year = YEAR_ONLY_CUE.test(cue[0].trim()) ? YEAR_ALONE.exec(yearText) : null;
      if (year) return makeTerm(year[1]!, endsBlock ? `${text} ${yearText}` : text, endsBlock ? [b, ctx.preamble[i + 1]!] : [b], true);
      // "is made by and between A ("A") and B ("B"), as of June 1, 2010": the date set after the party list.
      const between = /^[^.]{0,40}?\b(?:between|among|amongst)\b/i.exec(after);
      const late = between ? dateAfterParties(text, cue.index + cue[0].length + between[0].length, ctx) : undefined;
      if (late) return makeTerm(late.iso, text, [b]);
      // The same with the list set out in paragraphs of its own ("… is made" / "BETWEEN:" / "A ("A");" / "AND:" / "B
      // ("B") this 7th day of May, 2010."): the opening's sentence goes on in the blocks after this one.
      const goesOn = sentenceGoesOn(ctx.preamble, i, witness);
      if (goesOn.length) {
        const joined = [text, ...goesOn.map((x) => x.text.replace(/\s+/g, ' '))].join(' ');
        const onward = joined.slice(cue.index + cue[0].length);
        const word = /^[^.]{0,40}?\b(?:between|among|amongst)\b/i.exec(onward);
        const lateOn = word ? dateAfterParties(joined, cue.index + cue[0].length + word[0].length, ctx) : undefined;
        if (lateOn) return makeTerm(lateOn.iso, joined, [b, ...goesOn]);
      }
    }
  }
  // "This Agreement is effective February ____, 2017 (the "Effective Date")", "effective this ______ day
  // of ________, 2013": the date of making left blank where only an effective date is written.
  for (const b of ctx.preamble) {
    const text = b.text.replace(/\s+/g, ' ');
    if (RECITAL.test(text)) continue;
    for (const cue of text.matchAll(/\b(?:effective\s+(?:as\s+(?:of|at)\s+|this\s+|on\s+)?|with\s+effect\s+from\s+)(?:the\s+)?/gi)) {
      const after = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 80);
      const blank = findDate(after, ctx.dates)?.index === 0 ? undefined : blankDateAtStart(after);
      if (blank) return makeTerm(blank, text, [b], true);
    }
  }
  // "Date: 17 July 2023" / "Dated: 15/07/2016" / "Effective Date: …" label lines; the value may be the next block.
  // A short contract's opening runs into its signatures: a date line there is one signature's date,
  // and the contract is made on the last of them.
  for (const [i, b] of ctx.preamble.entries()) {
    if (witness >= 0 && i > witness) break;
    const labelOnly = /^\s*(?:agreement\s+)?dated?\s*:?\s*$/i.test(b.text) ? ctx.preamble[i + 1] : undefined;
    const m = /^\s*(?:agreement\s+)?dated?\s*:\s*(.{2,})$/i.exec(labelOnly ? `Date: ${labelOnly.text.trim()}` : b.text.trim());
    // A short value, or a row of signature dates however they are written ("Date: the 16th day of
    // October, 2017   Date: the 5th day of November, 2017"), not a sentence that starts with "Date:".
    if (!m || (m[1]!.length > 40 && !onlyDates(m[1]!, ctx))) continue;
    const cited: Block[] = labelOnly ? [b, labelOnly] : [b];
    const text = cited.map((x) => x.text).join(' ');
    // "Date: 1/26/2020 | Date: 1/27/2020", a row of signature dates: the last signature makes the contract.
    const d = findDates(text, ctx.dates).sort((x, y) => (x.iso < y.iso ? 1 : -1))[0];
    if (d) return makeTerm(d.iso, text, cited);
    if (hasBlank(m[1]!)) return makeTerm(m[1]!.trim(), text, cited, true);
  }
  // "on or about [Date of Safe Execution] (the "Date")": a date left blank in a template.
  for (const s of ctx.opening) {
    const m = /(\[[^\]]{1,40}\])\s*\((?:the\s+)?[“"‘'](?:Effective\s+)?Date[”"’']\)/i.exec(s.text) ?? /\b(?:dated|as of|on or about|on)\s+(\[[^\]]{0,30}\bdate\b[^\]]{0,30}\])/i.exec(s.text);
    if (m) return makeTerm(m[1]!, s.text, [s.block], true);
  }
  // A cover page's date on a line of its own ("August 21, 2018"). Not past "IN WITNESS WHEREOF": in a
  // contract short enough to end within these lines, a date there is one signature's ("Date: March 1,
  // 2019" under the first signer, "Date: March 4, 2019" under the second), and the last one makes it.
  // A letterhead set as a table puts that date in a cell of its own, beside the sender's address
  // ("03/01/05 | 12 Harbour Road"): each cell of a row is a line.
  for (const [i, b] of ctx.preamble.slice(0, 20).entries()) {
    if (witness >= 0 && i >= witness) break;
    const cells = b.kind === 'table-row' && i < 3 ? b.text.split('|') : [b.text];
    for (const cell of cells) {
      const t = cell.trim();
      // Up to 60 characters, so a date written the formal way ("the 27th day of September in the year 2011") is one line's too.
      const d = t.length <= 60 ? findDate(t, ctx.dates) : undefined;
      if (d && t.replace(d.text, '').replace(/[\s,.:]|dated?|as\s+(?:of|at)/gi, '') === '') return makeTerm(d.iso, t, [b]);
      // A letter's place and date: "Portland, Oregon, June 3, 2011".
      if (d && placeBeforeDate(t.slice(0, d.index)) && t.slice(d.index + d.text.length).trim() === '') return makeTerm(d.iso, t, [b]);
    }
  }
  // The opening sentence that names the parties usually carries the date too, "effective as of" it
  // when no other date of making is given; a date of another agreement ("amends the Agreement dated …") is not it.
  let openingAt: number | undefined;
  let listGoesOn = false;
  let coverStart = false;
  for (const [i, first] of ctx.opening.entries()) {
    if (witness >= 0 && first.at >= witness) break;
    // The opening's parties set as a list under it ("… is made by and between:", "(1) Acme Corp.
    // (“Company”); and", "(2) Bolt LLC (“Distributor”) this 7th day of May, 1999."): each item, the
    // last one ending the sentence, is the opening sentence going on, its date the date of making.
    const partyItem: boolean = listGoesOn && openingAt !== undefined && first.at > openingAt;
    listGoesOn = partyItem ? /(?:;|[;,]?\s+and)\s*$/i.test(first.text) : /\b(?:between|among|amongst)\s*:?\s*$/i.test(first.text);
    // Also an opening whose subject is the parties: "Effective December 3, 2019, Acme Inc. and Bolt LLC agree as follows",
    // "Acme Inc. and Bolt LLC agree as of May 5, 2010 as follows" (PARTIES_AGREE).
    if ((!partyItem && !/\b(?:between|among|agreement)\b/i.test(first.text) && !PARTIES_AGREE.test(first.text)) || RECITAL.test(first.text) || underRecitals(first.block)) continue;
    // A contents page's entry ("4. SCOPE OF THE AGREEMENT ........ 3"), or a run of them in one block, set before the
    // opening: never the opening itself, which stands after the list.
    if (isContentsEntry(first.block.text)) continue;
    // Only the opening paragraph (and the lines of parties set under it): a clause further on that
    // mentions the agreement dates something else.
    // The body begins where the parties say they agree as follows, or a numbered clause starts: a
    // text that lost its line breaks runs the opening, the recitals and the first clauses into one block.
    // The sentence may stand after its clause's number and heading ("2. Term. The term of this Agreement is from …"):
    // the block's start says so.
    if (openingAt !== undefined && (BODY_BEGINS.test(first.text) || (!partyItem && first.at > openingAt && NUMBERED_CLAUSE.test(first.block.text)))) break;
    // A cover page in ordinary case: its "between" on a line of its own, each party's name under it, then the
    // title again and the opening itself ("This Fruit Supply Agreement is made between …"). The cover
    // took the opening's place; the opening starts again at its own sentence.
    if (coverStart && openingAt !== undefined && first.at > openingAt && OPENING_ITSELF.test(first.text)) {
      openingAt = first.at;
      coverStart = false;
    }
    if (openingAt === undefined) coverStart = COVER_CONNECTOR.test(first.text);
    openingAt ??= first.at;
    if (first.at > openingAt + OPENING_BLOCKS) break;
    const s = throughAbbreviations(ctx.opening, i);
    // Not a date that a label line gives when the line ran into the opening sentence once the line
    // breaks were lost ("SUPPLY AGREEMENT Effective Date: April 3, 2017 THIS SUPPLY AGREEMENT is entered
    // into by and between …"): on its own line above the opening, that label dates the contract's start,
    // not its making, and no rule here reads it. (A row of labels that names no parties, "Agreement No.:
    // 12  Effective Date: March 1, 2017  Term: 1 Year", is still read as before.)
    // Nor a date in a party's description ("… Bolt LLC, a Delaware limited liability company formed on May 1, 2001
    // (the "Lessee")"): it dates the party, not the contract; a date further on in the opening may still be the contract's.
    const d = findDates(s.text, ctx.dates).find((x) => !(START_LABEL_BEFORE.test(s.text.slice(0, x.index)) && RUN_INTO_OPENING.test(s.text.slice(x.index + x.text.length))) && !datesPartyFormation(s.text.slice(0, x.index)));
    const before = d ? s.text.slice(0, d.index) : '';
    if (d && !/\b(?:dated|amended|amends|pursuant)\b[^.]{0,30}$/i.test(before) && !ENDS_ON.test(before) && !REPLACED_BEFORE.test(before) && !OTHER_AGREEMENT_EFFECTIVE.test(before)) {
      // "This Agreement is effective 3/1/97 ("Effective Date") between …", "… takes effect from …": the opening
      // gives only the day the contract takes effect, no date of making; signatures dated after it make the contract on the last of them.
      if (/\b(?:effective|takes?\s+effect|with\s+effect)\s+(?:as\s+(?:of|at|from)\s+|on\s+|from\s+)?(?:the\s+)?$/i.test(before) && !/\b(?:made|entered|executed|signed|concluded|dated)\b/i.test(before)) {
        const signed = signatureDate(ctx);
        if (signed && signed.iso > d.iso) return makeTerm(signed.iso, `${signed.blocks.map((x) => x.text).join(' ')} (signed)`, signed.blocks);
      }
      return makeTerm(d.iso, s.text, [s.block]);
    }
  }
  // An opening set after a long table of contents or list of exhibits, past the blocks read above:
  // "This Distributorship Agreement ("Agreement") is entered into as of March 18, 2019 … by and between".
  // Also in the opening blocks, when a cover page or a contents list there took the place of the opening.
  for (const s of ctx.sentences) {
    if (s.at >= LATE_OPENING_BLOCKS) break;
    const opening = LATE_OPENING.exec(s.text);
    if (!opening) continue;
    // Set between the name and the verb: "This Agreement, effective as of May 2, 2011 (the "Effective
    // Date"), is made by and between …".
    const aside = opening[1] ? findDate(opening[1], ctx.dates) : undefined;
    if (aside?.index === 0) return makeTerm(aside.iso, s.text, [s.block]);
    // Right after the verb: "… is entered into as of March 18, 2019", "… made this 4th day of …".
    const after = s.text.slice(opening[0].length, opening[0].length + 80);
    const d = findDate(after, ctx.dates);
    if (d && d.index < 24 && !datesPartyFormation(after.slice(0, d.index))) return makeTerm(d.iso, s.text, [s.block]);
    // After the party list: "… is entered into by and between A ("A") and B ("B"), as of March 18, 2019 (…)". The
    // sentence may have been cut at an abbreviation in an address: the block is read on from the opening.
    const blockText = s.block.text.replace(/\s+/g, ' ');
    const at = blockText.indexOf(s.text.replace(/\s+/g, ' ').slice(0, 60));
    const between = at >= 0 ? /^[^.]{0,40}?\b(?:between|among|amongst)\b/i.exec(blockText.slice(at + opening[0].length)) : null;
    const late = between ? dateAfterParties(blockText, at + opening[0].length + between[0].length, ctx) : undefined;
    if (late) return makeTerm(late.iso, s.text, [s.block]);
  }
  // A cover page whose lines were run together (a text that lost its line breaks): its date ends the
  // run, after the title and the names ("Supply Agreement  Prepared by: Acme Inc.  October 2, 2015").
  for (const b of ctx.preamble.slice(0, 20)) {
    const t = b.text.trim();
    if (!coverRun(t)) continue;
    const d = findDates(t, ctx.dates).at(-1);
    if (!d || t.slice(d.index + d.text.length).replace(/[\s.]/g, '') !== '') continue;
    if (COVER_DATE_BEFORE.test(t.slice(0, d.index))) return makeTerm(d.iso, t, [b]);
  }
  // A cover page dated only to the month ("July 2013" on a line of its own, or ending its run of
  // lines), when nothing above gave a whole date: the contract's date with its day missing, reported as a blank.
  for (const b of ctx.preamble.slice(0, 20)) {
    const t = b.text.trim();
    const atEnd = coverRun(t) ? monthAndYearAtEnd(t) : undefined;
    const monthOnly = monthAndYearLine(t) ?? (atEnd && COVER_DATE_BEFORE.test(t.slice(0, t.lastIndexOf(atEnd))) ? atEnd : undefined);
    if (monthOnly) return makeTerm(monthOnly, b.text, [b], true);
  }
  // An opening without a date of its own ("as of the Effective Date", "the date of last signature"):
  // the contract is made when it is signed. Not when it says its date is written above: that date was
  // there and is lost (or left blank), and the signatures may be days apart from it.
  // The date written above is then the defined effective date, where the opening is dated by that name and a definition gives it outright.
  const dateAbove = ctx.opening.some((s) => /\bdate\s+(?:first\s+)?(?:set\s+forth|written|stated|shown)\s+above\b/i.test(s.text));
  const byName = asOfEffectiveDefined(ctx);
  if (dateAbove && !byName) return undefined;
  const signed = dateAbove ? undefined : signatureDate(ctx);
  if (signed) return makeTerm(signed.iso, `${signed.blocks.map((b) => b.text).join(' ')} (signed)`, signed.blocks);
  // Signatures without dates, and an opening "made as of the Effective Date" whose name a definition further
  // on gives a date outright (""Effective Date" means March 3, 2016."): the contract is dated that day. (Where the
  // signatures carry dates, the dev labels take the last of them, as above.) A definition that points at an
  // event or at the signatures gives no date here.
  if (byName) return makeTerm(byName.defined.value, `${byName.opening.text} (${byName.defined.text})`, [byName.opening.block, ...citedBlocks(byName.defined, ctx)]);
  // Terms accepted online rather than signed carry only the date of their version, on a line of its own
  // above the title ("Last Updated: March 3, 2015", "Last revised on 2 May 2019"): the terms are those of that date.
  for (const [i, b] of ctx.preamble.slice(0, 10).entries()) {
    if (witness >= 0 && i >= witness) break;
    const t = b.text.trim();
    const m = /^last\s+(?:updated|revised|modified)\s*(?::|on\b)?\s*(.{6,30})$/i.exec(t);
    const d = m ? findDate(m[1]!, ctx.dates) : undefined;
    if (d && m![1]!.replace(d.text, '').replace(/[\s,.]/g, '') === '') return makeTerm(d.iso, t, [b]);
  }
  // The signatures' date left blank in the filed copy ("Dated the ____ day of June, 2011") is a blank, not a date.
  const blank = blankSignatureDate(ctx);
  if (blank) return makeTerm(blank.text, `${blank.block.text} (signed)`, [blank.block], true);
  return undefined;
}
