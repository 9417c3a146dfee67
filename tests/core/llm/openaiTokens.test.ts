import { getLlama, type Llama, type LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextSizeForModel, countTiktokens, createCloudTokenCounter, encodingForModel, overEstimateTokens } from '../../../electron/core/llm/cloudTokens';
import { KIT_MODELS_DIR } from '../../helpers/kit';
import { generateRedactionCorpus } from '../privacy/redactionCorpus';

describe('token counting for cloud models', () => {
  it('maps OpenAI model names to their tiktoken encoding, and others to none', () => {
    expect(encodingForModel('gpt-4o-mini')).toBe('o200k_base');
    expect(encodingForModel('openai/gpt-4.1')).toBe('o200k_base');
    expect(encodingForModel('o3-mini')).toBe('o200k_base');
    expect(encodingForModel('gpt-4-0613')).toBe('cl100k_base');
    expect(encodingForModel('gpt-3.5-turbo')).toBe('cl100k_base');
    expect(encodingForModel('llama3.1:8b')).toBeUndefined();
    expect(encodingForModel('mistral-small')).toBeUndefined();
    expect(contextSizeForModel('gpt-4o')).toBe(128_000);
    expect(contextSizeForModel('qwen2.5:7b')).toBe(4096);
  });

  it('counts exactly with the bundled ranks, and treats special-token strings as text', () => {
    expect(countTiktokens('hello world', 'o200k_base')).toBe(2);
    expect(countTiktokens('hello world', 'cl100k_base')).toBe(2);
    const count = createCloudTokenCounter('gpt-4o');
    expect(count('The Licensee shall pay <|endoftext|> the fee.')).toBeGreaterThan(8);
    expect(count('')).toBe(0);
  });

  describe('over-estimate for unknown models', () => {
    let llama: Llama;
    let model: LlamaModel;
    beforeAll(async () => {
      llama = await getLlama({ build: 'never', gpu: false, maxThreads: 1 });
      // Random weights, but Meta's real 32k Llama 2 tokenizer: the common case a local server runs.
      model = await llama.loadModel({ modelPath: `${KIT_MODELS_DIR}/llama-2-tiny-random.gguf`, vocabOnly: true });
    });
    afterAll(async () => {
      await model?.dispose();
    });

    it('is never below the Llama 2 tokenizer on contract text, digits, code and non-Latin text', () => {
      const texts = [
        ...generateRedactionCorpus(6).map((d) => d.text),
        'The Licensee shall pay the Licensor a fee of $1,250,000.00 within thirty (30) days of 2024-01-15.',
        '1234567890 '.repeat(60),
        'Überweisung an Müller & Söhne GmbH, Straße 12, 80331 München — €5.000,00. 東京都の契約書。Договор поставки №17.',
        'function f(x) { return x.map((y) => y * 2).filter(Boolean); } // ((( ))) [[[ ]]] {{{ }}}',
      ];
      for (const t of texts) {
        const real = model.tokenize(t).length;
        const estimate = overEstimateTokens(t);
        expect(estimate, t.slice(0, 40)).toBeGreaterThanOrEqual(real);
        // …and not wildly above it, or chunks would be needlessly small.
        expect(estimate, t.slice(0, 40)).toBeLessThanOrEqual(Math.ceil(real * 2) + 4);
      }
    });
  });
});
