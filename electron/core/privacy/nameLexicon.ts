/**
 * What makes a word part of a name in one contract. The strongest signal is the contract itself: a
 * word it also writes in lower case ("company", "capital", "exact") is vocabulary, while a word it
 * only ever capitalises ("Zentrovax", "QuillCo") is a name. Role words, legal forms, months and
 * places are never distinctive on their own.
 */
import nlp from 'compromise';
import { inEnglishWordList } from '../terms/inEnglishWordList';

/** Legal-form words: "Inc.", "GmbH", "S.A.", "Pty Ltd"; also the joint-stock forms ("JSC", "OJSC") and the Russian forms written before a name ("OOO"). */
const LEGAL_FORM_WORDS = new Set(
  'inc incorporated llc ltd limited corp corporation company co gmbh ag se sa sas spa srl sarl bv nv plc llp lp na pty as ab asa oy kg kgaa ulc pllc pc ltda gie sl slu kk bhd sdn pte aps oyj berhad jsc ojsc cjsc pjsc ooo zao oao'.split(' '),
);

/** Roles and contract vocabulary: never a name on their own, however they are capitalised. */
const ROLE_WORDS = new Set(
  (
    'agreement agreements amendment addendum contract party parties company companies customer customers client clients licensor licensors ' +
    'licensee licensees sublicensee sublicensor distributor distributors supplier suppliers vendor vendors buyer buyers seller sellers ' +
    'purchaser purchasers manufacturer manufacturers contractor subcontractor consultant consultants agent agents affiliate affiliates ' +
    'provider providers recipient recipients discloser disclosing receiving producer promoter sponsor sponsors club employer employee ' +
    'executive individual owner owners operator developer reseller resellers publisher partner partners member members bank lender ' +
    'lenders borrower borrowers grantor grantee franchisor franchisee franchisees landlord tenant lessor lessee investor investors ' +
    'guarantor holder holders trustee trustees manager managers shipper carrier broker dealer dealers representative representatives ' +
    'collaborator collaborators originator servicer issuer underwriter sponsor endorser talent artist author host licensing marketing ' +
    'service services product products territory effective date term initial renewal section article schedule exhibit annex appendix ' +
    'attachment recitals whereas witness whereof now therefore by name title its date dated attn attention address email phone fax ' +
    'telephone facsimile copy with to if the a an of and or for in on at as this that these those such each any all other president ' +
    'vice chief officer director secretary treasurer chairman ceo cfo coo general counsel senior managing authorized signatory ' +
    // Titles abbreviated in signature blocks and notices ("EVP Sales", "SVP, Corporate Development").
    'vp evp svp avp cto cio cmo clo ' +
    'signature page sole principal legal department notices notice confidential information board directors committee common stock ' +
    'shares closing purchase price dollars usd united states america state states county city district province republic federal ' +
    'government court courts laws law code act rules rule commission exchange securities sec america north south east west central ' +
    'new mr mrs ms dr prof jr sr ii iii iv llc paragraph paragraphs subparagraph subparagraphs clause clauses subsection subsections ' +
    'item items page pages part parts recital'
  ).split(' '),
);

// Words of agreement titles, which preambles and headers repeat in capitals: vocabulary, but a
// party may be named after one ("Guaranty Bank"), so they are not role words.
const TITLE_WORDS = new Set(
  (
    'license licence supply distribution sale lease loan credit employment consulting development collaboration manufacturing ' +
    'joint venture cooperation sponsorship endorsement franchise hosting maintenance outsourcing transportation agency strategic ' +
    'alliance co-branding promotion master amended restated non-disclosure confidentiality settlement security pledge guaranty ' +
    'indemnity escrow option warrant subscription intellectual property trademark patent software content website'
  ).split(' '),
);

const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '));

