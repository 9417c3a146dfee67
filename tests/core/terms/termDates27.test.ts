/**
 * Dates, terms and renewals in wordings that earlier probes missed, each in a short invented contract
 * read from plain text: an opening set in capitals whose definitions stand in ordinary case, a trade
 * name after a party's legal name, a page break between a number in words and its digits.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TERM_2Y = '1. Term. This Agreement shall remain in effect for two (2) years from the Effective Date.';

const PROBES: Probe[] = [
  // --- an opening in capitals, its definitions in ordinary case, its date left blank
  p('caps-blank-date-lower-aside', k('SUPPLY AGREEMENT', 'THIS SUPPLY AGREEMENT (hereinafter referred to as THE “AGREEMENT”) IS ENTERED INTO AS OF SEPTEMBER ___, 2019 (hereinafter referred to as THE “EFFECTIVE DATE”), BETWEEN BRAMBLEWOOD FARMS, INC. (hereinafter referred to as “SUPPLIER”) AND ORTOLAN FOODS LLC (hereinafter referred to as “BUYER”).', TERM_2Y), { agreementDate: 'SEPTEMBER ___, 2019', effectiveDate: 'SEPTEMBER ___, 2019' }),
  p('caps-effective-blank-lower-aside', k('SERVICES AGREEMENT', 'THIS SERVICES AGREEMENT (hereinafter referred to as THE “AGREEMENT”) IS EFFECTIVE FEBRUARY ____, 2017 (hereinafter referred to as THE “EFFECTIVE DATE”), BETWEEN: KESTREL MARINE LTD. (hereinafter referred to as “PROVIDER”); AND: HALLORAN SHIPPING CORP. (hereinafter referred to as “CLIENT”).', TERM_2Y), { agreementDate: 'FEBRUARY ____, 2017', effectiveDate: 'FEBRUARY ____, 2017' }),
  p('caps-blank-date-caps-aside', k('SUPPLY AGREEMENT', 'THIS SUPPLY AGREEMENT (HEREINAFTER REFERRED TO AS THE "AGREEMENT") IS ENTERED INTO AS OF SEPTEMBER ___, 2019 (HEREINAFTER REFERRED TO AS THE "EFFECTIVE DATE") BY AND BETWEEN BRAMBLEWOOD FARMS, INC. ("SUPPLIER") AND ORTOLAN FOODS LLC ("BUYER").', TERM_2Y), { agreementDate: 'SEPTEMBER ___, 2019', effectiveDate: 'SEPTEMBER ___, 2019' }),
  // --- an ordinal split by a space, as a scan gives it
  p('caps-split-ordinal', k('LICENSE AGREEMENT', 'THIS LICENSE AGREEMENT (HEREINAFTER REFERRED TO AS THE "AGREEMENT") IS MADE AS OF THE\n1S T DAY OF JUNE, 2004 (HEREINAFTER REFERRED TO AS THE "EFFECTIVE DATE") BY AND BETWEEN PELLINORE SOFTWARE, INC. ("LICENSOR") AND ASHGROVE MEDIA LLC ("LICENSEE").', '1. Term. This Agreement shall remain in effect for three (3) years from the Effective Date.'), { agreementDate: '2004-06-01', effectiveDate: '2004-06-01', expiration: '2007-06-01' }),
  p('split-ordinal-nd', k('LICENSE AGREEMENT', 'This License Agreement is made as of the 2 nd day of June, 2004 (the "Effective Date") by and between Pellinore Software, Inc. ("Licensor") and Ashgrove Media LLC ("Licensee").', '1. Term. This Agreement shall remain in effect for three (3) years from the Effective Date.'), { agreementDate: '2004-06-02', expiration: '2007-06-02' }),
  // --- a trade name after the legal name, its full stop not the sentence's end
  p('trade-name-after-limited', k('RESELLER AGREEMENT', 'This Agreement is entered into between Quillon Holdings Limited. d/b/a Northwind Voice, having an office at 12 Quay Street, Nanaimo, British Columbia (“Northwind”), and Hollis Telecom SRL, having an office at Strada Lunga 4, Brasov, Romania (“Hollis”), as of the\n1s t day of March, 2006.', '1. Term. This Agreement shall remain in effect for two (2) years from the date hereof.'), { agreementDate: '2006-03-01', expiration: '2008-03-01' }),
  p('trade-name-caps', k('RESELLER AGREEMENT', 'THIS AGREEMENT IS ENTERED INTO BETWEEN 40112 B.C. LIMITED.\nDBA NORTHWIND VOICE, HAVING AN OFFICE AT 12 QUAY STREET, NANAIMO, BRITISH COLUMBIA (hereinafter referred to as “NORTHWIND”), AND HOLLIS TELECOM SRL (hereinafter referred to as “HOLLIS”), AS OF THE\n1S T DAY OF MARCH, 2006.', '1. Term. This Agreement shall remain in effect for two (2) years from the date hereof.'), { agreementDate: '2006-03-01', expiration: '2008-03-01' }),
  // --- a page break between a number in words and its digits
  p('page-break-in-renewal-length', k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of March 3, 2018 between Quennell Coffee Ltd. ("Supplier") and Tarrant Foods LLC ("Distributor").', '4. Term. This Agreement shall continue in effect for a period of two (2) years. The Distributor holds an option to renew the Agreement for one further Four\n\f(4) year period by giving the Supplier written notice not less than sixty (60) days before the end of the initial term.'), { expiration: '2020-03-03', renewal: '4 years each, by option*' }),
];

runProbes('dates, terms and renewals (session 27)', PROBES);
