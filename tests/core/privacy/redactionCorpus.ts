/**
 * A labelled redaction test set, generated (never downloaded): contract-like paragraphs with planted
 * identifiers of every kind in many formats, plus look-alikes that must be left alone (dates that are
 * not birth dates, amounts, clause numbers, numbers failing Luhn/mod-97/SSN rules …).
 * Check digits are computed here independently of the redactor's validators.
 */
import type { RedactionKind } from '../../../electron/core/privacy/structuredIds';
import { seededRandom } from '../../helpers/seededRandom';

export interface Planted {
  kind: RedactionKind;
  start: number;
  end: number;
  value: string;
}

export interface LabelledDoc {
  text: string;
  /** Identifiers that must be hidden. */
  planted: Planted[];
  /** Look-alikes that must stay visible. */
  lookalikes: { start: number; end: number; value: string; what: string }[];
  /** Party names, as key terms would report them. */
  parties: string[];
}

class Gen {
  constructor(readonly rnd: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)] as T;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  upper(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25));
    return s;
  }
}

function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function ibanWithCheck(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - mod97(rearranged)).padStart(2, '0');
  return `${country}${check}${bban}`;
}

const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

const FIRST = ['Jane', 'John', 'Maria', 'Ahmed', 'Priya', 'Wei', 'Olga', 'Carlos', 'Fatima', 'Thomas', 'Aisha', 'Hiroshi', 'Elena', 'David', 'Grace', 'Samuel', 'Ingrid', 'Mateo', 'Chloe', 'Kwame'];
const LAST = ['Doe', 'Smith', 'Garcia', 'Khan', 'Patel', 'Chen', 'Ivanova', 'Mendes', 'Haddad', 'Becker', 'Okafor', 'Tanaka', 'Rossi', 'Cohen', 'Nguyen', 'Larsen', 'Moreau', 'Silva', 'Dubois', 'Mensah'];
const ORG_STEM = ['Northwind Traders', 'Globex', 'Initech', 'Umbrella Logistics', 'Stark Maritime', 'Blue Harbor Capital', 'Vandelay Industries', 'Kestrel Analytics', 'Oakridge Biotech', 'Helios Energy'];
const ORG_SUFFIX = ['Inc.', 'LLC', 'Ltd.', 'GmbH', 'Corporation', 'S.A.', 'plc', 'L.P.'];

type Piece = string | { kind: RedactionKind; value: string } | { lookalike: string; value: string };

function phone(g: Gen): string {
  const n3 = () => String(g.int(2, 9)) + g.digits(2);
  const formats: (() => string)[] = [
    () => `+1 (${n3()}) ${n3()}-${g.digits(4)}`,
    () => `+1 ${n3()} ${n3()} ${g.digits(4)}`,
    () => `(${n3()}) ${n3()}-${g.digits(4)}`,
    () => `${n3()}-${n3()}-${g.digits(4)}`,
    () => `${n3()}.${n3()}.${g.digits(4)}`,
    () => `1-800-${n3()}-${g.digits(4)}`,
    () => `+44 20 ${g.digits(4)} ${g.digits(4)}`,
    () => `+44 (0)20 ${g.digits(4)} ${g.digits(4)}`,
    () => `020 ${g.digits(4)} ${g.digits(4)}`,
    () => `0044 161 ${g.digits(3)} ${g.digits(4)}`,
    () => `+49 30 ${g.digits(6)}`,
    () => `+49 (0)89 ${g.digits(4)} ${g.digits(4)}`,
    () => `030 ${g.digits(7)}`,
    () => `+33 1 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
    () => `01 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
    () => `+61 2 ${g.digits(4)} ${g.digits(4)}`,
    () => `+81 3-${g.digits(4)}-${g.digits(4)}`,
    () => `+353 1 ${g.digits(3)} ${g.digits(4)}`,
    () => `+91 ${g.int(7, 9)}${g.digits(4)} ${g.digits(5)}`,
    () => `+31 6 ${g.digits(8)}`,
    () => `+1-${n3()}-${n3()}-${g.digits(4)}`,
    () => `+65 ${g.digits(4)} ${g.digits(4)}`,
  ];
  return g.pick(formats)();
}