// Places a contract names for law, venue and addresses: not the parties' names.
const PLACES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas ' +
    'kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey ' +
    'mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming columbia ontario quebec british alberta canada england wales scotland ireland kingdom britain germany france ' +
    'italy spain netherlands switzerland sweden norway denmark finland belgium luxembourg austria israel china hong kong japan korea ' +
    'india singapore australia brazil cayman islands bermuda bvi virgin puerto rico taiwan macau beijing shanghai shenzhen london paris ' +
    'tokyo chicago boston francisco angeles diego houston dallas seattle atlanta miami denver philadelphia minneapolis usa us uk eu prc ' +
    'european asia pacific americas international delaware nasdaq nyse ' +
    // US state codes in addresses ("Berkeley, CA 94710").
    'al ak az ar ca co ct de fl ga hi ia ks ky la md ma mi mn mo mt ne nv nh nj nm ny nc nd oh ok pa ri sc sd tn tx ut vt va wa wv wi wy dc'
  ).split(' '),
);
// The state codes that are also English words or abbreviations ("in", "or", "me", "id", "il"): not in the list of places,
// since a heading in capitals writes them as words ("ORAL OR WRITTEN"), but no name either.
const STATE_CODES_ALSO_WORDS = new Set(['IL', 'ID', 'IN', 'ME', 'OR']);

/**
 * A US state code that is also a word, written in capitals ("IL", "OR"): a state where an address stands ("Lake Forest,
 * IL 60045"), never a name on its own.
 */
export function isCapitalStateCode(word: string): boolean {
  return STATE_CODES_ALSO_WORDS.has(word.trim().replace(/[.,]+$/, ''));
}

// Roles a party is called by in its own contract ("the Licensee", "Transporter" is found by its stem).
const PARTY_ROLES = new Set(
  (
    'company companies customer client licensor licensee sublicensee sublicensor distributor supplier vendor buyer seller purchaser ' +
    'manufacturer contractor subcontractor consultant agent affiliate provider recipient discloser producer promoter sponsor employer ' +
    'employee executive owner operator developer reseller publisher partner member bank lender borrower grantor grantee franchisor ' +
    'franchisee landlord tenant lessor lessee investor guarantor holder trustee manager shipper carrier broker dealer representative ' +
    'collaborator originator servicer issuer underwriter endorser talent artist author host merchant transporter repairer marketer ' +
    'servicer processor administrator acquiror acquirer purchaser assignor assignee'
  ).split(' '),
);

/**
 * An ordinary English word in any case ("Harvest", "Schedule", "Contents"), by the English word
 * list; loaded only when a document is redacted.
 */
export function isEnglishWord(word: string): boolean {
  const w = bareWord(word);
  return w.length > 0 && inEnglishWordList(w);
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
let placeLexicon: Record<string, string | string[]> | undefined;

/** A city, state, country or region ("Arizona", "San Francisco", "CA"), as an address or the governing law names it. */
export function isPlace(name: string): boolean {
  const w = name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.,]+$/, '');
  if (PLACES.has(w.replace(/[^\p{L}]/gu, ''))) return true;
  placeLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = placeLexicon[w];
  return tags !== undefined && [tags].flat().some((t) => PLACE_TAGS.has(t));
}

// The nouns and adjectives of a state's or a region's formal name: "the Republic of Korea", "the Russian Federation",
// "the United Arab Emirates", "the Hong Kong Special Administrative Region", "New South Wales".
const STATE_WORDS = new Set(
  (
    'republic federation kingdom state states emirates union commonwealth province provinces territory territories island islands ' +
    'region special administrative democratic people peoples socialist federal federative islamic united arab principality grand duchy ' +
    'sultanate plurinational new north south east west northern southern eastern western central'
  ).split(' '),
);

/**
 * A place written out as a phrase, or a list of them ("the Republic of Korea and the Russian Federation", "People's
 * Republic of China"): every word a place, a nationality ("Russian") or a word of a state's formal name, and at least one
 * place or nationality. Where goods come from and which law governs are the contract's meaning, not a party's identity.
 */
export function isPlaceName(value: string): boolean {
  const words = value.split(/[\s,]+/).filter((w) => w && !/^(?:of|the|and|&)$/i.test(w));
  if (words.length === 0 || words.length > 12) return false;
  let place = false;
  for (const w of words) {
    if (isPlaceWord(w) || isDemonym(w)) place = true;
    else if (!STATE_WORDS.has(bareWord(w))) return false;
  }
  return place;
}

