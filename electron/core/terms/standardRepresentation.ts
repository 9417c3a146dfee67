/**
 * The standard representations every contract carries: that a party exists ("duly organized, validly
 * existing and in good standing"), may sign ("has full power and authority to enter into this
 * Agreement"), signed properly ("has been duly authorized, executed and delivered", "a legal, valid and
 * binding obligation"), breaks no other duty by signing ("the execution and performance of this
 * Agreement do not conflict with any other agreement to which it is a party") and needs no one's leave
 * ("no consent of any third party is required"). A lawyer reads past them: they say nothing of this
 * deal. A representation is left out of the summary only when every statement it makes is one of
 * these; one that also states something of the deal ("… and the Licensed Software does not infringe
 * the rights of any third party") stays.
 */

// Past this length a sentence is not read here (a document is untrusted input; the test stays linear).
const MAX_CHARS = 1500;

// "X represents and warrants (to Y) that", "X hereby represents and warrants as follows:", "Each
// Party represents to the other that": the lead-in, read up to where its statements start.
const LEAD_IN = /\brepresents?(?:\s*,)?(?:\s+(?:and|&)\s+(?:warrants?|covenants?|agrees?))*\b/i;
const LEAD_IN_END = /\b(?:that|as\s+follows)\b\s*:?|:/i;
// How far after "represents" the lead-in may run before its statements start ("to the other Party
// as of the Effective Date that").
const LEAD_IN_CHARS = 120;

// Where one statement ends and the next begins: "; (and)", an enumerator "(ii)", ", and that".
const STATEMENT_BREAK = /;\s*(?:and\s+|or\s+)?|\s\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+|^\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+|,?\s+and\s+that\s+/gi;

// Signing, performing or carrying out this contract: what the capacity, no-conflict and no-consent
// statements are about. Without it, "has authority to execute purchase orders", "no consent of the
// Miller is required to sell to an affiliate" grant or free something in the deal, and stay.
const THIS_CONTRACT = String.raw`(?:\b(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|amendment|contract|terms|transactions?)\b|\bits\s+obligations\b|\bhere(?:under|by|of)\b)`;
const CAPACITY = new RegExp(String.raw`\b(?:has|have|had|possess(?:es)?|with)\b[^;.]{0,80}?\b(?:power|authority|capacity)\b[^;]{0,80}?\bto\s+(?:enter\s+into|execute|deliver|perform|carry\s+out|consummate|sign)\b[^;]{0,100}?${THIS_CONTRACT}`, 'i');
const SIGNING = /\b(?:execution|executing|delivery|performance|performing|entering\s+into|entry\s+into|consummation)\b/i;