function card(g: Gen): string {
  const kind = g.int(0, 3);
  let payload: string;
  if (kind === 0) payload = `4${g.digits(14)}`; // Visa 16
  else if (kind === 1) payload = `5${g.int(1, 5)}${g.digits(13)}`; // Mastercard 16
  else if (kind === 2) payload = `3${g.pick(['4', '7'])}${g.digits(12)}`; // Amex 15
  else payload = `6011${g.digits(11)}`; // Discover 16
  const num = payload + luhnCheckDigit(payload);
  const sep = g.pick([' ', '-', '']);
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

function invalidCard(g: Gen): string {
  const payload = `4${g.digits(14)}`;
  const bad = (Number(luhnCheckDigit(payload)) + g.int(1, 9)) % 10;
  return (payload + String(bad)).replace(/(.{4})(?=.)/g, '$1 ');
}

function iban(g: Gen): string {
  const country = g.pick(['DE', 'GB', 'NL', 'AT', 'CH', 'IE']);
  const bban =
    country === 'DE' ? g.digits(18) : country === 'GB' || country === 'IE' ? g.upper(4) + g.digits(14) : country === 'NL' ? g.upper(4) + g.digits(10) : country === 'AT' ? g.digits(16) : g.digits(17);
  const value = ibanWithCheck(country, bban);
  return g.rnd() < 0.6 ? group4(value) : value;
}

function invalidIban(g: Gen): string {
  const good = ibanWithCheck('DE', g.digits(18));
  const check = Number(good.slice(2, 4));
  const badCheck = String(((check + g.int(1, 90)) % 97) + 2).padStart(2, '0');
  return group4(`DE${badCheck === good.slice(2, 4) ? '01' : badCheck}${good.slice(4)}`);
}

function ssn(g: Gen): string {
  let area = g.int(1, 899);
  if (area === 666) area = 665;
  return `${String(area).padStart(3, '0')}-${String(g.int(1, 99)).padStart(2, '0')}-${String(g.int(1, 9999)).padStart(4, '0')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function date(g: Gen, yearLo: number, yearHi: number): string {
  const y = g.int(yearLo, yearHi);
  const m = g.int(1, 12);
  const d = g.int(1, 28);
  const f = g.int(0, 4);
  if (f === 0) return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
  if (f === 1) return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (f === 2) return `${MONTHS[m - 1]} ${d}, ${y}`;
  if (f === 3) return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${d}.${m}.${y}`;
}

function person(g: Gen): string {
  return g.rnd() < 0.3 ? `${g.pick(FIRST)} ${g.upper(1)}. ${g.pick(LAST)}` : `${g.pick(FIRST)} ${g.pick(LAST)}`;
}

/** Sentences with slots: each returns pieces so offsets are exact. */
function sentences(g: Gen, parties: { a: string; b: string; personA: string }): Piece[][] {
  const email = (name: string) => {
    const [f, l] = name.toLowerCase().replace(/[^a-z ]/g, '').split(/\s+/);
    return `${g.pick([`${f}.${l}`, `${f}${l}`, `${f}_${l}+legal`, `${(f ?? 'x')[0]}${l}`])}@${g.pick(['example.com', 'mail.example.org', 'corp.example.co.uk', 'EXAMPLE.NET', 'law-firm.example.de'])}`;
  };
  const p = person(g);
  const q = person(g);
  const acct = () =>
    g.pick<[string, string]>([
      ['Account No. ', g.digits(g.int(8, 12))],
      ['Policy Number: ', `PL-${g.int(2019, 2026)}-${g.digits(6)}`],
      ['Reference: ', `INV-${g.digits(6)}`],
      ['routing number ', `0${g.digits(8)}`],
      ['Member ID ', g.digits(8)],
      ['Customer ID: ', `C${g.digits(7)}`],
      ['Loan No. ', `${g.digits(4)}-${g.digits(6)}`],
      ['SWIFT/BIC: ', `${g.upper(4)}${g.pick(['DE', 'GB', 'FR', 'US'])}${g.upper(2)}`],
      ['Purchase Order # ', `${g.digits(7)}`],
      ['Patient ID: ', `MRN${g.digits(7)}`],
    ]);
  const [acctLabel, acctValue] = acct();
  return [
    ['This Agreement is made between ', { kind: 'ORG', value: parties.a }, ' ("Supplier") and ', { kind: 'ORG', value: parties.b }, ' ("Customer").'],
    ['Notices to Supplier shall be sent to ', { kind: 'PERSON', value: parties.personA }, ' at ', { kind: 'EMAIL', value: email(parties.personA) }, ' or by telephone at ', { kind: 'PHONE', value: phone(g) }, '.'],
    ['Customer may reach its account manager on ', { kind: 'PHONE', value: phone(g) }, ' or by fax ', { kind: 'PHONE', value: phone(g) }, '.'],
    ['Payments shall be made by wire transfer to IBAN ', { kind: 'IBAN', value: iban(g) }, ' within thirty (30) days of the invoice.'],
    ['The Supplier may charge the card ending ', { kind: 'CARD', value: card(g) }, ' for the fees set out in Schedule 2.'],
    ['The employee, ', { kind: 'PERSON', value: p }, ', Social Security Number ', { kind: 'SSN', value: ssn(g) }, ', date of birth ', { kind: 'DOB', value: date(g, 1950, 2002) }, ', is covered by this plan.'],
    ['Key person: ', { kind: 'PERSON', value: q }, ' (born on ', { kind: 'DOB', value: date(g, 1950, 2002) }, ').'],
    ['All amounts are payable to ', acctLabel, { kind: 'ACCOUNT', value: acctValue }, ' held with the Supplier\'s bank.'],
    ['Questions about billing go to ', { kind: 'EMAIL', value: email(q) }, '.'],
    ['Attention: ', { kind: 'PERSON', value: person(g) }, ', General Counsel.'],
    ['SSN ', { kind: 'SSN', value: ssn(g).replace(/-/g, '') }, ' was provided for tax reporting only.'],
    ['Signed by Mr. ', { kind: 'PERSON', value: `${g.pick(FIRST)} ${g.pick(LAST)}` }, ' on behalf of ', { kind: 'ORG', value: `${g.pick(ORG_STEM)} ${g.pick(ORG_SUFFIX)}` }, '.'],
    // Look-alikes that must stay.
    ['The Effective Date is ', { lookalike: 'date', value: date(g, 2018, 2027) }, ' and the Term ends on ', { lookalike: 'date', value: date(g, 2028, 2032) }, '.'],
    ['The fee is ', { lookalike: 'amount', value: `$${g.int(1, 999)},${g.digits(3)},${g.digits(3)}.00` }, ', payable in ', { lookalike: 'count', value: `${g.int(2, 12)}` }, ' instalments of ', { lookalike: 'amount', value: `EUR ${g.int(10, 99)}.${g.digits(3)},00` }, '.'],
    ['As set out in Section ', { lookalike: 'clause', value: `${g.int(1, 20)}.${g.int(1, 9)}.${g.int(1, 9)}` }, ' and Rule ', { lookalike: 'rule', value: '10b-5' }, ', see Form ', { lookalike: 'form', value: '10-K' }, ' for fiscal years ', { lookalike: 'years', value: `${g.int(2015, 2020)}-${g.int(2021, 2025)}` }, '.'],
    ['The test number ', { lookalike: 'invalid card (Luhn)', value: invalidCard(g) }, ' is not a valid card.'],
    ['The string ', { lookalike: 'invalid IBAN (mod-97)', value: invalidIban(g) }, ' fails validation.'],
    ['Invalid SSNs such as ', { lookalike: 'invalid SSN', value: g.pick(['000', '666', `9${g.digits(2)}`]) + `-${g.digits(2).replace('00', '12')}-${g.digits(4).replace('0000', '1234')}` }, ' are rejected.'],
    // The street line and the ZIP code are hidden (they pin a building down); the city and the state stay.
    ['The office is at ', { kind: 'ADDRESS', value: '100 Main Street' }, ', ', { lookalike: 'place', value: 'Boston' }, ', MA ', { kind: 'ADDRESS', value: `0${g.int(1000, 2799)}` }, ', open from ', { lookalike: 'time', value: '9:00 a.m.' }, ' to 5:00 p.m.'],
    ['Liability is capped at ', { lookalike: 'percent', value: `${g.int(100, 250)}%` }, ' of the fees paid in the ', { lookalike: 'count', value: `${g.int(6, 24)}` }, ' months before the claim, under Regulation (EU) ', { lookalike: 'regulation', value: '2016/679' }, '.'],
    ['This Agreement is governed by the laws of the State of ', { lookalike: 'place', value: g.pick(['New York', 'Delaware', 'California', 'Texas']) }, ', and the courts of ', { lookalike: 'place', value: g.pick(['London', 'Washington', 'Houston', 'Paris', 'Geneva']) }, ' have exclusive jurisdiction.'],
    ['The ', { lookalike: 'defined term', value: g.pick(['Confidential Information', 'Disclosing Party', 'Receiving Party', 'Force Majeure Event', 'Intellectual Property Rights']) }, ' of either party remains with the ', { lookalike: 'role', value: g.pick(['Licensor', 'Supplier', 'Customer', 'Service Provider']) }, ' under ', { lookalike: 'reference', value: g.pick(['Schedule 2', 'Exhibit B', 'Annex III', 'Appendix A']) }, '.'],
    ['Deliveries of ', { lookalike: 'quantity', value: `${g.int(1, 90)},${g.digits(3)}` }, ' units are due by ', { lookalike: 'date', value: date(g, 2024, 2030) }, ' under ISO ', { lookalike: 'standard', value: '9001:2015' }, '.'],
  ];
}

/** Builds `count` labelled documents from a fixed seed (same seed, same set). */
export function generateRedactionCorpus(count: number, seed = 20261128): LabelledDoc[] {
  const g = new Gen(seededRandom(seed));
  const docs: LabelledDoc[] = [];
  for (let i = 0; i < count; i++) {
    const a = `${g.pick(ORG_STEM)} ${g.pick(ORG_SUFFIX)}`;
    let b = `${g.pick(ORG_STEM)} ${g.pick(ORG_SUFFIX)}`;
    while (b.split(' ')[0] === a.split(' ')[0]) b = `${g.pick(ORG_STEM)} ${g.pick(ORG_SUFFIX)}`;
    const personA = person(g);
    const all = sentences(g, { a, b, personA });
    // Shuffle sentence order (the preamble stays first) so positions vary.
    const body = all.slice(1).sort(() => g.rnd() - 0.5);
    let text = '';
    const planted: Planted[] = [];
    const lookalikes: LabelledDoc['lookalikes'] = [];
    for (const sentence of [all[0]!, ...body]) {
      for (const piece of sentence) {
        if (typeof piece === 'string') text += piece;
        else if ('kind' in piece) {
          planted.push({ kind: piece.kind, start: text.length, end: text.length + piece.value.length, value: piece.value });
          text += piece.value;
        } else {
          lookalikes.push({ what: piece.lookalike, start: text.length, end: text.length + piece.value.length, value: piece.value });
          text += piece.value;
        }
      }
      text += g.rnd() < 0.3 ? '\n\n' : ' ';
    }
    docs.push({ text, planted, lookalikes, parties: [a, b] });
  }
  return docs;
}