// Words that, with a place, say what kind of body a party is or which statute governs it ("a Delaware corporation",
// "an exempted company", "the Delaware General Corporation Law"), never what it is called.
const DESCRIPTION_WORDS = new Set(
  'law laws act code statutes general business nonprofit non-profit professional public private benefit statutory stock joint liability exempted exempt domestic foreign'.split(' '),
);
// Nouns that make a run an organisation's name ("Kestrel Holdings, Delaware" is a body and where it is, not a town).
const ORGANISATION_NOUNS = new Set('holdings holding group bank trust partners fund foundation university association institute capital ventures'.split(' '));
const PART_REFERENCE = /^(?:section|article|clause|schedule|exhibit|annex|appendix|paragraph)s?\s+[\p{L}\p{N}.()-]{1,20}$/iu;
const TOWN_AND_STATE = /^(\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,2}),\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})$/u;

/**
 * Capitalised words that describe a party or point into the contract rather than name anyone: a place with legal
 * forms or the words of a statute only ("Delaware Corporation", "Nevada Limited Liability Company", "Delaware General
 * Corporation Law"), a town with its state or country ("Springfield, Illinois"), a reference to a part of the document
 * ("Section 3.1.2(a)"). A name has a word of its own ("Delaware Trust Company", "Texas Instruments Incorporated").
 */
export function isDescription(value: string): boolean {
  const v = value.replace(/\s+/g, ' ').trim();
  if (PART_REFERENCE.test(v)) return true;
  const town = TOWN_AND_STATE.exec(v);
  if (town && (isPlace(town[2]!) || isPlaceName(town[2]!)) && !town[1]!.split(' ').some((w) => isLegalFormWord(w) || ORGANISATION_NOUNS.has(bareWord(w)))) return true;
  if (isTownBeforeState(v)) return true;
  const words = v.split(/[\s,]+/).filter((w) => w && !/^(?:of|the|and|&|a|an)$/i.test(w));
  if (words.length === 0 || words.length > 8) return false;
  let place = false;
  let kind = false;
  for (const w of words) {
    if (isPlaceWord(w) || isDemonym(w)) place = true;
    else if (LEGAL_FORM_WORDS.has(bareWord(w)) || DESCRIPTION_WORDS.has(bareWord(w))) kind = true;
    else return false;
  }
  return place && kind;
}

const TOWN_BEFORE_STATE = /^(\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+)?)\s+(\p{Lu}\p{Ll}{3,}(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}{2})$/u;

/**
 * A town and its state or country written without a comma ("Salem Vermont", "Auburn Iceland", "Redwood CA"): the state
 * is written out or is a US state's postal code, and each word of the town is one the tagger or the English word list knows (a town is named after a person, a
 * thing or a place) but no given name, role, legal form or organisation's noun. A word nobody knows ("Zentrovax
 * Texas") may be a company's, and a given name first ("Imogen Texas") makes a person.
 */
function isTownBeforeState(v: string): boolean {
  const m = TOWN_BEFORE_STATE.exec(v);
  if (!m || !(isPlace(m[2]!) || isPlaceName(m[2]!))) return false;
  // A state's postal code counts only as one of our list, never one that is also a word ("Salem OR"), which a heading
  // in capitals writes too.
  if (/^\p{Lu}{2}$/u.test(m[2]!) && (!PLACES.has(m[2]!.toLowerCase()) || isCapitalStateCode(m[2]!))) return false;
  placeLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const lexicon = placeLexicon;
  return m[1]!.split(/\s+/).every((w) => {
    const b = bareWord(w);
    if (isFirstName(w) || isRoleWord(w) || LEGAL_FORM_WORDS.has(b) || ORGANISATION_NOUNS.has(b) || STATE_WORDS.has(b)) return false;
    return lexicon[b] !== undefined || inEnglishWordList(b) || isPlace(w);
  });
}

/**
 * One word of a place's name. An acronym counts only from our own list ("USA", "UK", "PRC"): the tagger's lexicon also
 * holds airport and city codes, which are often a company's initials.
 */
export function isPlaceWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return /^\p{Lu}{1,4}$/u.test(letters) ? PLACES.has(letters.toLowerCase()) : isPlace(word);
}

