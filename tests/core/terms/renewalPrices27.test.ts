import { probe, runProbes } from './probeValue';

// Prices "as agreed between the parties" for an automatic renewal do not make the renewal one by agreement.
const open = 'This Supply Agreement is made as of May 1, 2020 between Corvane Metals Inc. ("Corvane") and Tulloch Forge LLC ("Tulloch").';
const k = (clause: string): string => `SUPPLY AGREEMENT\n\n${open}\n\n${clause}\n`;

runProbes('renewal: what the parties agree between them', [
  probe('automatic, at prices as agreed between the parties', k('1. Term. This Agreement shall continue for one (1) year and shall automatically renew for successive one-year terms at prices as agreed between the parties, unless either party gives sixty (60) days notice.'), {
    renewal: '1 year each, automatic, successive',
    renewalNotice: '60 days',
  }),
  probe('automatic, at fees set by written agreement between the parties', k('1. Term. This Agreement shall continue for one (1) year and shall renew automatically for further one-year terms, at fees fixed by written agreement between the parties, unless either party gives ninety (90) days notice.'), {
    renewal: '1 year each, automatic*',
    renewalNotice: '90 days',
  }),
  probe('renewed by written agreement between the parties', k('1. Term. This Agreement shall continue for one (1) year and may be renewed by written agreement between the parties for further one-year terms.'), {
    renewal: '1 year each, by agreement',
  }),
]);
