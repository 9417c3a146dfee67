/**
 * Where the contract itself ends and an instrument attached to it begins. Contracts attach, after
 * their text and signatures, the form of another agreement for a later step: "EXHIBIT C / FORM OF
 * CONFIDENTIALITY UNDERTAKING / This Undertaking is made … between [NAME] and [NAME]", a joinder, an
 * escrow agreement, a statement of work. Such a form has its own parties (often blank), its own date,
 * term, renewal and governing law; none of them is the contract's. The key terms are read from the
 * contract up to that point.
 */
import type { Block } from '../../../shared/document';
import { WITNESS } from './signatureDate';

/**
 * How much text must stand before an attachment's caption: the contract itself, however short (a joint filing
 * agreement runs to a page). Text files and flattened PDFs often lose the signature lines and the paragraph breaks,
 * so the amount of text, not the signatures, shows that the contract came first.
 */
const BODY_CHARS = 800;

/**
 * A caption that sets an attachment apart: "EXHIBIT C", "Schedule 2", "ANNEX A", "Appendix 1", "FORM OF …". A filing's
 * exhibit number ("EXHIBIT 10.43", "Exhibit 99.1") heads the contract itself, as filed, and is no attachment; nor is a
 * line that a sentence's reference to an appendix begins ("APPENDIX C or any later list …", "Exhibit B hereto shall …").
 */
const CAPTION = /^\s*(?:(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX(?:URE)?|Annex(?:ure)?|APPENDIX|Appendix|ATTACHMENT|Attachment)\s+(?!\d{1,3}\.\d)[\w()-]{1,6}\b|(?:FORM|Form)\s+(?:OF|of)\s+\S)(?!\s+(?:or|and|to|of|in|on|for|as|at|by|hereto|shall|will|is|are)\b)/;

/** The instruments an attached form may be, as its opening names it. */
const INSTRUMENT = String.raw`(?:AGREEMENT|Agreement|UNDERTAKING|Undertaking|CONTRACT|Contract|AMENDMENT|Amendment|ADDENDUM|Addendum|GUARANT(?:Y|EE)|Guarant(?:y|ee)|LEASE|Lease|LICEN[CS]E|Licen[cs]e|SUBLEASE|Sublease|SUBLICEN[CS]E|Sublicen[cs]e|ASSIGNMENT|Assignment|DEED|Deed|JOINDER|Joinder|(?:STATEMENT|Statement)\s+(?:OF|of)\s+(?:WORK|Work)|ORDER|Order|NOTE|Note)`;

/**
 * A full stop before a number, which ends no sentence: an abbreviated month's ("made as of Dec. 9, 2010 by and between
 * …"), "No. 4". The openings below are read up to a full stop, so this one is read as a space (same length, same places).
 */
const DOT_BEFORE_NUMBER = /\.(?=[ \t]{0,3}\d)/g;
const sentenceText = (text: string): string => text.replace(DOT_BEFORE_NUMBER, ' ');

/**
 * An instrument's own opening sentence: "This Confidentiality Undertaking (this "Undertaking") is made as of
 * [____], 20[__] by and between [NAME] …", "THIS ESCROW AGREEMENT is entered into among …": it names itself
 * (up to ten words before the instrument's noun), says it is made (entered into, dated, executed) and then, within the
 * sentence, between whom; "This Agreement … constitutes the entire agreement between the parties" is no opening.
 */
const OWN_OPENING = new RegExp(String.raw`(?:^|\s)(?:THIS|This)\s+((?:[A-Z][\w'’&,/-]*\s+){0,10}?${INSTRUMENT})\b[^.;]{0,300}?\b(?:made|entered\s+into|dated|executed|MADE|ENTERED\s+INTO|DATED|EXECUTED)\b[^.;]{0,300}?\b(?:between|among|amongst|BETWEEN|AMONG|AMONGST)\b(?!\s+(?:the|THE)\s+(?:parties|PARTIES)\b)`);

/**
 * The contract's own opening as it may also read, naming itself and then its parties with no verb between ("This
 * Referral Agreement (the "Agreement") between Acme Bank and you …"), but not "the entire agreement between the parties".
 */
const NAMES_ITS_PARTIES = new RegExp(String.raw`(?:^|\s)(?:THIS|This)\s+(?:[A-Z][\w'’&,/-]*\s+){0,10}?${INSTRUMENT}\b[^.;]{0,400}?\b(?:between|among|amongst|BETWEEN|AMONG|AMONGST)\b(?!\s+(?:the|THE)\s+(?:parties|PARTIES)\b)`);

/**
 * The contract's own opening when it does not name itself first: "AGREEMENT made as of May 1, 2020, between …",
 * "… is entered into by and between …". An attached instrument's opening must come after one: a list of exhibits
 * before the contract's opening (a contents page) names attachments, it does not start one.
 */
const MADE_BETWEEN = /\b(?:made|entered\s+into|dated|executed|effective)\b[^.;]{0,300}?\b(?:between|among|amongst)\b|\b(?:between|among|amongst)\b[^.;]{0,400}?\b(?:made|entered\s+into|dated|executed|effective)\b/i;

/**
 * An attachment that says it belongs to the contract: "This Order Form to the Hosting Agreement by and between …",
 * "This Agreement … forms part of the Licence Agreement", a statement of work "under" or "pursuant to"
 * the master agreement. It completes the contract (its order term, its dates) and is read with it.
 */
