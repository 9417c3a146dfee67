/**
 * Whether a sentence opens with a verb in its base form and so has no subject of its own: an item
 * of a list whose lead-in carries the subject ("Each Party agrees to: … (b) Report to the other
 * Party any use …", "The Supplier shall: 1. Keep the plant running … 2. Provide support …"). Shown
 * alone it reads as a command to nobody. The caller decides that the sentence sits in a list; this
 * only reads its first word, in its sentence, with the part-of-speech tagger the app already ships
 * (a word list would miss verbs, and "Purchase prices are …" or "Access to the site is …" open with
 * nouns that a list would take for verbs).
 */
import nlp from 'compromise';

// An enumerator or clause number before the first word: "(b) ", "b. ", "1. ", "4.2 ", "(iv) ".
// A page number the extractor glued before it ("1 b. Report …") goes too.
const LEADING_ITEM = /^(?:\d{1,3}\s+(?=\(|[a-z][.)]))?(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{2,5}|\d{1,3})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+/i;
// A command's second word is lower-case ("Report to …", "Ensure that …", "Keep the …"). A capital
// there continues a name that is the subject ("Party B shall …", "Service Provider will …"), which
// the tagger may read as a verb; so does a verb among the next few words ("Pin codes may …").
const SUBJECT_FOLLOWS = /^\S+\s+(?:\p{Lu}|\S+\s+(?:\S+\s+)?(?:shall|will|may|must|can|cannot|is|are|was|were|has|have)\b)/u;

// An opening phrase of time or condition before the command: "Within fifteen days of a request, provide …".
const OPENING_PHRASE = /^(?:within|upon|after|before|during|following|prior\s+to|promptly|at\s+any\s+time|if|when|whenever|unless|until|in\s+the\s+event)\b[^,;:]{0,160},\s+(?=\p{Ll})/iu;

export function opensWithCommand(sentence: string): boolean {
  const item = sentence.trim().replace(LEADING_ITEM, '');
  const body = item.replace(OPENING_PHRASE, '');
  if (!/^\p{L}\p{Ll}+\s+\p{Ll}/u.test(body) || (body === item && !/^\p{Lu}/u.test(body)) || SUBJECT_FOLLOWS.test(body)) return false;
  const first = nlp(body).terms().first();
  // The lead-in's subject may also govern a verb in the third person ("• Includes all shares issued;
  // • Excludes …"): a present-tense verb ending in "s" with no subject of its own. A plural noun
  // ("Sales of …") is tagged as a noun.
  return first.has('#Infinitive') || (first.has('#PresentTense') && /^\p{L}+s\b/u.test(body));
}
