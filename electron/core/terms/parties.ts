/**
 * Parties from a contract's opening words. The opening sentence names them after "between" or
 * "among" and before WHEREAS / the recitals or the sentence's full stop; it is split at its
 * top-level separators (", and", " and ", ";" outside parentheses and quotes) and a piece is kept
 * only if it looks like a party: an entity form (Inc., LLC, GmbH, a "… corporation"), a person's
 * name, or a defined short name ("the Distributor") that the contract uses again later.
 */
import type { Party } from '../../../shared/terms';

/** Words that mark an organisation: legal forms, and nouns that name institutions. */
// A hospital group is a "Health System"; Spain writes "S.L." / "S.L.U." ("S.A.U."), Mexico ends "de C.V.", Canada's
// unlimited companies "ULC". After "Mr." or "Shri", "S.L." is a person's initials ("Mr. S.L. Rao"), no legal form.
// The Crown contracts as "His Majesty the King in right of Canada" (or "Her Majesty …"): a public body.
// The Russian forms "OOO", "ZAO", "OAO" are written before the name in English texts ('OOO "Kestrel"'), see FORM_FIRST.
const ENTITY_FORM = /\b(?:kabushiki\s+kaisha|berhad|tbk|s\.\s?[àa]\.?\s?r\.\s?l|inc|incorporated|corp|corporation|co|company|companies|llc|l\.l\.c|ltd|limited|lp|l\.p|llp|plc|p\.l\.c|gmbh|ag|s\.?a|s\.?a\.?s|s\.?p\.?a|s\.?r\.?l|b\.?v|n\.?v|n\.?a|pty|pte|pvt|sdn|bhd|oy|oyj|ab|as|asa|a\/s|aps|kk|k\.k|g\.i\.e|gie|sarl|s\.r\.o|(?<!\b(?:mr|mrs|ms|dr|shri|smt)\.?\s+)a\.s(?=\.?(?:\s*[,;(“"]|\s+and\b|\s*$))|sp\.\s?z\s?o\.o|kft|zrt|nyrt|d\.o\.o|lda|ltda|ojsc|cjsc|pjsc|jsc|ooo|zao|oao|p\.c|pllc|p\.l\.l\.c|p\.a|lllp|l\.l\.l\.p|partnership|partners|trust|bank|association|university|college|institute|foundation|fund|holdings?|group|authority|health\s+system|(?:his|her)\s+majesty|s\.l\.u|(?<!\b(?:mr|mrs|ms|dr|shri|smt)\.?\s+)s\.l|s\.a\.u|c\.v|ulc|agency|council|city|county|town|township|village|borough|municipality|state|united\s+states|commonwealth|republic|government|department|ministry|hospital|center|centre|society|cooperative|enterprises?|ventures?|technologies|laboratories|labs|pharmaceuticals|systems|solutions|services|industries|international|corporation)\b\.?/i;

/** Legal forms that end a company's name ("Inc.", "Co., Ltd.", "L.L.C.", "GmbH", "S.A.", "N.A."). */
// Central European, Nordic and Iberian forms are written in lower case or with dots ("s.r.o.", "a.s.", "Sp. z o.o.",
// "Kft.", "d.o.o.", "Oyj"): each is a whole form, its dots no sentence's end. "a.s." is a Czech or Slovak
// joint-stock company ("A.S." a Turkish one written without its cedilla) where it ends a name; before a name
// ("A.S. Kumar") or after "Mr." it is a person's initials, as "S.L." is.
// Compound forms come first so that the whole form is taken: "GmbH & Co. KG", "S.A. de C.V.", "S. de R.L. de C.V.", and the
// forms spelled out in words, "Limited Partnership" and "Limited Liability Company" (a name cut at "Limited" would lose
// the rest of its form), Japan's "Kabushiki Kaisha", Malaysia's "(Sendirian) Berhad"; also Indonesia's "Tbk" (a listed
// company) and Luxembourg's "S.à r.l.", written with or without its accent and spaces; the (public) joint-stock company
// "JSC", "PJSC" (and the older open and closed "OJSC", "CJSC") written after the name. Not the European company's "SE": it is also a street's quarter in an address
// ("1200 First Avenue SE"), where it split the address off as a party, and these patterns are often read without case.
export const LEGAL_FORM = String.raw`(?:Limited\s+Partnership|Limited\s+Liability\s+Company|Kabushiki\s+Kaisha|Sendirian\s+Berhad|Berhad|Tbk|S\.\s?[àa]\.?\s?r\.\s?l|GmbH\s*&\s*Co\.?\s*KGaA|GmbH\s*&\s*Co\.?\s*KG|S\.A\.B\.\s+de\s+C\.V|S\.A\.?\s+de\s+C\.V|S\.\s?de\s+R\.L\.?\s+de\s+C\.V|S\.L\.U|S\.A\.U|(?<!\b(?:Mr|Mrs|Ms|Dr|Shri|Smt)\.?\s+)S\.L|ULC|KGaA|KG|Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|LP|L\.P|LLP|L\.L\.P|PLC|P\.L\.C|GmbH|AG|S\.A|SA|S\.A\.S|SAS|S\.p\.A|SpA|S\.r\.l|Srl|B\.V|BV|N\.V|NV|N\.A|Pty|Pte|Pvt|Bhd|Oyj|Oy|ASA|AB|A\/S|ApS|K\.K|Ltda|SARL|S\/A|LLLP|PLLC|PC|P\.C|PA|P\.A|G\.I\.E|GIE|s\.r\.o|(?<!\b(?:Mr|Mrs|Ms|Dr|Shri|Smt)\.?\s+)(?:a\.s|A\.S)(?=\.?(?:\s*[,;(“"]|\s+and\b|\s*$))|spol\.\s?s\s?r\.o|Sp\.\s?z\s?o\.o|Kft|Zrt|Nyrt|d\.o\.o|Lda|OJSC|CJSC|PJSC|JSC)`;
/** Text ending in a legal form: "Acme Holdings, Inc." */
export const LEGAL_FORM_END = new RegExp(String.raw`\b${LEGAL_FORM}\.?\s*$`, 'i');
/** A name up to its (possibly repeated) legal form, then anything after it: group 1 is the name. */
const NAME_TO_LEGAL_FORM = new RegExp(String.raw`^(.+?\b${LEGAL_FORM}\b\.?(?:,?\s*\b${LEGAL_FORM}\b\.?)*)(?=\s|,|$)(.*)$`, 'i');

/**
 * "Corporation" or "Company" spelled out, then "of" and a capitalised place, is one name ("Harbor Lane Insurance Company
 * of America", "Tarrow Corporation of North America, Inc."): the form word is a noun inside the name there, not its end.
 * Only the whole rest of the name (up to a second form), so an address after it ("… Company of 12 Elm Road") and a
 * description ("… Corporation of Ohio, a bank") stay out, and only after the spelled-out nouns: "Acme Inc. of Ohio" reads
 * as a company and where it is, as does a person "of" a town.
 */
const PLACE_AFTER_FORM = /^\s+(?:of|OF)\s+(?:the\s+|THE\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}[\s,]*$/u;
function placeInName(name: string, rest: string): boolean {
  return /\b(?:Corporation|Company|CORPORATION|COMPANY)$/.test(name) && PLACE_AFTER_FORM.test(rest.replace(LEGAL_FORM_END, ''));
}

/** The same name as a list's next entry shows it: "… Corporation of North America" before its comma (see PLACE_AFTER_FORM). */
const FORM_OF_PLACE = String.raw`(?:Corporation|Company|CORPORATION|COMPANY)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;

/** Short names that define the document, a date or a thing rather than a party. */
const NOT_A_PARTY = /^(?:this\s+)?(?:agreement|amendment|contract|effective date|commencement date|execution date|closing date|date|parties|party|purpose|confidential information|term|initial term|services?|products?|territory|license|licensed|schedule|exhibit|plan|program|project|property|premises|work|deliverables?|recitals?|transaction|business|field|know-how|patents?|marks?|trademarks?|software|documentation|affiliates?|each|either|purchase amount|purchase price|price|fees?|amount|consideration|investment|shares|securities)$/i;

/** The last word of a short name that defines a thing, an event or a time, not a party ("Offering Price", "Closing Date"). */
const THING = /\b(?:price|prices|shares?|securities|units?|notes?|dates?|period|fees?|amount|proceeds|offering|information|products?|territory|property|premises|rights?|agreement|plan|program|programme|event|project|term|site|area|marks?|patents?|software|materials?)$/i;

/**
 * A name counted out: "issued 250,000 Kestrel Orchard Bonds ("KOB")" defines a class of securities or goods,
 * and no party is counted. Only a bare number, set apart from the name ("3M Company" and "1st Source Bank" are names),
 * and not a year, which a date run into the name ends with ("dated May 2, 2020 Kestrel Holdings ("Kestrel")"), nor a
 * number of an address ("Suite 400", "P.O. Box 12", "No. 8"): the text before the name ends with the count.
 */
const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+)`;
const COUNTED_BEFORE = new RegExp(String.raw`(?:^|\s)(?<!\b(?:No\.?|Suite|Box|Unit|Floor|Room|Lot|Section|Article|Clause)\s)${COUNT}\s+$`, 'i');

/**
 * A company named by its number, as Canadian and other Commonwealth registries name one ("724019 Alberta Ltd.",
 * "1234567 Alberta Inc. dba Northvale Seeds"): the words up to a parenthesis or a trade name end in a legal form.
 */
function numberedCompany(text: string): boolean {
  const legal = text.split(/\s*\(|\s+(?:d\/b\/a|dba|t\/a|a\/k\/a|f\/k\/a)\s/i)[0]!.replace(/[,;\s]+$/, '');
  return LEGAL_FORM_END.test(legal);
}

/**
 * The few words before a match's name, where a count would stand (COUNTED_BEFORE): only those, since the text searched
 * may be a whole document and a pattern anchored at the end still tries every place in what it is given.
 */
const COUNT_WINDOW = 60;
function textBefore(m: RegExpMatchArray): string {
  const at = m.index! + m[0].indexOf(m[1]!);
  return m.input!.slice(Math.max(0, at - COUNT_WINDOW), at);
}

/** Words that never start a person's name in an opening sentence. */
const NOT_A_NAME_WORD = /^(?:insurance|life|annuity|capital|media|energy|health|healthcare|software|networks?|communications?|financial|finance|management|investments?|resources|products|marketing|research|development|entertainment|film|global|national|american|new|first|general|united|pacific|trading|securities|realty|properties|medical|pharma|bio\w*|technology|digital|online|interactive|consulting|logistics|brands?|foods?|motors?|partners|the|this|that|these|its|their|each|either|all|any|and|or|of|to|for|with|by|between|among|agreement|company|party|parties|section|article|whereas|now|therefore|witnesseth|recitals?|effective|date|dated|made|entered|inc|llc|ltd|corp|state|laws?|office|principal|place|business|address|located|having|registered|organized|incorporated|existing|under|a|an|on|at|in|as|is|are|its|order|form|schedule|exhibit|annex|appendix|page|sheet|cover)$/i;

/** A quoted short name inside parentheses: (the "Company"), ("Seller" or "Buyer"), (hereinafter "IBM"). */
const SHORT_NAMES = /\(([^()]{0,160})\)/g;
// A closing ’ is never followed by a letter: inside a name it is an apostrophe (“ACME’S KITCHENS”, ‘Baxter’s’).
// An opening “ is never a closing one: a layout may set a space after it (“ Acme”).
const QUOTED = /(?:“\s?|[”"‘](?!\s))((?:[^“”"’]|’(?=\p{L})){1,50}?)(?:[”"“]|’(?!\p{L}))/gu;

/**
 * What follows a name and is not part of it: ", a Delaware corporation…", ", with offices at…",
 * ", located at…", ", having its principal place of business…", ", organized under…", an address
 * starting with a number, ", of 12 Main Street". Everything from there on is dropped. A trade name
 * right after the name ("Acme Inc. d/b/a Acme Cafe", "doing business as …") stays: it is how the
 * party is known, and it names the same person (the "a" of "d/b/a", "f/k/a" is no article: "Acme LLC f/k/a
 * Bolt LLC" keeps its former name). The capacity a party signs in closes the name
 * (", as Trustee", "____, as Franchise Owner").
 * A public body's description closes its name too (", a political subdivision of the State of …", ", a public
 * authority"), as does the one it acts by (", by its trustees", ", by its general partner").
 * A person's parentage, as Indian drafting gives it ("Arjun Menon, son of Ravi Menon"), is no part of the name.
 * Nor is the number of a person's identity card or passport ("Liu Yang, PRC ID No. 1101…", "Ann Lee, Passport No. X123").
 * Nor who a body is represented by (", represented by its managing director", ", as represented by the Minister of …").
 * Nor an address "care of" another ("Ann Lee, c/o Harbor Management, 5 Pier Road").
 * "Incorporated" spelled out after a name is its legal form ("Acme, Incorporated and its Affiliates"); only
 * "incorporated in / under / and existing …" describes the party.
 * A date after the last party is the sentence's, not the name's ("… and Ann Lee, on May 1, 2019", "… and Bolt Media
 * as of May 1, 2019", "… and Ann Lee this 1st day of May, 2019").
 */
/** A date after a party's name: ", on May 1, 2019", "as of the 1st day of May 2019", "this 1st day of May, 2019". */
// A trust is known by the date of the deed that made it: "the Lee Family Trust u/a/d June 1, 2001" (under agreement dated).
const DATE_AFTER = String.raw`,?\s+(?:as\s+of|on|dated(?:\s+as\s+of)?|effective(?:\s+as\s+of)?|u\/a\/d|u\/t\/a|u\/d\/t|UAD|UTA|UDT)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d.*$|,?\s+this\s+(?:\d{1,2}(?:st|nd|rd|th)?|_+|\[[^\]]*\])\s*day\s+of\b.*$`;
/**
 * The capacity a party acts in, set off by a comma and going on past the name: "Bolt Trust Company, N.A., as the
 * indenture trustee for the notes (the "Trustee")", "Ann Lee, solely as agent for the Sellers", "Acme Bank, not
 * individually but solely as collateral agent". The capacity is a word of office after up to five others.
 */
const CAPACITY = String.raw`,\s*(?:not\s+individually\s+but\s+)?(?:solely\s+)?as\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,5}?(?:agents?|trustees?|co-trustees?|representatives?|nominees?|custodians?|administrators?|servicers?|escrow\s+agent|executors?|executrix|guardian|receiver|liquidator)\b.*$`;

/**
 * People who hold together, named one after the other and described as a couple after the last: "Harold Finch and
 * Grace Finch, husband and wife (together, "Seller")", "…, as joint tenants", "…, jointly and severally". The
 * description is no part of the last one's name.
 */
const JOINT_HOLDERS = String.raw`,\s*(?:husband\s+and\s+wife|wife\s+and\s+husband|spouses|a\s+married\s+couple|as\s+joint\s+tenants|as\s+tenants\s+in\s+common|jointly\s+and\s+severally)\b.*$`;

/**
 * A party widened to its group after its name: "Bolt Brands and its affiliates (collectively "Bolt")", "____ and its
 * licensed affiliates listed in Schedule 2", "Ann Lee and her heirs and assigns". The group is known by the
 * party's short name, and its name is the party's own: the words from "and its" on describe who else the short name covers.
 */
const GROUP_TAIL = String.raw`,?\s+and\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:affiliates|affiliated\s+(?:companies|entities)|subsidiaries|successors|assigns|heirs|personal\s+representatives)\b.*$`;

/**
 * A street address right after a name with no comma between, as a line break leaves it when the opening sets the address
 * on lines of its own under the name ("Ann Lee" over "12 Harbor Street"): a number, up to four words, then the kind of
 * street. A name that starts with a number ("230 Park Avenue Associates LLC") keeps it: the tail never starts at the first word.
 */
const STREET_AFTER = String.raw`\s+\d{1,6}(?:-\d{1,6})?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Square|Sq|Plaza|Terrace|Circle)\b.*$`;

// What follows a party's name and describes it, no part of the name (also its registration or birth after a comma: ", org.
// no. 556677-8899", ", born 1 May 1985"). "for and on behalf of its … campus" is cut whole, not
// after "for and" ("The Regents of the University of Northvale, for and on behalf of …").
const NAME_TAIL = new RegExp(String.raw`,?\s*(?<!\bof\s*|\/)\b(?:an?|the)\s+(?:[\w.'’[\]-]+\s+){0,8}?(?:corporation|company|partnership|limited liability|llc|entity|organi[sz]ation|institution|association|bank|trust|body|agency|subsidiary|individual|resident|citizen|national|inhabitant|adult|foundation|society|cooperative|university|business|joint venture|consortium|subdivision|authority|municipality|instrumentality|body politic|public body|district|commission)\b.*$|,?\s+(?:located|with (?:its )?(?:offices?|principal|registered|a place)|whose|having|incorporated(?=\s+(?:in|under|pursuant|as|on|by)\b|\s+and\s+(?:existing|organi[sz]ed|registered|validly)\b)|organi[sz]ed|existing|registered|residing|doing business(?!\s+as\b)|acting|(?:for\s+and\s+)?on behalf|by and through|through its|including|hereinafter)\b.*$|,?\s+in\s+(?:his|her|its|their)\s+(?:individual|personal|own|capacity)\b.*$|,?\s+(?:son|daughter|wife|husband)\s+of\s.*$|,\s*(?:as\s+|duly\s+)?represented\s+by\b.*$|,\s*(?:c\/o|care\s+of)\s.*$|,\s*(?:[A-Z]{2,4}\s+)?(?:ID(?:\s+Card)?|Identity\s+Card|Identification|Passport|Resident\s+Registration|NRIC)\s*(?:No\.?|Number|#)\s*[A-Z0-9].*$|,\s*by\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:trustees?|general\s+partners?|managers?|members?|officers?|agents?|attorneys?)\b.*$|,\s*(?:of\s+)?\d.*$|,\s*(?:org(?:ani[sz]ation)?\.?\s*(?:no|nr|number)|reg(?:istration)?\.?\s*(?:no|nr|number)|company\s+(?:no|nr|number)|born|date\s+of\s+birth|d\.o\.b)\b.*$|,\s*(?:of|at)\s+[A-Z0-9].*$|\s+of\s+(?:\[|\d).*$|${DATE_AFTER}|,\s*as\s+(?:an?\s+|the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*$|${CAPACITY}|${JOINT_HOLDERS}|${GROUP_TAIL}|${STREET_AFTER}`, 'i');

/**
 * A listed company's ticker after its name: "(NASDAQ: ACMH)", "(OTC Pink: ACMH)", "(TSX-V: BRM)", "(NYSE American: XYZ)", "(FSE: 4TV)":
 * an exchange's acronym (or "Ticker", "Symbol"), a colon, the symbol in capitals.
 * It is no part of the name, and it must not hide the name from its description and short name after it.
 */
const TICKER = /\s*\((?:[A-Z]{2,6}(?:-[A-Z])?(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,8})){0,2}|Nasdaq|Ticker|(?:Stock\s+|Trading\s+)?Symbol)\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}\)/g;

/**
 * A company's registration number in brackets after its name: "(company no. 04512378)", "(Registration Number: HRB
 * 12345)", "(ABN 12 345 678 901)". Like a ticker it identifies the party already named, is no part of its name, and
 * between the name and its short name it must not hide which name that short name gives.
 */
const REGISTRATION_ASIDE = /\s*\(\s*(?:(?:company|registration|registered|reg\.|corporate|organi[sz]ation)\s+(?:no\.?|nr\.?|number)|ABN|ACN|CRN|CIN|EIN)\s*[:.]?\s*[A-Z]{0,4}\s?\d[\d -]{3,20}\)/gi;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(TICKER, '').replace(REGISTRATION_ASIDE, '').trim();
}

/**
 * "between", "by and among", a cover page's letter-spaced "B E T W E E N:", and a franchise form's
 * "The parties to this Agreement are A …; B …".
 */
export const BETWEEN = /\b(?:by\s+and\s+between|by\s+and\s+among|between|among|amongst|B\sE\sT\sW\sE\sE\sN|the\s+parties\s+to\s+this\s+agreement\s+are)\b\s*:?\s*/i;

/** The words that say a body is made of the parties named after them: "comprised of", "consisting of", "formed by". */
const MADE_OF = String.raw`(?:comprised|composed|consisting|made\s+up|formed)\s+(?:of|by)`;

/**
 * "(a) a contractual joint venture comprised of ": a group described, not named, before its members (group 1 keeps the
 * item's letter). In any case: an opening set in capitals writes "(A) A JOINT VENTURE COMPRISED OF".
 */
const MEMBERS_OF_UNNAMED_GROUP = new RegExp(String.raw`((?:^|;\s*|\band\s+)(?:\([a-h]\)\s+)?)(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:joint\s+venture|consortium|partnership|group)\s+${MADE_OF}\s+(?=[A-Z])`, 'gi');

/**
 * A named body described as made of other parties, up to where the list is now: "Blue Mesa Partners, a joint venture
 * comprised of Canyon Oil LLC" (or "a joint venture between Canyon Oil LLC and …"). The "and" after it joins the body's members, not the contract's parties.
 */
const MADE_OF_MEMBERS = new RegExp(String.raw`,\s*(?:an?|the)\s+[^,()]*\b${MADE_OF}\s+[^()]*$|,\s*an?\s+(?:[\w-]+\s+){0,3}(?:joint\s+venture|partnership|consortium)\s+(?:between|among)\s+[^()]*$`, 'i');

/** The part of the opening that lists the parties: after between/among, before the recitals or the full stop. */
export function partyListOf(opening: string): string | undefined {
  const text = flat(opening);
  const between = BETWEEN.exec(text);
  if (!between) return undefined;
  // "by and among, on the one hand, A …, and, on the other hand, B …": the hands only frame the list.
  // A footnote's number a text conversion set right after a short name ("(collectively, "Vendor"),1 on the one hand") is no part of the list.
  let rest = text.slice(between.index + between[0].length).replace(/([”"]\))(,?)\d{1,2}(?=\s)/g, '$1$2').replace(/,?\s*\bon the (?:one|other) hand\b,?/gi, '').replace(/^[,\s]+/, '');
  // A group with no name of its own, made of the parties named after it ("… and (a) a joint venture comprised of Acme
  // Inc. ("Acme") and Bolt LLC ("Bolt") and (b) …"): its members are the parties, so the words that describe it go.
  rest = rest.replace(MEMBERS_OF_UNNAMED_GROUP, '$1');
  // "between the following two parties on May 1, 2020 in Beijing: A … and B …": the list starts after the colon.
  // So it does after other words that only point at the list to come: "between the undersigned:", "between the
  // following:", "by and between the parties listed (named) below:", "among the below-named parties:".
  rest = rest.replace(/^(?:the\s+)?(?:following(?:\s+(?:\w+\s+)?parties\b[^:]{0,80})?|undersigned(?:\s+(?:\w+\s+)?parties)?|(?:(?:\w+\s+)?parties\s+)?(?:listed|named|set\s+(?:out|forth)|identified)\s+below|below[\s-]named(?:\s+parties)?)\s*:\s*/i, '');
  // A cover sets "- and -" on a line of its own between the parties; a text without line breaks runs it into the list
  // ("A LTD. ("A") - and - B LTD. ("B")"): it separates two parties as the line does.
  rest = rest.replace(/\s+[-–—]+\s*(?:and|AND)\s*[-–—]+\s+/g, '; ');
  // A text conversion sets an underlined word's underline as a row of hyphens in the line ("… and --- Bolt LLC"): between
  // "and" and the next party's capital it is no part of the list.
  rest = rest.replace(/\b(and|AND)\s+-{3,}\s+(?=[A-Z])/g, '$1 ');
  // A cover table sets each party in the cell beside its label ("BETWEEN: | A …" over "AND: | B …"): the
  // bar between label and name is no part of the list.
  rest = rest.replace(/^\|\s*/, '').replace(/(\s(?:and|AND|And)\s*:)\s*\|\s*/g, '$1 ');
  // "by and between: Parties to this agreement A …": a heading over the list, not a party.
  rest = rest.replace(/^(?:the\s+)?parties\s+to\s+this\s+agreement\s*:?\s*/i, '');
  // Recitals and the operative words end the list: WHEREAS, RECITALS, W I T N E S S E T H, "in consideration of",
  // a new sentence about "THIS AGREEMENT" (not one the list goes on with: "referred to IN THIS AGREEMENT as …").
  const stop = /\b(?:WHEREAS|Whereas|RECITALS?|Recitals?|R\sE\sC\sI\sT\sA\sL\sS|BACKGROUND|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|WITNESSETH|NOW,?\s+THEREFORE|in consideration of|IN CONSIDERATION OF|the parties (?:hereto )?(?:hereby )?agree|THE PARTIES (?:HERETO )?(?:HEREBY )?AGREE|(?<!\b(?:IN|OF|TO|UNDER|BY|FOR|WITH|AS|AND|OR|THAN|ON|FROM)\s+)(?:THIS|This)\s+(?:[A-Z][\w-]*\s+){0,5}(?:AGREEMENT|Agreement|AMENDMENT|Amendment|ADDENDUM|Addendum|CONTRACT|Contract)\b)/.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const end = sentenceEnd(rest);
  if (end >= 0) rest = rest.slice(0, end);
  return rest.trim() || undefined;
}

/** Abbreviations whose full stop ends no sentence, in any case ("Inc.", "INC.", "Co.", "St.", "Av.", short for "Avenida"). */
const ABBREVIATION = /^(?:inc|co|corp|av|avda|ltd|ltda|kft|zrt|nyrt|lda|spol|no|st|mr|mrs|ms|dr|jr|sr|pte|pty|pvt|sdn|bhd|bros|assn|ave|blvd|ste|nos?|esq|dept|int'l|mt|rd|ft|hwy|pkwy|apt|fl|bldg|ctr|sq|ln|cir)$/i;

/**
 * The run of word characters, dots and apostrophes that ends at `end` ("Inc", "U.S", "Int'l"). Read backwards
 * from `end`: a pattern anchored at the end ("([\w.']+)$") is tried from every earlier position in turn, so
 * at every full stop it re-read the text before it (a hostile opening of "A. B. C. …", or of one word written
 * 100,000 characters long, took seconds to minutes). Each full stop read here is followed by a space, so no
 * character is read for two of them.
 */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\w.'’]/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Whether `before` ends, spaces aside, where a numbered list of parties goes on: its start, ";", ":", "between", "among" or "and". */
function listGoesOnBefore(before: string): boolean {
  // Only its end is read (see wordBefore).
  const end = before.trimEnd();
  return end === '' || /[;:]$/.test(end) || /(?:^|\W)(?:between|among|and)$/i.test(end.slice(-8));
}

/**
 * Where the first sentence of `text` ends: a full stop before a capital, a quote or
 * the end, that is not an abbreviation's ("INC.", "St."), an initial's ("J.") or a dotted form's
 * ("L.L.C.", "N.A.", "S.A."). -1 when there is none.
 */
export function sentenceEnd(text: string): number {
  // A numbered clause after the full stop ("… and ACM. 1) The Sponsor …") starts a new sentence too.
  for (const m of text.matchAll(/\.(?=\s+(?:[A-Z“"]|\d{1,2}[.)]\s)|\s*$)/g)) {
    // "…, Israel. Hereinafter referred to as "Customer" And B Ltd …": the list goes on.
    if (/^\s+(?:Hereinafter|HEREINAFTER|And|AND)\b/.test(text.slice(m.index + 1))) continue;
    const word = wordBefore(text, m.index);
    if (ABBREVIATION.test(word) || /^[A-Za-z]$/.test(word) || /\.[A-Za-z]{1,3}$/.test(word)) continue;
    // A list number before a party ("BETWEEN 1. Acme Corp. … AND 2. Tarrow Ltd"): the list goes on.
    if (/^\d{1,2}$/.test(word) && listGoesOnBefore(text.slice(0, m.index - word.length))) continue;
    return m.index;
  }
  return -1;
}

/**
 * What follows a comma when another party starts there: a capitalised name ending in its legal form ("Harbor Crest
 * Fund L.P."), the form a word of its own ("U.S.A." is a country, not a name ending in "S.A.").
 */
const NEXT_LEGAL_NAME_WRITTEN = new RegExp(String.raw`^\s*[A-Z0-9][^,()“”"]{0,80}?(?:,\s*|\s+)(?:${FORM_OF_PLACE}|${LEGAL_FORM}\.?)(?=\s*[,(;]|\s+and\b|\s*$)`);
/**
 * The same name set in capitals ("… AND ACME HOLDINGS LTD, A COMPANY …"), as an opening in capitals writes it; a
 * description ("A DELAWARE CORPORATION", "THE LAWS OF …") is no name, as its lower-case article would show; an
 * "AND" before the name is the list's own word (", AND THE ACME ASSOCIATION, INC."), read as the separator.
 */
const NEXT_LEGAL_NAME_CAPITALS = new RegExp(String.raw`^\s*(?!(?:an?|the|in|on|as|to|by|with|under|of|and)\s)[A-Z0-9][^,()“”"]{0,80}?(?:,\s*|\s+)(?:${FORM_OF_PLACE}|${LEGAL_FORM}\.?)(?=\s*[,(;]|\s+and\b|\s*$)`, 'i');
const NEXT_LEGAL_NAME = {
  test: (text: string): boolean => {
    if (NEXT_LEGAL_NAME_WRITTEN.test(text)) return true;
    // In capitals the words of a description read on into the next name ("… EXISTING UNDER THE LAWS OF X AND BOLT LTD"): a name holds none of them.
    const name = NEXT_LEGAL_NAME_CAPITALS.exec(text)?.[0];
    return !!name && isCapitals(name) && !/^\s*(?:EXISTING|ORGANI[SZ]ED|INCORPORATED|REGISTERED|FORMED|LOCATED|HAVING|DOING|ACTING)\b/.test(name) && !name.split(/[\s,]+/).some((w) => CAPITALS_PHRASE_WORD.test(w));
  },
};

/** A name ending in its legal form before its description: "Harbor Lane West, Inc. a …", "ACME DE MEXICO S. DE R.L. DE C.V., a …". */
const LEGAL_NAME_DESCRIBED = new RegExp(String.raw`^\s*[A-Z0-9][^,()“”"]{0,80}?(?:,\s*|\s+)${LEGAL_FORM}\.?(?=\s*[,(]|\s+an?\s)`, 'i');

/** Whether `text` opens with a name that ends in its legal form, as a party's entry in a list does. */
export function startsWithLegalName(text: string): boolean {
  return NEXT_LEGAL_NAME.test(text) || LEGAL_NAME_DESCRIBED.test(text);
}

/** Text with letters, none of them lower case: an opening set in capitals. */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Words an opening in ordinary case writes in lower case, that therefore never stand inside a
 * party's name. In capitals they are how a piece shows it is a phrase, not a name
 * ("IN THE NAME OF …", "AS A MEMBER OF …", "PROVIDE THE WORK LISTED IN SCHEDULE 2").
 */
const CAPITALS_PHRASE_WORD = /^(?:in|on|to|as|by|at|from|with|into|upon|under|its|their|his|her|itself|or|which|who|whose|that|this|these|such|any|each|all|is|are|was|be|been|shall|will|may|hereto|herein|hereof|hereunder|below|above|described|identified|listed|named|referred|set|forth|attached|indicated|perform|provide|pursuant|between|among|amongst)$/i;

/** A piece set in capitals that starts as a phrase does, with a word ordinary case writes in lower case. */
function startsAsPhrase(name: string): boolean {
  const first = /^[^\s,]+/.exec(name)?.[0] ?? '';
  // "for" and "of" stand inside names ("CENTRE FOR …", "BANK OF …"), never first; nor does a participle that goes on
  // describing the party before ("… ORGANIZED UNDER THE LAWS OF X AND HAVING ITS OFFICE AT …", "… AND EXISTING UNDER …").
  return isCapitals(name) && (CAPITALS_PHRASE_WORD.test(first) || /^(?:for|of|acting|being|having|existing|organi[sz]ed|incorporated|registered|located|residing|doing)$/i.test(first));
}

/** A name written in lower case, then its legal form: "acme.com, Inc.", "eFoo Technologies Inc.". */
const LOWER_CASE_BRAND = new RegExp(String.raw`^[a-z][\w.-]*(?:\s+[A-Z][\w.&-]*){0,5},?\s+${LEGAL_FORM}\b`);

/** The last comma clause is a description ("…, a company incorporated in England"): an "and" after it joins places, not parties. */
// Also in an opening set in capitals ("…, A DELAWARE CORPORATION ORGANIZED AND EXISTING UNDER …", "…, A NOT-FOR-PROFIT
// RESEARCH AND SERVICES INSTITUTION": in capitals, what follows ", A" is a description as the lower-case "a" shows).
const DESCRIPTION_TAIL = /,\s*(?:(?:an?|the)\s+[a-z][^,]*|[^,]*\b(?:incorporated|registered|organi[sz]ed|existing|located|residing|formed)\b[^,]*)$|,\s*(?:A|AN)\s+[^,a-z]*$|,\s*THE\s+[^,a-z]*\b(?:CORPORATION|COMPANY|PARTNERSHIP|ASSOCIATION|BANK|TRUST|ENTITY|INDIVIDUAL|INCORPORATED|REGISTERED|ORGANI[SZ]ED|EXISTING|LOCATED|RESIDING|FORMED)\b[^,a-z]*$/;

/**
 * A piece that has already given its party's defined short name, then the entry's other lines
 * ("Acme Co Ltd hereinafter referred to as ("Acme") Address: 1 Main Road … and Bolt Ltd …"): the party is whole.
 */
const DEFINED_BEFORE = /\((?:the\s+)?[“"][^“”"()]{1,40}[”"]\)\s*(?:Address|Registered Address|Tel|Telephone|Fax|Legal Representative)\b/i;

/**
 * What follows a comma when another party starts there: a person's name with a quoted short name ("JOHN A. DOE
 * ("Doe")"). The quotes make it a definition: in capitals any two words read as a name ("…, REASONABLE EFFORT (IN
 * RELATION TO …)").
 */
const NEXT_PERSON = /^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:,\s*(?:an?|the)\s+[a-z][^()]{0,100}?)?\s*\((?=[^()]*[“"”])/;

/**
 * A person named as one item of a serial list, with nothing after the name but the list's next separator: "among
 * Acme Inc., John Smith and Mary Jones" (the last but one item, before its "and").
 */
const NEXT_PERSON_ITEM = /^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),?\s+and\s+[A-Z]/;

/**
 * A whole party followed by its address, as a serial list gives each party before the next ("A Inc. ("A"), with
 * offices at 1 Main Street, Springfield, IL 60601, B LLC …"): a short name or a legal form, maybe a description
 * (", a Delaware corporation"), then an address that opens with its number or with "with offices at", "located at"
 * and holds no parenthesis or quote.
 */
const PARTY_THEN_ADDRESS = new RegExp(
  String.raw`(?:\((?:the\s+)?[“"][^“”"()]{1,40}[”"]\)|\b${LEGAL_FORM}\.?)(?:,\s*an?\s+[^,()“”"]{1,60})?,?\s*(?:(?:with\s+(?:its\s+)?(?:principal\s+|registered\s+)?(?:offices?|place\s+of\s+business|address)|located|having\s+(?:its|an?)\s+(?:principal\s+|registered\s+)?(?:office|address|place\s+of\s+business)|whose\s+(?:principal\s+|registered\s+)?(?:office|address)\s+is)\s+(?:at|in)\s+\S|\d)[^()“”"]*$`,
);

/** The items of a lettered list, in order: "(a) … and (b) …". */
const LETTERS = 'abcdefgh';

/**
 * A lettered list's item after an "and": "A Inc., on the one hand, and (a) Acme Inc. and (b) Bolt LLC". Only in a
 * list lettered in order ("(a)" with a "(b)" after it, "(b)" with an "(a)" before it), so "… and (3) MONTHLY
 * REPORTS" in a clause is not read.
 */
function isNextListItem(after: string, before: string): boolean {
  // An opening set in capitals letters its list "(A)", "(B)".
  const m = /^\(([a-h]|[A-H])\)\s+(?:the\s+|THE\s+)?[A-Z]/.exec(after);
  if (!m) return false;
  const letters = m[1] === m[1]!.toUpperCase() ? LETTERS.toUpperCase() : LETTERS;
  const k = letters.indexOf(m[1]!);
  // "(a)" opens the lettered list when "(b)" follows it.
  return k === 0 ? after.includes(`(${letters[1]})`) : before.includes(`(${letters[k - 1]})`);
}

/** Parties a schedule or an exhibit names as a group: "each of the persons listed in Schedule 1", "the entities named on Exhibit A". */
const SCHEDULED_GROUP = /^(?:each\s+of\s+|all\s+of\s+)?the\s+(?:persons?|entities|individuals|parties|investors|holders|stockholders|shareholders|purchasers|lenders|members|guarantors|subsidiaries)\s+(?:\w+\s+)?(?:whose\s+names\s+(?:and\s+addresses\s+)?(?:are\s+)?)?(?:listed|named|identified|set\s+(?:forth|out)|specified|given)\s+(?:in|on|at)\b/i;

/**
 * The next party's name after an address: a name ending in its legal form that holds no more of the address (a
 * postal code: "Springfield, IL 60601 and Bolt, Inc." is the address's end, then the list's "and").
 */
function nameAfterAddress(text: string): boolean {
  const name = NEXT_LEGAL_NAME_WRITTEN.exec(text)?.[0] ?? (NEXT_LEGAL_NAME.test(text) ? NEXT_LEGAL_NAME_CAPITALS.exec(text)?.[0] : undefined);
  return !!name && !/\d{3}|\sand\s/.test(name);
}

/**
 * A party described rather than named, with its own short name: "… and the consultant identified on the signature page
 * ("Consultant")". It is the list's next party, so that its short name is not read as the party's before it. The short
 * name may be given "hereinafter referred to as" (or "hereafter called") inside the parenthesis, as formal drafts define
 * every party.
 */
const DESCRIBED_PARTY = /^the\s+[a-z][^()“”"]{0,80}\((?:here(?:in)?after\s+(?:(?:referred\s+to\s+as|called)\s+)?)?(?:the\s+)?[“"][^“”"()]{1,40}[”"]\)/;

/**
 * A group of parties described rather than named, with the short name its members take one at a time or all together:
 * "…, each of the persons listed on Schedule A (each, a "Purchaser"), and …", "… ("Acme"), the shareholders listed on
 * Schedule A (collectively, the "Shareholders"), …". After a party closed by its own short name it is the list's next
 * party, and its short name is never the one before's. Not after a bare name: "Acme Inc. and the other companies of its
 * group (collectively, "Acme")" widens Acme to its group under the one short name.
 */
const DESCRIBED_GROUP = /^(?:(?:each|all|any)\s+of\s+the|the|each)\s+[a-z][^()“”"]{0,80}\((?:collectively|together|jointly|each|individually)\s*,?\s*(?:an?\s+)?(?:the\s+)?[“"][^“”"()]{1,40}[”"][^()]{0,80}\)/;

/** A person named next with the capacity the person acts in: "…, ANN LEE, as Guarantor, and …" (group 1 the name). */
const NEXT_PERSON_AS = /^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s*as\s+(?:the\s+)?[A-Z]/;

/**
 * How far back from a possible split the splitter reads the words since the last one. A party with its description and
 * address is far shorter; a crafted list of one endless party would otherwise be read again, whole, at every comma and
 * "and", in time growing with the square of its length.
 */
const NEAR = 2000;

/** How many characters at the end of a party's words can hold its legal form ("Limited Liability Company", "GmbH & Co. KGaA"). */
const FORM_TAIL = 64;

/** Whether a party's words, without the spaces and commas they end with, end in a legal form (see FORM_TAIL). */
function formAtEnd(solid: string): boolean {
  return LEGAL_FORM_END.test(solid.slice(-FORM_TAIL));
}

/** Whether `text` ends in a closing parenthesis, spaces aside (read from its end, in time linear in the spaces). */
function endsWithClose(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text[end - 1] === ')';
}

/** Splits at ", and", " and ", "&" … and ";" outside parentheses and quotes. */
export function splitTopLevel(list: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  const numbered = /^\s*\(1\)\s/.test(list);
  // Where the last comma, lower-case and capital letter before `i` stand: whether the words since the last split hold a
  // comma or are all capitals is read from these, not from the words again at each character.
  let lastComma = -1;
  let lastLower = -1;
  let lastUpper = -1;
  // Where the last letter of any script, and the last character that is neither a space nor a comma, stand before `i`.
  let lastLetter = -1;
  let lastSolid = -1;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (i > 0) {
      const p = list[i - 1]!;
      if (p === ',') lastComma = i - 1;
      else if (/\p{Ll}/u.test(p)) lastLower = i - 1;
      else if (/\p{Lu}/u.test(p)) lastUpper = i - 1;
      // Plain ASCII read by its code (this runs at every character), any other character by its Unicode class.
      const code = p.charCodeAt(0);
      if (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : /\p{L}/u.test(p)) lastLetter = i - 1;
      if (code < 128 ? code !== 44 && code !== 32 && (code < 9 || code > 13) : !/\s/.test(p)) lastSolid = i - 1;
    }
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    // Quotes only matter outside parentheses (inside, short names open and close with any quote mark).
    else if (depth === 0 && (c === '"' || c === '“' || c === '”')) quoted = c === '“' ? true : c === '”' ? false : !quoted;
    if (depth > 0 || quoted) continue;
    const rest = list.slice(i);
    // A comma with only another comma after it (", ,", a blank left in a list) neither ends a party nor starts one: each
    // test below needs a name, a number, a letter or "and" after the comma. Runs of them are then read in linear time.
    if (c === ',' && /^,\s*,/.test(rest)) continue;
    // What the tests at the end of the words since the last split read: their last NEAR characters (see NEAR).
    const from = Math.max(start, i - NEAR);
    const before = list.slice(from, i);
    const whole = i - start <= NEAR;
    // The words since the last split without the spaces and commas they end with.
    const solid = list.slice(from, Math.max(from, lastSolid + 1));
    // A party is named in letters (of any script): words that hold none ("…, , , , …", "…. . . …") end no party and
    // are no name, description or address of one, so the tests that read the end of the words for those are not run.
    // Each such test reads all the words, and run at every comma of a long crafted run of commas they took seconds.
    const lettered = lastLetter >= from;
    // The end of those words a test anchored at their end needs: a legal form is a few words long (the list's spaces are
    // single), and a description or a capacity ("…, a Delaware corporation", "…, as Guarantor") starts at their last comma.
    // Read from their start, such a test read every character of them again at each comma.
    const lastClause = lastComma >= from ? list.slice(lastComma, i) : '';
    // Spaces only after the last legal form, a closing parenthesis and so on: a comma among them ends what they end.
    const bareEnd = lastComma < lastSolid;
    // "A Inc. ("A"), B L.P., C Fund L.P. and D": a comma after a whole party, before another name ending in its legal form.
    // "(a) Acme S.A. (…), a company …, (b) Bolt S.A. …": a comma before the next item's letter or number ("(B)" in capitals).
    if (c === ',' && /^,\s*(?:and\s+)?\((?:[a-h]|[A-H]|[ivx]{1,4}|[IVX]{1,4}|\d{1,2})\)\s+[A-Z]/.test(rest)) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    // A list numbered from "(1)" starts each party at its number, with or without a comma before it.
    if (/\s/.test(c) && numbered && /^\s\((?:[2-9]|1\d)\)\s+[A-Z]/.test(rest)) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    // Only a comma starts a next person: read for one there alone, not from every character of a long run of words.
    const person = c === ',' ? NEXT_PERSON.exec(rest.slice(1)) : null;
    const item = c === ',' ? (NEXT_PERSON_ITEM.exec(rest.slice(1)) ?? NEXT_PERSON_AS.exec(rest.slice(1))) : null;
    if (c === ',' && lettered && PARTY_THEN_ADDRESS.test(before) && nameAfterAddress(rest.slice(1))) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    if (c === ',' && lettered && MADE_OF_MEMBERS.test(before)) continue;
    // "… LLC (each a "Borrower"), the lenders from time to time party hereto (the "Lenders"), and …": a comma after a
    // party's short name (or the address set after it), before a party described in lower case with its own short name,
    // ends the party before it.
    if (c === ',' && (DESCRIBED_PARTY.test(rest.slice(1).trim()) || DESCRIBED_GROUP.test(rest.slice(1).trim())) && (endsWithClose(before) || (lettered && PARTY_THEN_ADDRESS.test(before)))) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    // A whole party may end in the capacity it acts in, without quotes, as a cover page or a credit agreement writes it
    // ("ACME INC., as Borrower, ANN LEE, as Guarantor, and …"): the comma after the capacity ends that party.
    if (c === ',' && ((lettered && formAtEnd(solid)) || endsWithClose(before) || /^,\s*as\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$/.test(lastClause)) && (NEXT_LEGAL_NAME.test(rest.slice(1)) || (person && isPersonName(person[1]!)) || (item && isPersonName(item[1]!)))) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    // People named one after another ("among Arlo Venn, Bea Venn and Cy Hale (collectively, the "Sellers")"): a comma after
    // a whole person's name, before the next person's, separates two parties.
    if (c === ',' && whole && lettered && isPersonName(before.trim()) && ((person && isPersonName(person[1]!)) || (item && isPersonName(item[1]!)))) {
      pieces.push(list.slice(start, i));
      start = i + 1;
      continue;
    }
    // "…, and, solely for purposes of Section 9, Bolt Holdings, Inc. ("Guarantor")": a party joined for a limited purpose
    // (a guarantor, a parent) after the others; the phrase between "and" and its name belongs to neither.
    const sep = /^(?:,?\s*and\s*,\s*(?:solely\s+|only\s+)?(?:for|with\s+respect\s+to)\s+(?:the\s+)?(?:limited\s+)?(?:purposes?\s+(?:of|set\s+forth\s+in)\s+)?[^,;()“”"]{1,80},\s*(?=[A-Z])|;\s*(?:and\s*:?\s+)?|,\s*and\s*:?\s+|\s+and\s*:?\s+)/i.exec(rest);
    if (!sep) continue;
    // " and " joins parties only when a capitalised name, a number, a blank or "the X" follows ("… Inc. and Acme LLC").
    const after = rest.slice(sep[0].length);
    // A semicolon before the party's own description ("Acme, Inc., a New York corporation; with its office at …") ends no
    // party: a description in lower case goes on about the one before.
    if (/^;/.test(sep[0]) && /^(?:with|having|whose|located|organi[sz]ed|incorporated|registered|existing|acting|doing)\b/.test(after)) continue;
    // "between Acme Bank and you as an "Affiliate"": the reader of a standard-form agreement is its other party.
    // "… and each of the persons listed in Schedule 1 (the "Investors")", "… and the undersigned (the "Investor")":
    // a group of parties a schedule names, or the signatory, ends the party before it (its short name is not that party's).
    // "… and (b) Bolt LLC": the list's next lettered or numbered item.
    if (!/^;/.test(sep[0]) && !/^(?:the\s+)?(?:[A-Z0-9[]|_)/.test(after) && !LOWER_CASE_BRAND.test(after) && !DESCRIBED_PARTY.test(after) && !(DESCRIBED_GROUP.test(after) && endsWithClose(before)) && !/^you\b/.test(after) && !SCHEDULED_GROUP.test(after) && !/^the\s+undersigned\b/i.test(after) && !isNextListItem(after, list.slice(0, i))) continue;
    // In capitals the words that go on about the party before ("… FOR ITSELF AND ITS SUBSIDIARIES AND …", "…, IN HIS
    // INDIVIDUAL CAPACITY AND AS A MEMBER OF …") start no party: ordinary case would write them in lower case.
    // "… Acme LLC and the Acme Subsidiaries (collectively, "Acme")": a party's own group of affiliates, named together
    // with it under one short name, is no party of its own.
    if (/^the\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:Subsidiaries|Affiliates|Affiliated\s+(?:Companies|Entities))\b/.test(after)) continue;
    // Two numbers of one address joined by "and" ("… Avenida Central 2529, Units 11 and 12, Curitiba …") start no party: a
    // company named by its number goes on with its name ("… and 724019 Alberta Ltd.").
    if (!/^;/.test(sep[0]) && /(?:^|\s)\d{1,5}$/.test(list.slice(Math.max(start, i - 8), i)) && /^\d{1,5}(?=\s*[,;)]|\s+[a-z]|\s*$)/.test(after)) continue;
    if (/^(?:ITS|THEIR|HIS|HER|ITSELF|THEMSELVES|EACH|ANY|ALL|SUCH|OTHER|CERTAIN)\b/.test(after) || startsAsPhrase(/^[^,;()]{1,60}/.exec(after)?.[0].trim() ?? '')) continue;
    // A bare " and " inside a name ("Research and Engineering Company") is not a separator: the words
    // before it must already be a whole party (a legal form, a short name in parentheses, or a comma clause).
    if (!/^;/.test(sep[0]) && lettered && MADE_OF_MEMBERS.test(before)) continue;
    // A firm named after its partners lists their surnames with commas and an "and" ("Abbott, Kline and Moreno LLP"): single
    // capitalised words with no legal form, short name or description are the name's beginning, not parties of their own.
    if (!/^;/.test(sep[0]) && whole && lettered && /^\s*\p{Lu}[\p{L}'’-]+(?:,\s*\p{Lu}[\p{L}'’-]+)+,?\s*$/u.test(before) && !formAtEnd(solid) && NEXT_LEGAL_NAME.test(after)) continue;
    // In capitals a bare " AND " inside a comma clause that is a phrase ("…, TOGETHER WITH ITS AFFILIATES AND SUBSIDIARIES")
    // joins that phrase's words, as the lower case of ordinary type would show; only a whole name with its legal form
    // after it starts a party there. A clause that has given a short name (a quote or a parenthesis) has ended its party.
    const clause = before.slice(before.lastIndexOf(',') + 1);
    const hasComma = lastComma >= start;
    if (!/[;,:]/.test(sep[0]) && lastUpper >= start && lastLower < start && hasComma && !/[()“”"‘’]/.test(clause) && !/^THE\s/.test(after) && clause.trim().split(/\s+/).some((w) => CAPITALS_PHRASE_WORD.test(w)) && !NEXT_LEGAL_NAME.test(after)) continue;
    if (!/[;,:]/.test(sep[0]) && !((lettered && ((bareEnd && (formAtEnd(solid) || /\sa\.s\.?$/.test(solid.slice(-8)))) || DEFINED_BEFORE.test(before))) || endsWithClose(before) || (hasComma && (!(lettered && DESCRIPTION_TAIL.test(lastClause)) || NEXT_LEGAL_NAME.test(rest.slice(sep[0].length)))) || (whole && lettered && isPersonName(before.trim())))) continue;
    pieces.push(list.slice(start, i));
    start = i + sep[0].length;
    i = start - 1;
  }
  pieces.push(list.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/**
 * A short name that can stand for a party: not one for the document, a thing or a day ("the Effective Date",
 * "Amendment Effective Date": a date defined after the last party's name is the sentence's, not the party's).
 */
function isShortNameOfParty(name: string): boolean {
  return !NOT_A_PARTY.test(name.replace(/^the\s+/i, '')) && !/\bdates?$/i.test(name);
}

/** The defined short names a piece gives its party: ("Company"), (the "Seller" or "Buyer"), hereinafter referred to as "X" or as Party A. */
export function shortNamesOf(piece: string): string[] {
  const out: string[] = [];
  // A short name given twice, once in capitals ("HARBOR") and once not ("Harbor"), is one short name, written as ordinary
  // case writes it.
  const has = (name: string): boolean => {
    const at = out.findIndex((o) => o.toLowerCase() === name.toLowerCase());
    if (at >= 0 && isCapitals(out[at]!) && !isCapitals(name)) out[at] = name;
    return at >= 0;
  };
  // Without parentheses: a quoted short name after "hereinafter" (with or without referred to as / called before it),
  // or an unquoted "Party A".
  for (const m of piece.matchAll(/\bhereinafter\s+(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?(?:[“"]([^“”"]{1,40})[”"]|(Party\s+[A-Z]\b))/gi)) {
    const name = (m[1] ?? m[2]!).replace(/[,.;:]+$/, '').trim().replace(/^the\s+(?=\p{Lu})/u, '');
    if (name && isShortNameOfParty(name) && !has(name)) out.push(name);
  }
  // A role written without quotes that ends the party's entry ("Acme Inc., hereinafter the Client, and …"): one or two
  // capitalised words, nothing after them. The role may be set in capitals ("hereinafter called BUYER") and the phrase
  // may stand in parentheses ("Acme Inc. (hereinafter referred to as the Buyer)"), as many drafts outside the US write it.
  for (const m of piece.matchAll(/\b(?:hereinafter|HEREINAFTER|Hereinafter)\s+(?:(?:referred\s+to\s+as|REFERRED\s+TO\s+AS|called|CALLED)\s+)?(?:the\s+|THE\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*\)?\s*[,;.]?\s*$/g)) {
    const name = m[1]!;
    if (name && isShortNameOfParty(name) && !has(name)) out.push(name);
  }
  // ", as Buyer" ending the entry ("between Acme Inc., as Buyer, and Bolt LLC, as Seller"): a trade role without quotes.
  const asRole = new RegExp(String.raw`,\s*as\s+(?:the\s+)?((?:${TRADE_ROLES}))\s*[,;.]?\s*$`, 'i').exec(piece)?.[1];
  if (asRole && /^\p{Lu}/u.test(asRole) && !has(asRole)) out.push(asRole);
  // "(as Company)", "(as the Lender)": a role given without quotes on a cover page.
  for (const m of piece.matchAll(/\(as\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\)/g)) {
    const name = m[1]!.trim();
    if (isShortNameOfParty(name) && !has(name)) out.push(name);
  }
  // "(1) ACME LIMITED incorporated … whose registered office is at 1 High Street, Leeds (Supplier)": the English form's
  // role in a parenthesis without quotes at the end of the party's entry.
  // The role words of an employment or a group's contract count too ("… whose registered office is at 1 Quay Street (Company).").
  const role = new RegExp(String.raw`\((?:the\s+)?((?:${TRADE_ROLES}|company|employer|employee|executive|owner|agent))\)[\s.;,]*(?:and)?\s*$`, 'i').exec(piece)?.[1];
  if (role && /^\p{Lu}/u.test(role) && !/[“"‘]/.test(piece)) out.push(role);
  for (const paren of piece.matchAll(SHORT_NAMES)) {
    for (const q of paren[1]!.matchAll(QUOTED)) {
      // British drafting sets the article inside the quotes ("hereinafter called "the Seller""): it is no part of the name.
      const name = q[1]!.replace(/[,.;:]+$/, '').trim().replace(/^the\s+(?=\p{Lu})/u, '');
      if (name && isShortNameOfParty(name) && !has(name)) out.push(name);
    }
  }
  return out;
}

/** "Ann Lee, director of Lotus Ltd": a person, an office held, "of", then the body the person acts for. */
const OFFICER_OF = /^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?:the\s+)?(?:(?:managing|executive|sole|general|authori[sz]ed)\s+)?(?:director|president|chief executive officer|ceo|owner|proprietor|partner|managing member|member|manager|chairman|chairwoman|chairperson|secretary|treasurer|officer|representative|signatory)\s+(?:of|for)\s+([A-Z].*)$/i;

/**
 * "Acme Media, a division of Bolt Group, Inc. (…)" (also "an operating / unincorporated division of", and in capitals):
 * group 1 is the division's name, group 2 the body it belongs to.
 */
const DIVISION_OF = /^([^,()]+?),?\s+(?:an?\s+|AN?\s+)?(?:(?:unincorporated|operating|business|UNINCORPORATED|OPERATING|BUSINESS)\s+)?(?:division\s+of|DIVISION\s+OF)\s+(?=[\p{Lu}\d])(.+)$/u;

/**
 * A second body after a slash, as one party made of two is written: "Tallis Group, LLC / Tallis Labs, Inc." (or in
 * capitals, "TALLIS GROUP, LLC / TALLIS LABS, INC."). The words after the slash are a whole name ending in its legal
 * form, so the party is both.
 */
const SECOND_BODY = new RegExp(String.raw`^\s*\/\s*(?=[A-Z0-9])[^/,()“”"]{0,60}?(?:,\s*|\s+)${LEGAL_FORM}\.?$`, 'i');

/**
 * A company of the former Soviet states is written in English with its form first and its name in quotation marks, as it is
 * registered: 'Limited Liability Company "Kestrel Neft"', 'Open Joint-Stock Company "Kestrel"', 'OOO "Kestrel"', 'LLC
 * "Kestrel"'. The quoted words are the name, not a short name defined for it (those stand in brackets after the name), so
 * the party is the form and the quoted name together. Only the forms written this way, and only a form that stands alone
 * before the quotation: "Acme Inc. “Acme”" keeps reading as a name and its short name.
 */
const FORM_FIRST = /^(?:(?:(?:open|closed|public|non-public|private)\s+)?joint[\s-]stock\s+company|limited\s+liability\s+(?:company|partnership)|additional\s+liability\s+company|LLC|OOO|ZAO|OAO|PAO|JSC|OJSC|CJSC|PJSC)$/i;
/** The quoted name after such a form, up to its closing quotation mark: group 1 is the whole name. */
const FORM_THEN_QUOTED_NAME = /^(\s*[^\s"“”«»()][^"“”«»(),;]{0,60}?\s+[“"«][^"“”«»(),;]{1,80}[”"»])/;

/** The title before a firm's name, after any list word: "M/s. ", "M/S ", "Messrs. ", "MESSRS ". */
const FIRM_TITLE = /^(\s*(?:and\s+|&\s+)?)(?:M\/[sS]|Messrs|MESSRS)\b\.?\s*(?=[\p{Lu}\d])/u;

/** The party's name: the piece without what follows the name (its form, address, short name). */
export function nameOf(piece: string): string {
  // A template's blank is the whole name ("[Company Name], a [State] corporation"): none of its words is a legal form.
  const placeholder = /^\s*(?:and\s+|&\s+)?(?:\(\s*(?:\d{1,2}|[a-h])\s*\)\s*)?(\[(?!\*+\])[^\]\n]{1,60}\])/.exec(piece);
  if (placeholder) return placeholder[1]!;
  // Guillemets set around a legal form are quotation marks, not part of it: "Acme Smelters « Pty » Ltd",
  // also typed as "<< Pty >>".
  let s = flat(piece).replace(/(?:«|<<)\s*([^«»<>]{1,20}?)\s*(?:»|>>)/g, '$1');
  // "Messrs." and its Indian short form "M/s." (also "M/S", "M/s" without the stop) title the firm that follows, as "Mr." titles a
  // person: they are no part of the firm's name ("M/s. Kaveri Textiles Pvt. Ltd." is "Kaveri Textiles Pvt. Ltd.").
  s = s.replace(FIRM_TITLE, '$1');
  // A list's number before the name ("(1) Ann Lee ("Lee")", "a) Acme Inc.", "2) Acme Inc.") is no part of the name: it goes first.
  s = s.replace(/^\s*(?:and\s+|&\s+)?\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)\s*(?=\S)/i, '').replace(/^\s*(?:and\s+|&\s+)?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+(?=\S)/, '');
  // The name stops at its first parenthesis, unless the parenthesis is part of it: "Zephyrine Fuel (USA) Inc.",
  // "Lotus (Jinan) Garden Services Co., Ltd." (a place in brackets, then the rest of the name and its legal form).
  // A person acting as an officer of a body ("Ann Lee, director of Lotus Ltd") contracts for the body: it is the party.
  const officer = OFFICER_OF.exec(s);
  if (officer && isPersonName(officer[1]!)) s = officer[2]!;
  // "Acme Media, a division of Bolt Group, Inc.": the name the contract gives the party is the division's.
  const division = DIVISION_OF.exec(s);
  if (division) s = division[1]!;
  const innerMatch = new RegExp(String.raw`^([^(]+\([^()"“”]{1,20}\)\s*((?:[\w&'’-]+\s+){0,6}?),?\s*${LEGAL_FORM}\b\.?(?:,?\s*${LEGAL_FORM}\b\.?)*)`, 'i').exec(s);
  // The words between the bracket and the legal form continue the name: capitalised, not a description ("… (USA) A Texas Corporation").
  const inner = innerMatch && innerMatch[2]!.split(/\s+/).filter(Boolean).every((w) => /^[\p{Lu}\d&]/u.test(w) && !/^(?:A|An|The)$/.test(w)) ? innerMatch : null;
  // A Swedish public company writes "(publ)" after its form ("Pavo Media AB (publ)"): it is part of the name.
  const paren = s.search(/\s*\((?!publ\))/i);
  if (inner) s = inner[1]!;
  else if (paren > 0) s = s.slice(0, paren);
  // Drop the tail, but keep ", Inc." / ", LLC" / ", N.A.", which belong to the name.
  // The tail never starts inside the first word: "THE ACME FILM CORPORATION, located at …" is a name, then a tail.
  const first = /^[^\s,]+/.exec(s)?.[0].length ?? 0;
  s = s.slice(0, first) + s.slice(first).replace(NAME_TAIL, '');
  // A person named with the place they live, as English deeds write it ("Ivo Lund of Strandvägen 9, Stockholm", "Ann Lee of
  // Flat 2, Mill House, Bath"): the address (a number or a comma in it) is no part of the name. Only after a person's name,
  // so "Bank of Westmark, N.A." and "University of Selwyn" keep theirs. A person's name is short: only an "of" in the first
  // 80 characters is tried, so a long run of "of …" words is read in linear time.
  const home = /^(.{1,80}?)\s+of\s+(?=[^,]*\d|[^,]+,)/.exec(s);
  if (home && isPersonName(home[1]!)) s = home[1]!;
  // Nothing after the legal form belongs to the name ("CPM Medical LLC EXHIBIT 10.43 …"), except a
  // d/b/a or a second form: "Acme Co., Ltd.". "Zephyrine Fuel (USA) Inc." lost "(USA) Inc." above; see below.
  const formFirst = FORM_THEN_QUOTED_NAME.exec(s);
  if (formFirst && FORM_FIRST.test(formFirst[1]!.trim().replace(/\s+[“"«][^"“”«»]*[”"»]$/, '').replace(/^(?:and|&)\s+/i, ''))) return formFirst[1]!.trim().replace(/^(?:and|&)\s+/i, '');
  const legal = NAME_TO_LEGAL_FORM.exec(s);
  if (legal && legal[2]!.trim() && !/^[\s,]*(?:d\/b\/a|dba|f\/k\/a|doing business as)\b/i.test(legal[2]!) && !/^\s*\(publ\)$/i.test(legal[2]!) && !SECOND_BODY.test(legal[2]!) && !placeInName(legal[1]!, legal[2]!)) s = legal[1]!;
  // The same after the lower-case "a.s." (see hasEntityForm), which LEGAL_FORM leaves out as initials in capitals.
  const czech = legal ? undefined : /^(.+?\sa\.s\.?)(?=\s|,|$)/.exec(s);
  if (czech && !/^[\s,]*(?:d\/b\/a|dba|f\/k\/a|doing business as)\b/i.test(s.slice(czech[1]!.length))) s = czech[1]!;
  // An opening in the first person ("We, Acme Inc., …", "I, Ann Lee, …"): the pronoun is no part of the name.
  s = s.replace(/^(?:We|I|WE),\s+(?=[\p{Lu}\d])/u, '');
  s = s.replace(/^(?:WHEREAS|Whereas),?\s+/, '').replace(/^(?:and|&)\s+/i, '').replace(/^[,;:\s]+/, '').replace(/[,;:\s]+$/, '');
  // "by and between the undersigned Acme Inc. and …": the word points at the signatures, it is no part of the name.
  s = s.replace(/^(?:the\s+)?undersigned,?\s+(?=[\p{Lu}\d])/iu, '');
  // List numbering, bullets and table bars before a name: "(1) Acme Ltd", "2. Acme Ltd", "● Acme", "| Acme".
  s = s.replace(/^(?:\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)|\d{1,2}\.(?=\s)|[●•▪·|*-])\s*/i, '').replace(/[’'"”]+$/, '');
  // A government body's name has no article ("between the City of Dayton, Ohio and …" names "City of Dayton, Ohio"); "the" in
  // lower case is the sentence's, not the name's. "The Regents of …", "The Bank of …" keep theirs (it is often in the name).
  s = s.replace(/^the\s+(?=(?:City|County|Town|Township|Village|Borough|State|Commonwealth|Province|Government)\s+of\s+\p{Lu})/u, '');
  s = s.replace(/^the\s+(?=[A-Z])/i, (m) => (/^the\s+[A-Z][a-z]/i.test(s) && !/^the\s+(?:University|Bank|Board|Regents|Trustees|City|County|State|Government|Commonwealth)\b/i.test(s) ? '' : m));
  // A sentence's full stop is not part of the name ("… the Supplier."); a legal form's is ("Inc.").
  if (/\.$/.test(s) && !/\b(?:inc|ltd|co|corp|jr|sr|esq|l\.p|l\.l\.c|n\.a|s\.a|plc|llc|lp|b\.v|n\.v|p\.c|p\.a|bhd|pvt|kft|zrt|nyrt|lda|ltda|[A-Z])\.$/i.test(s)) s = s.slice(0, -1);
  // A hyphen a line break left a space after ("Lin- Wei Studio"): the name is written "Lin-Wei".
  return s.replace(/(\p{Ll})- (\p{Lu}\p{Ll})/gu, '$1-$2').trim();
}

/** "the Company", "Trust", "Bank": only words that say what kind of body it is, no name (a role, not a party). */
export function isGenericName(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  return words.every((w) => /^the$/i.test(w) || new RegExp(`^${ENTITY_FORM.source}$`, 'i').test(w));
}

export function hasEntityForm(name: string): boolean {
  // A deceased person's estate is a party through its executor: "the Estate of Ann Lee".
  if (/^(?:the\s+)?estate\s+of\s+\p{Lu}/iu.test(name)) return true;
  // The Nordic form "AS" is written in capitals; a lower-case "as" is the English word ("Distributor, as set forth below").
  // In a name set in capitals only the last word can be the form ("NORDLYS AS"); inside, "AS" is the word ("… ATTACHED AS EXHIBIT A").
  const words = isCapitals(name) ? name.replace(/\bAS\b(?!\.?\s*$)/g, ' ') : name;
  // The Czech and Slovak "a.s." is a form only in lower case at the name's end: in capitals "A.S." is a person's initials.
  return ENTITY_FORM.test(words.replace(/\bas\b/g, ' ')) || /\sa\.s\.?$/.test(name);
}

/** A courtesy title before a person's name: "Dr. Ann Lee", "Mr. Bo Park", "Professor Ann Lee". */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Hon|MR|MRS|MS|MISS|MX|DR|PROF|SIR|DAME|HON)\.?\s+(?=\p{Lu})/u;
/** Degrees and generations written after a person's name: ", M.D.", ", Ph.D.", ", Jr.", " III", ", Esq.". */
const NAME_SUFFIX = /,?\s+(?:Jr|Sr|JR|SR|II|III|IV|Esq|ESQ|M\.\s?D|MD|Ph\.\s?D|PhD|PH\.\s?D|PHD|D\.\s?D\.\s?S|DDS|D\.\s?O|DO|R\.\s?N|RN|CPA|J\.\s?D|JD|MBA|P\.\s?E)\.?$/;
/** Small words inside a family name: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said". */
const NAME_PARTICLE = /^(?:de|la|le|du|da|di|del|della|der|den|van|von|ter|bin|binti|al|el|y)$/;
/** One capitalised name word: "Lee", "McAdam", "MacLeod", "O'Hara", "D’Souza", "Ann-Marie", "José", or one in capitals. */
const NAME_WORD = /^(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|[\p{Lu}'’-]{2,})$/u;

/**
 * "John A. Smith", "Mary O'Brien-Jones", "Dr. Ann de la Cruz, M.D.": two to four capitalised words,
 * initials and the small words of family names allowed, a courtesy title before and degrees or a
 * generation after, no entity form.
 */
export function isPersonName(name: string, leadingInitial = false): boolean {
  if (hasEntityForm(name)) return false;
  const bare = name.trim().replace(HONORIFIC, '');
  const titled = bare !== name.trim();
  let core = bare;
  for (let i = 0; i < 3 && NAME_SUFFIX.test(core); i++) core = core.replace(NAME_SUFFIX, '');
  const words = core.split(/\s+/);
  const named = words.filter((w) => !NAME_PARTICLE.test(w));
  if (named.length < 2 || named.length > 4 || words.length > 6) return false;
  // A particle stands inside the name, never first or last.
  if (NAME_PARTICLE.test(words[0]!) || NAME_PARTICLE.test(words[words.length - 1]!)) return false;
  // The family name is a word, never an initial.
  if (!NAME_WORD.test(words[words.length - 1]!)) return false;
  // An initial is a letter and its full stop: "A." in "John A. Smith" is no article. Many write the given
  // names as initials first ("Mr. A. Kumar", "Dr. J. R. Patel", "A.S. Kumar"): a first "A." alone could be a
  // list's letter, so it counts as an initial after a courtesy title, or joined to a second one ("J.R.").
  // `leadingInitial`: the caller knows the first "A." is no list's letter (a party role in brackets follows the name).
  const initial = (w: string, i: number): boolean => /^(?:\p{Lu}\.)+$/u.test(w) && (i > 0 || titled || leadingInitial || /^(?:\p{Lu}\.){2,}$/u.test(w));
  return words.every((w, i) => NAME_PARTICLE.test(w) || initial(w, i) || (NAME_WORD.test(w) && !NOT_A_NAME_WORD.test(w.replace(/\.$/, ''))));
}

export interface PartyOptions {
  /** True when the contract uses `shortName` again after its opening (a real defined party). */
  usedLater?: (shortName: string) => boolean;
  /** The full name of a party the text before the list already defined by this short name ("Acme Inc. ("Acme")"). */
  definedBefore?: (shortName: string) => string | undefined;
}

/**
 * Template blanks written in angle brackets, braces or guillemets ("<<Company Name>>", "<Supplier
 * Name>", "{Customer Legal Name}", "«enter Company Name»"), as the square-bracket blank the rest
 * of the reader knows: "[Company Name]". Only around the words a form asks for ("name", "enter",
 * "company", a role), since the same marks also quote a legal form ("Acme << Pty >> Ltd").
 */
const BLANK_WORDS = String.raw`[^<>{}«»\n]{0,40}?\b(?:name|enter|insert|company|customer|supplier|vendor|client|party|entity|licensee|licensor|distributor|contractor)\b[^<>{}«»\n]{0,40}?`;
const ANGLE_BLANK = new RegExp(String.raw`(?:<<|«|<|\{)\s*(${BLANK_WORDS})\s*(?:>>|»|>|\})`, 'giu');

export function withSquareBlanks(text: string): string {
  return text.replace(ANGLE_BLANK, (_m, words: string) => `[${words}]`);
}

/** The parties of an opening sentence, or [] when it names none. */
/**
 * A body and its subsidiary (or affiliate, or parent) named together under one short name: "Acme Inc., a Delaware
 * corporation, and its subsidiary Acme Europe GmbH (together, "Acme")". Each is a party, and each is known by the short
 * name they share, so the piece is read as two, the short name's parenthesis after each.
 */
const AND_ITS_MEMBER = /,?\s+and\s+its\s+(?:(?:wholly[- ]owned|indirect|direct|majority[- ]owned)\s+)?(?:subsidiary|affiliate|parent(?:\s+company)?)\s*,?\s+(?=[A-Z])/;

function groupMembers(piece: string): string[] {
  const m = AND_ITS_MEMBER.exec(piece);
  if (!m) return [piece];
  const head = piece.slice(0, m.index);
  const tail = piece.slice(m.index + m[0].length);
  const joint = /\((?:[^()]*\b(?:together|collectively|jointly)\b[^()]*)\)\s*[,;.]?\s*$/i.exec(tail);
  if (!joint || !hasEntityForm(nameOf(head)) || !hasEntityForm(nameOf(tail))) return [piece];
  return [`${head} ${joint[0].trim()}`, tail];
}

export function partiesFromOpening(opening: string, options: PartyOptions = {}): Party[] {
  // A line break after a slash of "d/b/a" or "f/k/a" leaves a space in it ("Inc. d/b/ a Blue Fern"): the abbreviation all the same.
  const list = partyListOf(withSquareBlanks(opening.replace(/\b([dfa])\/\s*([bkn])\/\s*(a)\b/gi, '$1/$2/$3')));
  if (!list) return [];
  const out: Party[] = [];
  const labelled = labelledPieces(list);
  // A cover page's line may end in a comma before the "and" line ("ANN LEE, as Guarantor," / "and"): no part of the party.
  const split = (labelled ?? splitTopLevel(untilRoleLabel(list))).flatMap(groupMembers).map((p) => p.replace(/\s*,\s*$/, ''));
  // A list lettered "A.", "B.", … in order ("between: A. Acme Ltd ("Acme"); and B. Ann Lee ("Consultant")"): the letters
  // are the items', not initials of a name, as a run of letters in order shows.
  const letter = (p: string, k: number): RegExpExecArray | null => new RegExp(String.raw`^\s*(?:and\s+)?${'ABCDEFGH'[k] ?? 'Z'}\.\s+(?=\S)`, 'i').exec(p);
  const lettered = split.length >= 2 && split.every((p, k) => letter(p, k)) && new Set(split.map((p) => /^\s*(?:and\s+)?(\w)/.exec(p)![1] === /^\s*(?:and\s+)?(\w)/.exec(p)![1]!.toUpperCase())).size === 1;
  const pieces = lettered ? split.map((p, k) => p.slice(letter(p, k)![0].length)) : split;
  // The piece each party was read from, to give a short name shared by several pieces to each (see sharedShortName).
  const from: number[] = [];
  for (const [at, piece] of pieces.entries()) {
    if (out.length > from.length) from.push(at - 1);
    // "… and you as an "Affiliate"": the reader, known by the role the sentence gives it.
    const you = /^(?:you|You)\b(?!\s+[A-Z])(?:\s+as\s+(?:an?|the)\s+[“"]([^“”"]{1,40})[”"])?/.exec(piece) ?? /^YOU(?=\s*$|\s*[,(]|\s+AS\b)(?:\s+AS\s+(?:AN?|THE)\s+[“"]([^“”"]{1,40})[”"])?/.exec(piece);
    if (you) {
      const role = you[1] && isCapitals(you[1]) ? you[1].charAt(0) + you[1].slice(1).toLowerCase() : you[1];
      if (!out.some((p) => p.name === 'You')) out.push(role ? { name: 'You', role } : { name: 'You' });
      continue;
    }
    // The role named before the party ("the Supplier, Acme Inc., a Delaware corporation"): the name follows it.
    const roleFirst = ROLE_BEFORE_NAME.exec(flat(piece));
    const rest = roleFirst ? nameOf(roleFirst[2]!) : '';
    const byRole = roleFirst && (hasEntityForm(rest) || isPersonName(rest)) ? { name: rest, role: roleFirst[1]! } : undefined;
    // An agent that contracts for a body it names ("Halden Shipping Ltd, as agent for and on behalf of Kessler Reederei GmbH
    // (the "Owner")"): the body is the party. Only a body with a legal form: "as agent for and on behalf of the Lenders" leaves the agent.
    const agentFor = /^[^()]*?,?\s+(?:as\s+(?:its\s+)?agents?\s+)?for\s+and\s+on\s+behalf\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(flat(piece));
    const principal = agentFor ? nameOf(flat(piece).slice(agentFor[0].length)) : '';
    const name = byRole?.name ?? (principal && hasEntityForm(principal) ? principal : nameOf(piece));
    const shorts = byRole && !shortNamesOf(piece).length ? [byRole.role] : shortNamesOf(piece);
    // "… and ACM.": a party the text before the list defined by its short name is that party.
    const full = !shorts.length && !hasEntityForm(name) ? options.definedBefore?.(name) : undefined;
    if (full) {
      if (!out.some((p) => p.name === full)) out.push({ name: full, role: name });
      continue;
    }
    // A name starts with a capital, a digit or a blank; a lower-case brand counts when its legal form follows ("acme.com, inc.").
    // A lower-case article starts a description, not a name ("and a [person living in] [company formed in] …", a form's
    // blank party described by its kinds).
    if (!name || name.length > 120 || !(/^[\p{Lu}\d[_]|^the\s/u.test(name) || LEGAL_FORM_END.test(name)) || /^an?\s/.test(name)) continue;
    // A name holds no verb of the sentence around it ("B are hereinafter referred to as…", "X is entered into").
    if (NOT_A_PARTY.test(name) || isGenericName(name) || /\b(?:are|is|shall|will|hereinafter|referred|collectively|individually|agrees?|entered|made)\b/.test(name) || /\bagreements?\b/i.test(name)) continue;
    // The same in an opening set in capitals ("… COLLECTIVELY AS THE …"), and a piece that goes on about the
    // party before it ("… AND ITS AFFILIATES", "WITH ITS PRINCIPAL OFFICE AT …").
    if (/\b(?:ARE|IS|SHALL|WILL|HEREINAFTER|REFERRED|COLLECTIVELY|INDIVIDUALLY|AGREES?|ENTERED)\b/.test(name) || /^(?:its|their|his(?!\s+majesty)|her(?!\s+majesty)|with|having|existing|organi[sz]ed)\b/i.test(name)) continue;
    // A phrase in capitals is no name, as its lower-case first word would show in ordinary case ("FOR THE BENEFIT
    // OF THE AFFILIATES NAMED …", "AS A MEMBER OF THE GROUP", "PROVIDE THE WORK LISTED IN SCHEDULE 2"); nor are
    // roles joined by "and" ("SUPPLIER AND CUSTOMER").
    const joined = name.split(/\s+(?:and|or|&)\s+/i);
    if (startsAsPhrase(name) || (joined.length > 1 && joined.every((w) => BARE_ROLE.test(w) || isGenericName(w)))) continue;
    // A short name that names a thing or a date defines no party unless a legal form or a person's name says so
    // ("… AND AMENDED BY THE PARTIES ON MAY 2 ("AMENDMENT EFFECTIVE DATE")").
    if (shorts.length && shorts.every((r) => THING.test(r)) && !hasEntityForm(name) && !isPersonName(name)) continue;
    // "…, a Northwind company, and Delaware corporation having an address at …": a kind of body in lower case describes the party before it.
    if (/\s(?:corporation|company|partnership|limited liability company)$/.test(name)) continue;
    const blank = /\[[^\]]*\]|_{3,}/.test(name);
    // A name with no legal form is kept for a short name the contract uses again, if it is written as a name
    // ("Larkmoor ("Partnership")"), not as a phrase ("the Seller affiliates named in Exhibit D").
    // A name given an address or a body's description ("X located at …", "X, with offices at …") is a party too.
    // A place and a street number with no short name is an address the layout cut off ("Convention Square, 1 Harbour Road").
    if (!blank && !shorts.length && !hasEntityForm(name) && /^[^,(]+,\s*\d/.test(flat(piece).replace(new RegExp(DATE_AFTER, 'i'), ''))) continue;
    // A division of a named body is that body's party under the division's name ("Acme Media, a division of Bolt Group, Inc.").
    const body = DIVISION_OF.exec(flat(piece))?.[2];
    const ofBody = !!body && isNameShaped(name) && (hasEntityForm(nameOf(body)) || isPersonName(nameOf(body)));
    // A person trading under another name is the party ("Ann Lee, doing business as Lee Trucking").
    const trader = name.split(TRADE_NAME)[0]!;
    // A lone first initial ("T. Harrington", "A. KUMAR") may letter a list's item, but not when a party's role in quotes and
    // brackets follows the name ("A. Kumar (the "Consultant")"): a list's letter heads a sentence, never a defined party.
    const initialled = shorts.length > 0 && /^\p{Lu}\.\s/u.test(name) && /^[^(]*\((?:the\s+)?["“]/i.test(flat(piece)) && isPersonName(name, true);
    const kept = blank || ofBody || initialled || hasEntityForm(name) || isPersonName(name) || (trader !== name && isPersonName(trader)) || (isNameShaped(name) && (shorts.some((s) => options.usedLater?.(s) ?? false) || DESCRIBED.test(piece)));
    if (!kept) continue;
    if (out.some((p) => p.name === name)) continue;
    out.push(shorts.length ? { name, role: shorts.join(' / ') } : { name });
    if (out.length >= 8) break;
  }
  if (out.length > from.length) from.push(pieces.length - 1);
  return sharedShortName(out, from, pieces);
}

/**
 * A parenthesis that gives a short name to several parties at once: (collectively, "Sellers"), (each a "Licensor"), (together,
 * the "Funds"). Not one that widens a single party to its own group ("(together with its Affiliates, "Acme")"): that short
 * name is the one party's.
 */
const SHARED_SHORT_NAME = /\(([^()]*\b(?:collectively|together|jointly|each)\b(?!\s+with\s+its\b)[^()]*)\)[\s,;.]*$/i;

/**
 * Parties named one after the other and given one short name after the last: "Alder Inc. and Birch LLC (collectively,
 * "Licensors")", "Ann Lee and Bo Lee, husband and wife (together, "Landlord")". The short name is each one's, so the
 * parties before the last that have none of their own take it too. Not when the last party's piece itself joins its
 * name to others with "and" ("Birch LLC and its affiliates (collectively, "Birch")": the group is Birch's), nor when
 * the short name is a word of the last party's name alone ("Alder Inc., and Birch LLC (collectively "Birch")").
 */
function sharedShortName(out: Party[], from: readonly number[], pieces: readonly string[]): Party[] {
  const words = (n: string): string[] => n.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return out.map((p, k) => {
    if (p.role) {
      // "A Inc. ("A") and B LLC ("B") (each a "Venturer" and together the "Venturers")": the last party has its own short
      // name before the one shared by all, which the others, with short names of their own, share too; it is not the last one's.
      const piece = k === out.length - 1 && k > 0 && out.slice(0, k).every((q) => q.role) ? flat(pieces[from[k]!] ?? '') : '';
      const shared = piece ? SHARED_SHORT_NAME.exec(piece) : null;
      // A short name in the shared parenthesis before its collective word is the last one's own ("(the "Notes Trustee" and
      // collectively with the Agent, "Purchaser")").
      const inShared = shared ? /^[^]*?(?=\b(?:collectively|together|jointly|each|individually)\b)/i.exec(shared[1]!)?.[0] ?? '' : '';
      // Only a quoted name there: "(HEREINAFTER REFERRED TO COLLECTIVELY AS …)" has words before its collective word, no name.
      const own = shared ? [...shortNamesOf(piece.slice(0, shared.index)), ...(/["“”‘’']/.test(inShared) ? shortNamesOf(`(${inShared})`) : [])] : [];
      return own.length ? { ...p, role: own.join(' / ') } : p;
    }
    // The nearest party after this one, from the next piece, with a shared short name; every party between them has none.
    let j = k + 1;
    while (j < out.length && !out[j]!.role && from[j] === from[j - 1]! + 1) j++;
    const last = out[j];
    if (!last?.role || from[j] !== from[j - 1]! + 1) return p;
    const piece = flat(pieces[from[j]!]!);
    const shared = SHARED_SHORT_NAME.exec(piece);
    if (!shared) return p;
    const between = piece.slice(0, shared.index).replace(new RegExp(JOINT_HOLDERS, 'i'), '');
    const start = between.indexOf(last.name);
    if (start < 0 || /\s(?:and|AND|&)\s/.test(between.slice(start + last.name.length))) return p;
    const roles = last.role.split(' / ');
    if (roles.some((r) => words(last.name).includes(r.toLowerCase()) && !words(p.name).includes(r.toLowerCase()))) return p;
    return { ...p, role: last.role };
  });
}

/** Where a trade name follows the party's own name: "d/b/a", "doing business as", "trading as". */
const TRADE_NAME = /,?\s+(?:d\/b\/a|dba|doing\s+business\s+as|trading\s+as|t\/a)\s/i;

/** A party's address or description after its name: "… located at 2 Main St", "…, with offices at", "…, having its principal place of business". */
// A name described as a kind of body ("Kingsmere Health System, a Tennessee nonprofit corporation", "Larkspur Wind, a California
// limited partnership") is a body's name even without a legal form in it.
const DESCRIBED = /^[^(]{1,80}?[’'"]?,?\s+(?:an?\s+(?:[\w.-]+\s+){0,4}?(?:corporation|company|limited\s+partnership|general\s+partnership|limited\s+liability\s+partnership)\b|located\s+at|with\s+(?:its\s+)?(?:offices?|principal\s+(?:office|place)|registered\s+office|a\s+place\s+of\s+business)|having\s+(?:its|a|an)\s+(?:principal|registered|place|office|address)|whose\s+(?:registered|principal)\s+(?:office|place))\b/i;

/**
 * A name, not a phrase: every word capitalised but the small words inside names ("Bank of the West", "Research &
 * Trading"). Set in capitals, a name holds none of the words ordinary case would write in lower case ("INDIVIDUAL
 * OR ENTITY IDENTIFIED ON THE COVER PAGE" is a phrase).
 */
export function isNameShaped(name: string): boolean {
  if (isCapitals(name)) return !name.split(/[\s,]+/).some((w) => CAPITALS_PHRASE_WORD.test(w));
  return name.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || /^(?:of|and|the|for|de|du|da|del|der|van|von|y|et|&)$/.test(w) || LOWER_CASE_FORM.test(w));
}

/**
 * A legal form as many registries write it, in lower case: "Thamesbury plc", "Vantor s.r.o.", "Kladno a.s.", "Odra Sp. z
 * o.o.", "Sava d.o.o.", "Acme Holding b.v.". It ends a name, it does not make the name a phrase.
 */
const LOWER_CASE_FORM = /^(?:plc|p\.l\.c|s\.r\.o|spol|s|r\.o|a\.s|z|o\.o|d\.o\.o|s\.a|s\.p\.a|s\.r\.l|b\.v|n\.v|s\.a\.s|ltda|lda|gmbh|pty|ltd|inc|llc)\.?,?$/;

/** What ends a labelled party's name inside a list: the next label of its entry ("Address:", "Legal Representative:"). */
const ENTRY_LABEL = /\s+(?:Address|Registered Address|Legal Representative|Authori[sz]ed Representative|Domicile|Tel|Telephone|Fax|Attn|Attention|E-?mail)\s*:.*$/i;

/**
 * A list that goes on into a cover's role lines ("between A, located at …, and B, located at … Licensor: B
 * Licensee A"): the parties were named before the first label.
 */
function untilRoleLabel(list: string): string {
  for (const m of list.matchAll(ROLE_LABEL_START)) {
    if (m.index > 0 && /\s$/.test(list.slice(0, m.index)) && depthAt(list, m.index) === 0) return list.slice(0, m.index);
  }
  return list;
}

/** How many parentheses are open at `index`. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (const c of text.slice(0, index)) depth += c === '(' ? 1 : c === ')' && depth > 0 ? -1 : 0;
  return depth;
}

/**
 * A list that gives each party under a role label ("by and between: Party A: Acme Co., Ltd. Address: …
 * Party B: Bolt Ltd. Address: …"): one piece per label, without the label and the entry's other lines.
 * Undefined when the list has fewer than two labels.
 */
function labelledPieces(list: string): string[] | undefined {
  const parts = list.split(ROLE_LABEL_START).map((t) => t.trim()).filter(Boolean);
  const entries = parts.filter((t) => ROLE_LABEL_AT_START.test(t));
  if (entries.length < 2) return undefined;
  return entries.map((t) => {
    const role = ROLE_LABEL_AT_START.exec(t)![1]!;
    const rest = t.replace(ROLE_LABEL_AT_START, '').replace(ENTRY_LABEL, '').trim();
    // The label is the role when the entry gives no short name of its own.
    return /[“"]/.test(rest) ? rest : `${rest} ("${role.replace(/\s+/g, ' ')}")`;
  });
}

/** The roles a contract gives its parties in trade, as label words ("Licensee:", "SELLER | …"). */
export const TRADE_ROLES =
  'licensor|licensee|lessor|lessee|buyer|seller|supplier|customer|client|contractor|consultant|vendor|purchaser|landlord|tenant|investor|distributor|service provider|provider|manufacturer|reseller|franchisor|franchisee|sponsor|developer|publisher|lender|borrower|guarantor|assignor|assignee|transferor|transferee|grantor|grantee';

/** A party's role before its name, set off by a comma: "the Supplier, Acme Inc., …" (group 1 the role, group 2 the rest). */
// Also without the article, as the role is written as a label: "between Licensor, Acme Inc., … and Licensee, Bolt LLC".
const ROLE_BEFORE_NAME = new RegExp(String.raw`^\s*(?:and\s+)?(?:(?:the|THE)\s+)?((?:${TRADE_ROLES}))\s*,\s+(\S.*)$`, 'i');

/** Role labels that open a line naming a party. */
// "First Party", "Party 1": how drafts translated from Chinese or written in India label the two sides.
// "Bill To:", "Sold To:": how a purchase order or an invoice-style order form labels the buyer beside its "Vendor:".
const ROLE_WORDS = `${TRADE_ROLES}|employer|employee|company|owner|agent|party [abc12]|(?:first|second) party|bill(?:ed)? to|sold to`;
/** A role word alone, with or without "the": "Sponsor", "the Licensee". */
const BARE_ROLE = new RegExp(String.raw`^(?:the\s+)?(?:${ROLE_WORDS})$`, 'i');
/**
 * "Licensor: NAME", "Party A (Shipper): NAME", "Customer Name: NAME": a role (the label may add "name"), an optional second role in parentheses, a
 * colon, then the name (periods allowed: "Co., Ltd.") up to the line's end or the next label
 * ("Address:", "Legal Representative:").
 */
const ROLE_LINE = new RegExp(String.raw`^(?:the\s+)?(${ROLE_WORDS})(?:['’]s)?(?:\s+(?:full\s+|legal\s+|registered\s+)?name)?\s*(?:\([^()]{1,30}\))?\s*:\s*([A-Z][^;:]{2,100}?)(?:\s+(?:Address|Legal Representative|Registered Address|Tel|Telephone|Phone|Fax|E-?mail|Attn|Attention|Ship\s+To|Deliver\s+To|(?:Effective\s+|Commencement\s+|Start\s+)?Date)\s*:.*)?$`, 'i');

/** Where a role label starts inside a line: "… Shanghai Party B (Carrier): NAME". */
const ROLE_LABEL_START = new RegExp(String.raw`(?=\b(?:the\s+)?(?:${ROLE_WORDS})(?:['’]s)?(?:\s+(?:full\s+|legal\s+|registered\s+)?name)?\s*(?:\([^()]{1,30}\))?\s*:)`, 'gi');
/** A role label at the start of an entry; group 1 is the role. */
const ROLE_LABEL_AT_START = new RegExp(String.raw`^(?:the\s+)?(${ROLE_WORDS})(?:['’]s)?(?:\s+(?:full\s+|legal\s+|registered\s+)?name)?\s*(?:\([^()]{1,30}\))?\s*:\s*`, 'i');

/**
 * The role lines in a block: layout often runs the next party's line on after the previous one's
 * address ("Address: 1 Main Road, Shanghai Party B (Carrier): Acme Logistics Ltd.").
 */
export function roleLinesOf(text: string): string[] {
  return flat(text).split(ROLE_LABEL_START).map((t) => t.trim()).filter(Boolean);
}

/** A "Licensor: NAME" line, or undefined. */
export function partyFromRoleLine(line: string): Party | undefined {
  // The last role line of a text without line breaks runs on into the sentence after it, which often ends on a colon
  // ("Licensee: Acme Inc., 4 Oak Road, Austin The parties agree as follows:"): that colon, after a word in lower case,
  // starts no label, and the name is still read up to its legal form. A colon after a capitalised word is a label left
  // empty ("Party B: Acme Co., Ltd. (Seal) Representative:", a signature line), and the line is no party's.
  const text = flat(line);
  const m = ROLE_LINE.exec(/\s\p{Ll}+:\s*$/u.test(text.slice(-60)) ? text.slice(0, text.lastIndexOf(':')) : text);
  if (!m) return undefined;
  const name = nameOf(m[2]!);
  if (!name || !(hasEntityForm(name) || isPersonName(name) || /^\[/.test(name))) return undefined;
  const role = m[1]!;
  return { name, role: role.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/(?<=\w)\w+/g, (w) => w.toLowerCase()) };
}

/**
 * The words a defining parenthesis may put before a party's quoted short name, in ordinary case or in capitals, as US
 * openings write them: "hereinafter (referred to as | called)", "referred to herein as", "herein called", "hereinafter,",
 * "hereafter", "referred to as", "known as", and the article after them ("(hereinafter called the "Buyer")").
 */
const DEFINED_AS = ((lower: string) => `(?:${lower}|${lower.toUpperCase().replace(/\\S/g, '\\s')})`)(
  String.raw`(?:(?:hereinafter|hereafter|herein)\s*,?\s*)?(?:(?:referred\s+to|known|designated)\s+(?:(?:herein|hereinafter)\s+)?as\s+|called\s+)?(?:the\s+)?`,
);

/**
 * The rest of a word of a party's name after its capital, at most 60 characters: no name has a longer word, and an
 * unbounded word would let a pattern that may start at any capital re-read a long run of letters (a text with no
 * spaces) from each of its capitals, in time that grows with the square of the run.
 */
// The same bound is written out in `unquoted` and NAMED_WITH_ADDRESS.
const NAME_WORD_REST = String.raw`[\w.&'’-]{0,60}`;

/**
 * Parties introduced by a defined short name anywhere in an opening ("[Company Name], a Delaware
 * corporation (the "Company")") when there is no between/among list.
 */
export function partiesFromDefinitions(text: string, options: PartyOptions = {}): Party[] {
  const t = flat(text);
  const out: Party[] = [];
  // A capitalised name (or a [blank]) of up to 8 words, with the small words that join a name's words
  // ("Bank of the West", "Centre for Imaging"), an optional description (", a/an/the …",
  // "with a place of business at …", "having an address at …"), then ("Short").
  // The description's words may be set in capitals too ("ACME, INC., A DELAWARE CORPORATION (THE "COMPANY")"), and may
  // give the capacity the party signs in ("Ann Lee, as the sole member (the "Member")").
  // The parenthesis may first widen the party to its own group ("(together with its Affiliates, "Acme")", "(collectively
  // with its subsidiaries, the "Supplier")", "(together with its permitted successors and assigns, "Acme")"): the short
  // name is still the party's.
  const re = new RegExp(
    String.raw`(\[[^\]]{1,40}\]|(?:(?:[A-Z]${NAME_WORD_REST}(?:\s+(?:of|for|de|du|del)(?:\s+the)?)?|&),?\s+){0,7}[A-Z]${NAME_WORD_REST})(?:,\s*(?:an?|the|AN?|THE)\s+[^()]{0,100}?|,\s*(?:as|AS)\s+(?:an?|the|its|AN?|THE|ITS)\s+[^()]{0,60}?|,?\s+(?:with|having|located|whose|represented|acting|WITH|HAVING|LOCATED|WHOSE|REPRESENTED|ACTING)\s[^()]{0,160}?)?,?\s*\((?:(?:together|collectively|TOGETHER|COLLECTIVELY)\s+(?:with|WITH)\s+(?:its|ITS)\s+[^()“”"]{1,60}?,\s*)?(?:the\s+|THE\s+|${DEFINED_AS})?[“"]([A-Z][\w .&'’-]{0,30})[”"](?:\s+(?:and|AND)\s+[^()]{0,80})?\)`,
    'g',
  );
  // "X Co. (hereinafter referred to as Party A)": the short name unquoted.
  const unquoted = /(\[[^\]]{1,40}\]|(?:[A-Z][\w.&'’-]{0,60},?\s+(?:(?:and|of|&)\s+)?){0,7}[A-Z][\w.&'’-]{0,60})\s*\(hereinafter\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?(Party\s+[A-Z])\)/g;
  // A document's name gives back the words after it: "Acme Inc. ("Acme") enters into this Agreement with Bolt LLC
  // ("Bolt")" first reads "Agreement" described "with Bolt LLC"; the party's name is in that description.
  const matches = [...t.matchAll(re)];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const party = definedParty(m, options);
    if (party) {
      if (!out.some((p) => p.name === party.name)) out.push(party);
      continue;
    }
    const after = m[0].slice(m[1]!.length);
    if ((NOT_A_PARTY.test(nameOf(m[1]!)) || INSTRUMENT_NAME.test(nameOf(m[1]!))) && /^,?\s+(?:with|having|located|whose|represented|acting|WITH|HAVING|LOCATED|WHOSE|REPRESENTED|ACTING)\s/.test(after)) matches.splice(k + 1, 0, ...after.replace(/^,?\s+\S+\s/, '').matchAll(re));
  }
  // The pattern needs that literal (it is case-sensitive): without it, it is not run at all.
  if (t.includes('(hereinafter')) for (const m of t.matchAll(unquoted)) {
    const party = definedParty(m, options);
    if (party && !out.some((p) => p.name === party.name)) out.push(party);
  }
  return out;
}

/**
 * A name that ends in an instrument's noun names a document, not a party, whatever its other words ("Acme Inc.
 * ("Acme") enters into this Services Agreement with Bolt LLC ("Bolt")": "Services" is no legal form here).
 */
const INSTRUMENT_NAME = /\b(?:agreement|contract|amendment|addendum)$/i;

/** A committee or working group named by its function, or any subcommittee: set up under an agreement, no party to it. */
const INTERNAL_BODY = /\b(?:sub-?committee|(?:management|steering|executive|operating|operations|joint|coordinati\w+|technical|audit|review|advisory|procurement|development|research|compensation|nominating|governance)\s+(?:committee|group|board)|working\s+group|task\s+force)$/i;

/** The party a definition match names ("Acme Inc., a Delaware corporation (the "Company")"), or undefined. */
function definedParty(m: RegExpMatchArray, options: PartyOptions): Party | undefined {
  // Capitalised words run back into the sentence when it is set in capitals: "… ENTERED INTO BY AND BETWEEN ACME LLC",
  // "… THE TERMS UNDER WHICH ACME LLC".
  // "OF" leads up to a party ("ON BEHALF OF ACME LLC", "THE PURPOSE OF …") unless the word before it names a kind of
  // body: then it stands inside the name ("BANK OF ACME, N.A.", "UNIVERSITY OF …").
  const whole = nameOf(
    isCapitals(m[1]!)
      ? m[1]!.replace(/^(?:.*\s)?(?:BETWEEN|AMONG|AMONGST|INTO|BY|WITH|FROM|IS|ARE|MADE|ENTERED|UNDER|WHICH|WHOM|THAT|UPON|HEREBY)\s+(?:AND\s+)?/, '').replace(/^(?:.*\s)?(\S+)\s+OF\s+/, (lead: string, word: string) => (isGenericName(word) ? lead : ''))
      : m[1]!,
  );
  // A capitalised instrument's name run in before the party that made it ("joins the Investors' Rights Agreement of Acme
  // Inc. (the "Company")"): the party is the body after the instrument's "of" / "with".
  const ofInstrument = /^.*\b(?:Agreements?|Contracts?|Plans?|AGREEMENTS?|CONTRACTS?|PLANS?)\s+(?:of|with|OF|WITH)\s+(?=\S)/.exec(whole);
  // The formula that opens a note or a deed poll is no part of the name after it ("FOR VALUE RECEIVED, Acme LLC ("Maker")").
  const formula = /^(?:for\s+value\s+received|witnesseth|know\s+all\s+(?:men|persons)\s+by\s+these\s+presents)\s*[,:]?\s+(?:that\s+)?(?=\S)/i.exec(whole);
  if (formula) return definedParty(Object.assign([m[0], whole.slice(formula[0].length), m[2]], { index: m.index, input: m.input }) as RegExpMatchArray, options);
  const name = ofInstrument && hasEntityForm(whole.slice(ofInstrument[0].length)) ? whole.slice(ofInstrument[0].length) : whole;
  if (!name || startsAsPhrase(name) || /^(?:AND|OR|THE)$/.test(name)) return undefined;
  // The document a party is named in is no party: "… and the Customer identified on the Order Form ("Customer")".
  if (/\b(?:identified|named|listed|set\s+forth|specified|described|indicated|designated)\s+(?:on|in|at|under|by)\s+(?:the\s+|an?\s+|any\s+|each\s+)?$/i.test(m.input!.slice(0, m.index! + m[0].indexOf(m[1]!)))) return undefined;
  const role = m[2]!.trim();
  if (NOT_A_PARTY.test(role) || NOT_A_PARTY.test(name) || INSTRUMENT_NAME.test(name) || isGenericName(name)) return undefined;
  // A role word is not a name: "Sponsor with the following benefits under the General Provisions (the
  // "General Provisions")" defines a document. Only a template's "Distributor ("Distributor")" names a party so.
  if (BARE_ROLE.test(name) && name.toLowerCase() !== role.toLowerCase()) return undefined;
  // A short name used again makes a party of a name, not of a phrase in capitals ("INDIVIDUAL OR ENTITY IDENTIFIED ON …").
  if (!(hasEntityForm(name) || isPersonName(name) || /^\[/.test(name) || (options.usedLater?.(role) && (!isCapitals(name) || isNameShaped(name))))) return undefined;
  // Without a legal form, a short name that names a thing defines no party: "$5 per Offered Share (the
  // "Offering Price")", "a bout in Guangzhou, China (the "Event")".
  if (THING.test(role) && !hasEntityForm(name)) return undefined;
  // Nor does a name counted out (see COUNTED_BEFORE), even one that holds a word of a legal form ("Trust", "Capital") unless it
  // ends in one.
  if (!numberedCompany(name) && COUNTED_BEFORE.test(textBefore(m))) return undefined;
  // A body the parties set up among themselves is none of them: "a Steering Committee (the "SC")", "(i) Finance Subcommittee
  // (hereinafter called "FSC")", "a Procurement Working Group".
  if (INTERNAL_BODY.test(name) && !hasEntityForm(name)) return undefined;
  return { name, role };
}

/**
 * A party named with its address and an unquoted short name, with no "between" before it: "ACME TECHNICAL SERVICES OF
 * 12 PARK ROAD, IRVINE, CALIFORNIA 92614 (ACME) certifies that the Products furnished by BOLT SYSTEMS, INC. OF 4 OAK
 * STREET, AUSTIN, TEXAS 78701 (BOLT) …". Group 1 is the name (capitalised words right before "of" / "at" / "located at"),
 * group 2 the address (starting with its number, no parenthesis), group 3 the short name in the parenthesis, quoted or not.
 */
const NAMED_WITH_ADDRESS =
  /((?:[\p{Lu}\d][\w.&'’-]{0,60},?\s+){0,7}[\p{Lu}][\w.&'’-]{0,60}),?\s+(?:of|OF|at|AT|located\s+at|LOCATED\s+AT|with\s+offices\s+at|WITH\s+OFFICES\s+AT)\s+(\d[^()]{4,160}?)\s*\((?:the\s+|THE\s+)?["“]?([\p{Lu}][\w&.-]{1,20}(?:\s+[\p{Lu}][\w&.-]{1,20}){0,2})["”]?\)/gu;

/**
 * The parties of an opening that names each one with its address and a short name but no "between" or "by and
 * among" (see NAMED_WITH_ADDRESS): a name is a party when it has a legal form or when its short name is used again
 * later; a word that leads into the name in capitals ("BY", "AND") is no part of it. [] unless two are named.
 */
export function partiesWithAddresses(text: string, options: PartyOptions = {}): Party[] {
  const out: Party[] = [];
  for (const m of flat(text).matchAll(NAMED_WITH_ADDRESS)) {
    const name = nameOf(m[1]!.replace(/^(?:.*\s)?(?:BY|AND|WITH|FROM|BETWEEN|AMONG|THAT|TO|FOR)\s+/, ''));
    const role = m[3]!;
    if (!name || startsAsPhrase(name) || NOT_A_PARTY.test(role) || isGenericName(name) || !isNameShaped(name)) continue;
    if (!(hasEntityForm(name) || isPersonName(name) || options.usedLater?.(role))) continue;
    if (!out.some((p) => p.name === name)) out.push({ name, role });
  }
  return out.length >= 2 ? out : [];
}

/**
 * A bilingual line's English words: a Chinese-English contract gives each label and name in both languages ("甲方 Party A
 * (甲方)： 华信机械有限公司 Huaxin Machinery Co., Ltd."), and the rules read the English ("Party A: Huaxin Machinery Co., Ltd.").
 * Only a line (or a short block) that has English words too; full-width colons and parentheses become ordinary ones.
 */
export function englishOf(text: string): string {
  // A line or a short block only: a long paragraph that quotes a Chinese phrase keeps its text as written.
  if (text.length > 400 || !/\p{Script=Han}/u.test(text) || !/[A-Za-z]{3}/.test(text)) return text;
  return text
    .replace(/：/g, ': ')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\p{Script=Han}\u3000-\u303f]+/gu, ' ')
    .replace(/\(\s*\)/g, ' ')
    // A label left in its parenthesis once its Chinese went before it ("甲方（Party A）：" reads "Party A:").
    .replace(/(^|\s)\(([^()]{1,30})\)(?=\s*:)/g, '$1$2')
    .replace(/\s+(?=[:,;)])/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