// Each standard statement, in the words drafters use for it.
const STANDARD: readonly ((s: string) => boolean)[] = [
  // capacity: a party has power, authority or capacity to sign and perform this contract, or to run its
  // business ("shall hold every licence a public authority requires to perform this Agreement" is a duty)
  (s) => CAPACITY.test(s) ||
    /\b(?:has|have|had|possess(?:es)?|with)\b[^;.]{0,80}?\b(?:power|authority)\b[^;]{0,60}?\bto\s+(?:own|lease|operate|carry\s+on|conduct)\b[^;]{0,60}?\bits\s+(?:business|assets|propert(?:y|ies))\b/i.test(s),
  // existence: duly organized or validly existing under some law (and in good standing), qualified to do
  // business where it trades ("a buyer must be duly organized and solvent" sets a condition)
  (s) => /\b(?:duly\s+(?:organi[sz]ed|incorporated|formed|established|created)|validly\s+existing)\b[^;]{0,160}?\b(?:laws?|jurisdiction|good\s*standing)\b|\b(?:licensed\s+or\s+)?qualified\s+to\s+do\s+business\b/i.test(s),
  // signing: this contract has been duly authorized, executed and delivered; a legal, valid and binding obligation
  (s) => !/\bcounterparts?\b/i.test(s) && /\bbeen\s+duly\s+(?:and\s+validly\s+)?(?:authori[sz]ed|executed|delivered)\b|\b(?:legal|valid)\s*,?\s+(?:valid\s+)?(?:and\s+)?binding\s+(?:obligations?|agreement)\b/i.test(s),
  // no conflict: signing or performing breaks no law, charter or other agreement; the signing is the
  // subject and its verb is negated ("the execution of this Agreement does not violate …", "entering
  // into this Agreement will not result in a breach of …", "by performing it, X is not in conflict
  // with …"). "A delay in performance shall not be considered a breach" excuses a delay: no such statement.
  (s) => /\b(?:execution|executing|delivery|performance|performing|signing|entering\s+into|entry\s+into|consummation)\b[^;]{0,120}?\b(?:will|shall|does|do|would|is|are)\s*,?\s+not\b(?:\s*,\s*and\s+(?:shall|will)\s+not\s*,?)?\s+(?:\w+\s+){0,3}?(?:violat\w*|conflict\w*|contraven\w*|breach\s+(?:any|its|the)\b|(?:constitute|cause|result\s+in)\s+(?:a|any)\s+(?:\w+\s+)?(?:default|breach|violation|conflict)|be\s+in\s+(?:conflict|violation))/i.test(s) ||
    /^\W*neither\s+(?:the\s+)?(?:execution|delivery|performance|signing|entry\s+into|consummation)\b[^;]{0,200}?\b(?:violates?|conflicts?|contravenes?|breach(?:es)?|constitutes?|results?\s+in)\b/i.test(s),
  // no consents: no approval, filing or consent of anyone is needed to sign or perform it
  (s) => SIGNING.test(s) && /\bno\s+(?:(?:further|other|additional)\s+)?(?:consents?|approvals?|authori[sz]ations?|filings?|registrations?|orders?)\b[^;]{0,200}\b(?:required|necessary|needed)\b|\b(?:consents?|approvals?)\b[^;]{0,100}\b(?:(?:is|are)\s+not\s+required|(?:has|have)\s+been\s+(?:duly\s+)?obtained)\b/i.test(s),
];

// What no standard representation says: an indemnity or a liability, an excused delay, a law against
// bribery or on exports (a compliance promise of its own), an assignment.
const OTHER_MATTER = /\bindemnif\w*|\bhold\s+harmless\b|(?<!\blimited\s)\bliab(?:le|ility|ilities)\b|\bforce\s+majeure\b|\bcorrupt\w*|\bbrib\w*|\bexport\w*|\bsanctions?\b|\bassign(?:s|ed|ment)?\b/i;

// A bit before the statements with no verb of its own ("This Agreement", "IMNTV") names their subject.
const VERB = /\b(?:is|are|has|have|shall|will|does|do|may|can|constitutes?)\b/i;
const SUBJECT_WORDS = 8;

/** Whether `sentence` is only standard representations (capacity, existence, signing, no conflict, no consents). */
export function isStandardRepresentation(sentence: string): boolean {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_CHARS || OTHER_MATTER.test(text)) return false;
  let body = text;
  const lead = LEAD_IN.exec(text);
  if (lead) {
    const after = text.slice(lead.index + lead[0].length, lead.index + lead[0].length + LEAD_IN_CHARS);
    const end = LEAD_IN_END.exec(after);
    if (!end) return false;
    body = text.slice(lead.index + lead[0].length + end.index + end[0].length);
  }
  const statements = body
    .replace(/[.;:\s]+$/, '')
    .split(STATEMENT_BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (!statements.length) return false;
  let standard = 0;
  for (const s of statements) {
    if (STANDARD.some((test) => test(s))) standard++;
    else if (!(s.split(' ').length <= SUBJECT_WORDS && !VERB.test(s))) return false;
  }
  return standard > 0;
}
