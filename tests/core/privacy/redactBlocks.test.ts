import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/core/privacy/createRedactor';
import { nameForms } from '../../../electron/core/privacy/findNames';
import { redactBlocks } from '../../../electron/core/privacy/redactBlocks';

describe('redactBlocks', () => {
  const redactor = () => createRedactor({ nameForms: nameForms('Quillmarsh Communications GmbH'), names: false });

  it('hides a name a page break or a table line splits over two blocks, where it starts', () => {
    const out = redactBlocks(['1. Fees. The Company shall pay Quillmarsh', 'Communications the fees below.', 'Account Details for QUILLMARSH COMMUNICATIONS', 'GMBH: call +44 20 7946 0958'], redactor());
    expect(out).toEqual(['1. Fees. The Company shall pay [ORG_1]', 'the fees below.', 'Account Details for [ORG_1]', ': call [PHONE_1]']);
  });

  it('leaves blocks alone when no name crosses their boundary', () => {
    expect(redactBlocks(['Quillmarsh Communications pays.', 'Communications are in writing.'], redactor())).toEqual(['[ORG_1] pays.', 'Communications are in writing.']);
  });
});