/** A nationality or a people's adjective ("Russian", "Korean"), by the tagger's lexicon. */
function isDemonym(word: string): boolean {
  placeLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = placeLexicon[bareWord(word)];
  return tags !== undefined && [tags].flat().includes('Demonym');
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** A common given name ("Imogen", "Rafe"): what makes "Imogen Fairley" a person although "fairley" might be a word. */
export function isFirstName(word: string): boolean {
  placeLexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = placeLexicon[bareWord(word)];
  return tags !== undefined && [tags].flat().some((t) => FIRST_NAME_TAGS.has(t));
}

/** A role a party is called by ("Licensee", "Distributors", "Transporter"): never a party's name. */
export function isPartyRole(word: string): boolean {
  const w = bareWord(word);
  return PARTY_ROLES.has(w) || PARTY_ROLES.has(w.replace(/s$/, ''));
}

/** Lower-cased letters of a word ("Zentrovax’s" → "zentrovax"). */
export function bareWord(word: string): string {
  return word
    .replace(/[’']s$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function isLegalFormWord(word: string): boolean {
  return LEGAL_FORM_WORDS.has(bareWord(word));
}

// Letters after a person's name that say what the person is, not who ("Imogen Taverly, CBE, FRS", "Rafe Dunmore, Esq.",
// "Ph.D."). Only ones no state, month or common word shares ("MD" is also Maryland, "MA" Massachusetts).
const POST_NOMINALS = new Set('esq esquire phd dphil cbe obe mbe kbe dbe frs freng qc kc cpa mba llm frcs fca cfa'.split(' '));

/** Letters written after a person's name (a degree, an honour, "Esq."): part of that name, never a name of their own. */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(bareWord(word));
}

export function isRoleWord(word: string): boolean {
  const w = bareWord(word);
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, ''));
}

export interface NameLexicon {
  /** A word that marks a name in this contract: never written in lower case here, not a role, month, place, nationality or legal form. */
  isDistinctive(word: string): boolean;
  /** The contract writes this word in lower case somewhere (it is ordinary vocabulary here). */
  isVocabulary(word: string): boolean;
  /**
   * A word that can only be a name: distinctive here and not an ordinary English word either
   * ("Zentrovax", but not "Transporter" or "Contents", which a contract may only ever capitalise).
   */
  isNameWord(word: string): boolean;
  /** The contract writes this word capitalised at least three times as often as in lower case ("Harrow" beside one "harrow the soil"). */
  isMostlyCapitalised(word: string): boolean;
  /** An acronym of a phrase of the contract's ordinary words ("JSC" for its "Joint Steering Committee", "IP"). */
  isVocabularyAcronym(word: string): boolean;
}