const PART_OF_CONTRACT = /\b(?:to|under|pursuant\s+to|(?:forms?|is|are)\s+(?:a\s+|an\s+integral\s+)?part\s+of|supplement(?:s|al|ary)?\s+to|incorporated\s+(?:in|into))\s+(?:the|that|this|such|said)\s+(?:[A-Z][\w&'’-]*\s+){0,6}(?:Agreement|AGREEMENT|Contract|CONTRACT)\b/;

/** The contract's signatures beside "IN WITNESS WHEREOF" (the testimonium the signature rules read): a signer's line ("By:", "/s/"), a seal or a chop. */
const SIGNER_MARK = /(?:^|\s)By\s*:|\/s\/|\((?:seal|chop|stamp)\)|\b(?:signature|seal|stamp)\s*(?:\(|:)/i;

/**
 * An attached press release (the form of an announcement the parties agreed to issue): its caption names one ("Exhibit
 * B / Form of Press Release"), or its first lines carry a wire service's or a release's own marks ("FOR IMMEDIATE
 * RELEASE", "(GLOBE NEWSWIRE)", "/PRNewswire/"). It announces the deal in a company's words (its history, its
 * headquarters, whom to call) and holds none of the contract's terms.
 */
const RELEASE_CAPTION = /\b(?:press|news)\s+release\b/i;
const RELEASE_MARK = /\bFOR\s+IMMEDIATE\s+RELEASE\b|\(\s*(?:GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|PR\s*NEWSWIRE|ACCESSWIRE|MARKETWIRED?)\s*\)|\/\s*PR\s*Newswire\s*\//i;
/** A caption's text is a title, not a sentence: "Exhibit B Form of Press Release", never "… shall issue a press release …". */
const CAPTION_TITLE_CHARS = 80;

/** Whether the attachment captioned at `i` is a press release (RELEASE_CAPTION, RELEASE_MARK). */
export function isPressRelease(blocks: readonly Block[], i: number): boolean {
  const caption = blocks[i]?.text ?? '';
  if (caption.length <= CAPTION_TITLE_CHARS && RELEASE_CAPTION.test(caption)) return true;
  return blocks.slice(i, i + OPENING_AFTER_CAPTION + 2).some((b) => RELEASE_MARK.test(b.text.slice(0, 600)));
}

/**
 * What the attachment is, as the warning and the Overview's note both say it: "a press release ("…"), an
 * announcement rather than terms" or "another instrument ("…") with its own opening, parties and terms".
 */
export function whatIsAttached(quoted: string, pressRelease: boolean): string {
  return pressRelease ? `a press release ("${quoted}"), an announcement rather than terms` : `another instrument ("${quoted}") with its own opening, parties and terms`;
}

/** The document's first lines, where its title stands. */
const HEAD_BLOCKS = 3;

/** How many blocks after its caption an attached instrument's opening may stand (its title, a blank line's remains). */
const OPENING_AFTER_CAPTION = 3;

/**
 * The index of the first block of the first instrument attached to the contract (its caption), or the number of blocks
 * when there is none. An attachment counts only with both marks: a caption ("EXHIBIT C", "FORM OF …"), and within the
 * next few blocks an opening of its own that names the parties it is made between and does not say it belongs to the
 * contract; and only after at least a page of the contract and after its own opening (or, when its opening reads
 * otherwise, past half of the document's text, and after its signatures or naming another instrument than the
 * document's first lines). A press release under a caption (isPressRelease) ends the contract too. A schedule that only completes the contract (prices, a term set out in a table, a list of
 * products) has no such opening, and stays.
 */
export function attachedInstrumentStart(blocks: readonly Block[]): number {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  // The contract's own name, as its first lines give it: an opening that names the same instrument is its own.
  const head = blocks.slice(0, HEAD_BLOCKS).map((b) => b.text).join(' ').replace(/\s+/g, ' ').toLowerCase();
  let before = 0;
  let opened = false;
  let signed = false;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // After the contract's recognised opening; or, for a contract that opens some other way ("The undersigned hereby
    // agree …", "Party A: … Party B: …"), past half of the document (where no contents page stands), after its
    // signatures or naming an instrument other than the one the document's first lines name.
    const late = before * 2 >= total;
    if ((opened || late) && before >= BODY_CHARS && CAPTION.test(text)) {
      // A press release attached after the contract is no part of it either, though it opens no instrument.
      if (isPressRelease(blocks, i)) return i;
      // The caption may carry the opening itself when the text ran the lines together.
      for (let j = i; j <= Math.min(blocks.length - 1, i + OPENING_AFTER_CAPTION); j++) {
        const opening = OWN_OPENING.exec(sentenceText(blocks[j]!.text));
        if (!opening || PART_OF_CONTRACT.test(blocks[j]!.text.slice(opening.index, opening.index + 600))) continue;
        const name = opening[1]!.replace(/\s+/g, ' ').toLowerCase();
        if (opened || signed || !head.includes(name)) return i;
      }
    }
    if (!opened) {
      const sentence = sentenceText(text);
      opened = NAMES_ITS_PARTIES.test(sentence) || MADE_BETWEEN.test(sentence);
    }
    signed ||= WITNESS.test(text) || SIGNER_MARK.test(text);
    before += text.length;
  }
  return blocks.length;
}