// Runs of two to six capitalised words, with the small words a phrase keeps inside ("Joint Steering Committee", "Bank of
// the Isles"); each word at most 31 characters, so each start is tried in constant time.
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]+(?:(?:of|and|for|the|on|in|to|&)[ \t]+){0,2}\p{Lu}[\p{L}'’-]{0,30}){1,5}/gu;
/** The small words a capitalised phrase keeps inside (those CAPITALISED_RUN allows), lower case. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);

/**
 * Initials of the contract's own phrases. An acronym made of the initials of a phrase of ordinary words ("IP" for
 * "Intellectual Property", "MTA" for "Material Transfer Agreement") is the contract's vocabulary, unless the initials
 * also fit a phrase holding a name, a given name, a place, a legal form or an organisation's noun ("DCD" for "Dunmore
 * Cable Devices Inc.", whose part "Cable Devices" is ordinary words): a party's acronym stays a name.
 */
function vocabularyAcronyms(texts: readonly string[]): Set<string> {
  const ordinary = new Set<string>();
  const named = new Set<string>();
  const known = new Map<string, boolean>();
  const isOrdinary = (w: string): boolean => {
    const b = bareWord(w);
    let v = known.get(b);
    if (v === undefined) {
      v = inEnglishWordList(b) && !isFirstName(b) && !isPlace(b) && !isDemonym(b) && !LEGAL_FORM_WORDS.has(b) && !ORGANISATION_NOUNS.has(b);
      known.set(b, v);
    }
    return v;
  };
  for (const text of texts) {
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const words = m[0].split(/[ \t]+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
      const plain = words.map(isOrdinary);
      // A company's name may be all ordinary words before its form ("Cable Devices Inc."): none of its parts is vocabulary.
      const body = words.some((w) => LEGAL_FORM_WORDS.has(bareWord(w)) || ORGANISATION_NOUNS.has(bareWord(w)));
      for (let i = 0; i < words.length; i++) {
        let initials = words[i]!.charAt(0).toLowerCase();
        let tainted = body || !plain[i];
        for (let j = i + 1; j < words.length; j++) {
          initials += words[j]!.charAt(0).toLowerCase();
          tainted ||= !plain[j];
          (tainted ? named : ordinary).add(initials);
        }
      }
    }
  }
  for (const n of named) ordinary.delete(n);
  return ordinary;
}

/** The lexicon of one contract, from all its text. */
export function createNameLexicon(input: Iterable<string>): NameLexicon {
  const texts = [...input];
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const raw of texts) {
    // E-mail addresses and web addresses ("jane_roe+legal@acme.com") are not the contract writing a word in lower case.
    // An address starts where its token does (the leftmost match would anyway): tried from every
    // character of a long token, the pattern was quadratic.
    const text = raw.replace(/(?<![^\s<>()])[^\s<>()]+@[^\s<>()]+|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ');
    // Parts of domains ("acme.com") are not either.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}@./])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}@]|\.\p{L})/gu)) {
      const w = bareWord(m[0]);
      lower.set(w, (lower.get(w) ?? 0) + 1);
    }
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu)) {
      const w = bareWord(m[0]);
      upper.set(w, (upper.get(w) ?? 0) + 1);
    }
  }
  const isVocabulary = (word: string): boolean => {
    const w = bareWord(word);
    return lower.has(w) || (w.endsWith('s') && lower.has(w.slice(0, -1)));
  };
  let acronyms: Set<string> | undefined;
  const isVocabularyAcronym = (word: string): boolean => /^\p{Lu}{2,6}$/u.test(word.replace(/[’']s$/, '')) && (acronyms ??= vocabularyAcronyms(texts)).has(bareWord(word));
  // A compound of the contract's own words ("Third-Party", "Opt-In", "DESCRIPTION/OBJECTIVES") marks no name, though the
  // contract never writes the compound itself in lower case. Each part has two letters at least: "i-Quill" is a name.
  const isVocabularyCompound = (word: string): boolean => {
    const parts = word.replace(/[’']s$/i, '').split(/(?<=\p{L})[-‐‑/](?=\p{L})/u);
    return parts.length > 1 && parts.length <= 4 && parts.every((p) => bareWord(p).length >= 2 && isVocabulary(p));
  };
  const lexicon: NameLexicon = {
    isVocabulary,
    isVocabularyAcronym,
    // An acronym of the contract's ordinary words ("IP") is no name on its own, though it may be a word of one ("USA MCO").
    isNameWord: (word) => lexicon.isDistinctive(word) && !isEnglishWord(word) && !isVocabularyAcronym(word) && !isVocabularyCompound(word),
    isMostlyCapitalised(word) {
      const w = bareWord(word);
      return (upper.get(w) ?? 0) >= 3 * Math.max(1, lower.get(w) ?? 0);
    },
    isDistinctive(word) {
      const w = bareWord(word);
      if (w.length < 2 || /^\d+$/.test(w)) return false;
      // Two-letter words count only as an acronym written in capitals ("GE"), never as "Of" or "To".
      if (w.length === 2 && !/^\p{Lu}{2}$/u.test(word.replace(/[^\p{L}]/gu, ''))) return false;
      if (ROLE_WORDS.has(w) || TITLE_WORDS.has(w) || MONTHS.has(w) || PLACES.has(w) || LEGAL_FORM_WORDS.has(w) || isCapitalStateCode(word)) return false;
      // A nationality ("Russian", "Korean") is capitalised in every contract: it marks no name on its own.
      if (isDemonym(w)) return false;
      return !isVocabulary(word);
    },
  };
  return lexicon;
}

// The nouns that head the name of a public body, a court or a professional body: "the Securities and Exchange Commission",
// "the Court of Chancery", "the Patent and Trademark Office", "the Financial Conduct Authority", "the American Arbitration
// Association". None is a legal form, and none is the head of a company's name.
const PUBLIC_BODY_NOUNS = new Set(
  'association commission committee court courts agency office authority board bureau administration council ministry tribunal department chamber exchange registry'.split(' '),
);

/**
 * A public body, a court or an association named in ordinary words only ("the Securities and Exchange Commission", "Court of
 * Chancery", "American Arbitration Association", "Ministry of Commerce of the Republic of Korea"): its head noun (the last
 * word before "of", or the last word) is a body's, and every word is an English word, a place, a nationality or a word of
 * a state's name, none a given name or a legal form. Where a dispute goes and who regulates a party are the contract's
 * meaning; a body with a word of its own ("Zentrovax Arbitration Association") or a legal form is read as a name.
 */
export function isPublicBody(value: string): boolean {
  const words = value
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("“]+|[)"”.:;]+$/g, ''))
    .filter(Boolean);
  const content = words.filter((w) => !/^(?:of|the|and|&|for|on|in)$/i.test(w));
  if (content.length < 2 || content.length > 10) return false;
  const of = words.findIndex((w, i) => i > 0 && /^of$/i.test(w));
  const head = bareWord(of > 0 ? words[of - 1]! : words[words.length - 1]!);
  if (!PUBLIC_BODY_NOUNS.has(head)) return false;
  return content.every((w) => {
    const b = bareWord(w);
    if (b === head) return true;
    if (LEGAL_FORM_WORDS.has(b) || ORGANISATION_NOUNS.has(b) || isFirstName(w) || b.length < 2) return false;
    // An acronym is the body's initials or a company's: only a place's from our own list ("U.S.") is a word of a body's name.
    if (/^\p{Lu}{2,}$/u.test(w.replace(/\./g, '')) && !/^\p{Lu}+$/u.test(value.replace(/[^\p{L}]/gu, ''))) return isPlaceWord(w);
    return isEnglishWord(w) || isPlaceWord(w) || isDemonym(w) || STATE_WORDS.has(b);
  });
}

// The nouns of a body that a defined term of a role may end with: "Issuing Bank", "Lending Group", "Operating Fund".
const ROLE_BODY_NOUNS = new Set(['bank', 'banks', 'trust', 'fund', 'group']);

/** A verb's present participle ("Issuing", "Paying", "Operating"): its stem, or the stem and an "e", is an English word. */
function isParticiple(word: string): boolean {
  const b = bareWord(word);
  if (!b.endsWith('ing') || b.length < 6) return false;
  const stem = b.slice(0, -3);
  return inEnglishWordList(stem) || inEnglishWordList(`${stem}e`) || (/(.)\1$/.test(stem) && inEnglishWordList(stem.slice(0, -1)));
}

/**
 * A role the contract gives someone, written as a defined term of ordinary words ("Paying Agent", "Escrow Agent", "Master
 * Franchisee", "Issuing Bank"): a party's role word last, each word before it one the contract also writes in lower case
 * and none a given name, a place or a legal form. A body's noun last ("Bank", "Fund") makes a role only after a verb's
 * participle ("Issuing Bank", "Lending Group"), as a bank's own name is not written ("Guaranty Bank", "Sterling Bank").
 */
export function isRoleTerm(value: string, isVocabulary: (word: string) => boolean): boolean {
  const words = value
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("“]+|[)"”.:;]+$/g, ''))
    .filter((w) => w && !/^(?:of|the|and|&)$/i.test(w));
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))) return false;
  const head = bareWord(words[words.length - 1]!);
  const before = words.slice(0, -1);
  if (before.some((w) => LEGAL_FORM_WORDS.has(bareWord(w)) || ORGANISATION_NOUNS.has(bareWord(w)) || isFirstName(w) || isPlaceWord(w) || isDemonym(w) || !isEnglishWord(w))) return false;
  if (ROLE_BODY_NOUNS.has(head)) return isParticiple(before[0]!) && before.every((w) => isVocabulary(w) || isParticiple(w));
  if (LEGAL_FORM_WORDS.has(head) || ORGANISATION_NOUNS.has(head) || !isPartyRole(head)) return false;
  return before.every((w) => isVocabulary(w) || isParticiple(w));
}
