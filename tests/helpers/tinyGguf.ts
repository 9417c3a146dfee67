/**
 * A dependency-free GGUF v3 writer for tests and benchmarks: it writes small llama models with random
 * weights and a SentencePiece vocabulary, so `npm test` needs no model file from outside the repo.
 * The layout follows what llama.cpp requires (see the kit's STACK.md, "Writing a tiny GGUF").
 * Output of these models is nonsense by design; they exist to exercise the real native code path.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Shape of a synthetic llama model. */
export interface LlamaSpec {
  name: string;
  embd: number;
  layers: number;
  heads: number;
  kvHeads: number;
  ff: number;
  /** Target vocabulary size (the special, byte and character tokens always come first). */
  vocabSize: number;
  contextLength: number;
  fileType: 'f32' | 'q8_0';
  /** Adds a ChatML template with `<|im_start|>`/`<|im_end|>` as control tokens (eos = `<|im_end|>`). */
  chatml: boolean;
  seed: number;
}

/** The tiny model every test uses: ~0.15M params, ChatML template, loads in ~30 ms. */
export const TINY_SPEC: LlamaSpec = {
  name: 'precis-tiny',
  embd: 64,
  layers: 2,
  heads: 4,
  kvHeads: 2,
  ff: 128,
  vocabSize: 768,
  contextLength: 8192,
  fileType: 'f32',
  chatml: true,
  seed: 1234,
};

/** A model of realistic shape for benchmarks: 134M params in Q8_0 (~143 MB). */
export const BENCH_SPEC: LlamaSpec = {
  name: 'precis-bench-134m',
  embd: 768,
  layers: 12,
  heads: 12,
  kvHeads: 12,
  ff: 2048,
  vocabSize: 32000,
  contextLength: 8192,
  fileType: 'q8_0',
  chatml: true,
  seed: 99,
};

/** Bumped whenever the byte layout written below changes, so cached files are regenerated. */
const WRITER_VERSION = 3;

export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const TokenType = { Normal: 1, Unknown: 2, Control: 3, Byte: 6 } as const;
type TokenType = (typeof TokenType)[keyof typeof TokenType];

const SPACE = '\u2581';

interface Vocab {
  tokens: string[];
  scores: number[];
  types: number[];
  bos: number;
  eos: number;
}

/**
 * Builds a SentencePiece vocabulary. SPM merges only when the joined string is itself a token, so
 * every token's prefixes are tokens too: single characters, `▁`+letter, then letter pairs and triples.
 */
export function buildVocab(size: number, chatml: boolean): Vocab {
  const tokens: string[] = [];
  const types: number[] = [];
  const seen = new Set<string>();
  const add = (t: string, type: TokenType): void => {
    if (seen.has(t) || tokens.length >= Math.max(size, 0)) return;
    seen.add(t);
    tokens.push(t);
    types.push(type);
  };
  add('<unk>', TokenType.Unknown);
  add('<s>', TokenType.Control);
  add('</s>', TokenType.Control);
  if (chatml) {
    add('<|im_start|>', TokenType.Control);
    add('<|im_end|>', TokenType.Control);
  }
  for (let b = 0; b < 256; b++) add(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, TokenType.Byte);
  add(SPACE, TokenType.Normal);
  for (let c = 33; c < 127; c++) add(String.fromCharCode(c), TokenType.Normal);
  for (const ch of '§¶–—“”‘’•') add(ch, TokenType.Normal);
  for (let c = 33; c < 127; c++) add(SPACE + String.fromCharCode(c), TokenType.Normal);
  const letters = 'etaoinshrdlucmfwypvbgkjqxz';
  for (const a of letters) for (const b of letters) add(a + b, TokenType.Normal);
  for (const a of letters) for (const b of letters) add(SPACE + a + b, TokenType.Normal);
  outer: for (const a of letters)
    for (const b of letters)
      for (const c of letters) {
        if (tokens.length >= size) break outer;
        add(a + b + c, TokenType.Normal);
        add(SPACE + a + b + c, TokenType.Normal);
      }
  if (tokens.length < size) throw new Error(`vocab of ${size} is larger than this generator can fill`);
  // Longer pieces score higher so SPM prefers the longest merge.
  const scores = tokens.map((t, i) => (types[i] === TokenType.Normal ? t.length - i / 1e6 : 0));
  return { tokens, scores, types, bos: 1, eos: chatml ? 4 : 2 };
}

const GGUF_TYPE = { U32: 4, I32: 5, F32: 6, BOOL: 7, STRING: 8, ARRAY: 9 } as const;
const GGML_TYPE = { F32: 0, Q8_0: 8 } as const;
const ALIGN = 32;

/** Accumulates the header bytes of a GGUF file. */
class HeaderWriter {
  private parts: Buffer[] = [];
  length = 0;
  private push(b: Buffer): void {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  raw(b: Buffer): void {
    this.push(b);
  }
  kvU32(k: string, v: number): void {
    this.str(k);
    this.u32(GGUF_TYPE.U32);
    this.u32(v);
  }
  kvF32(k: string, v: number): void {
    this.str(k);
    this.u32(GGUF_TYPE.F32);
    this.f32(v);
  }
  kvBool(k: string, v: boolean): void {
    this.str(k);
    this.u32(GGUF_TYPE.BOOL);
    this.raw(Buffer.from([v ? 1 : 0]));
  }
  kvStr(k: string, v: string): void {
    this.str(k);
    this.u32(GGUF_TYPE.STRING);
    this.str(v);
  }
  kvArray(k: string, type: number, values: readonly (string | number)[]): void {
    this.str(k);
    this.u32(GGUF_TYPE.ARRAY);
    this.u32(type);
    this.u64(values.length);
    for (const v of values) {
      if (type === GGUF_TYPE.STRING) this.str(String(v));
      else if (type === GGUF_TYPE.F32) this.f32(Number(v));
      else this.i32(Number(v));
    }
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

interface TensorPlan {
  name: string;
  /** ggml order: ne[0] is the input (fastest) dimension. */
  dims: number[];
  type: number;
  bytes: number;
  offset: number;
  isNorm: boolean;
}

function tensorPlans(spec: LlamaSpec): TensorPlan[] {
  const headDim = spec.embd / spec.heads;
  const kvDim = headDim * spec.kvHeads;
  const matrixType = spec.fileType === 'q8_0' ? GGML_TYPE.Q8_0 : GGML_TYPE.F32;
  const list: { name: string; dims: number[]; norm: boolean }[] = [{ name: 'token_embd.weight', dims: [spec.embd, spec.vocabSize], norm: false }];
  for (let l = 0; l < spec.layers; l++) {
    const p = `blk.${l}.`;
    list.push(
      { name: `${p}attn_norm.weight`, dims: [spec.embd], norm: true },
      { name: `${p}attn_q.weight`, dims: [spec.embd, spec.embd], norm: false },
      { name: `${p}attn_k.weight`, dims: [spec.embd, kvDim], norm: false },
      { name: `${p}attn_v.weight`, dims: [spec.embd, kvDim], norm: false },
      { name: `${p}attn_output.weight`, dims: [spec.embd, spec.embd], norm: false },
      { name: `${p}ffn_norm.weight`, dims: [spec.embd], norm: true },
      { name: `${p}ffn_gate.weight`, dims: [spec.embd, spec.ff], norm: false },
      { name: `${p}ffn_up.weight`, dims: [spec.embd, spec.ff], norm: false },
      { name: `${p}ffn_down.weight`, dims: [spec.ff, spec.embd], norm: false },
    );
  }
  list.push({ name: 'output_norm.weight', dims: [spec.embd], norm: true }, { name: 'output.weight', dims: [spec.embd, spec.vocabSize], norm: false });
  let offset = 0;
  return list.map((t) => {
    const type = t.norm ? GGML_TYPE.F32 : matrixType;
    const n = t.dims.reduce((a, b) => a * b, 1);
    if (type === GGML_TYPE.Q8_0 && (t.dims[0] ?? 0) % 32 !== 0) throw new Error(`Q8_0 needs ne[0] % 32 == 0 (${t.name})`);
    const bytes = type === GGML_TYPE.Q8_0 ? (n / 32) * 34 : n * 4;
    const plan = { name: t.name, dims: t.dims, type, bytes, offset, isNorm: t.norm };
    offset += Math.ceil(bytes / ALIGN) * ALIGN;
    return plan;
  });
}

/** Number of weights a spec produces. */
export function paramCount(spec: LlamaSpec): number {
  return tensorPlans(spec).reduce((a, t) => a + t.dims.reduce((x, y) => x * y, 1), 0);
}

function header(spec: LlamaSpec, plans: TensorPlan[]): Buffer {
  const vocab = buildVocab(spec.vocabSize, spec.chatml);
  const h = new HeaderWriter();
  const kv: ((w: HeaderWriter) => void)[] = [
    (w) => w.kvStr('general.architecture', 'llama'),
    (w) => w.kvStr('general.name', spec.name),
    (w) => w.kvU32('general.alignment', ALIGN),
    (w) => w.kvU32('general.file_type', spec.fileType === 'q8_0' ? 7 : 0),
    (w) => w.kvU32('llama.context_length', spec.contextLength),
    (w) => w.kvU32('llama.embedding_length', spec.embd),
    (w) => w.kvU32('llama.block_count', spec.layers),
    (w) => w.kvU32('llama.feed_forward_length', spec.ff),
    (w) => w.kvU32('llama.attention.head_count', spec.heads),
    (w) => w.kvU32('llama.attention.head_count_kv', spec.kvHeads),
    (w) => w.kvF32('llama.attention.layer_norm_rms_epsilon', 1e-5),
    (w) => w.kvU32('llama.rope.dimension_count', spec.embd / spec.heads),
    (w) => w.kvF32('llama.rope.freq_base', 10000),
    (w) => w.kvU32('llama.vocab_size', spec.vocabSize),
    (w) => w.kvStr('tokenizer.ggml.model', 'llama'),
    (w) => w.kvArray('tokenizer.ggml.tokens', GGUF_TYPE.STRING, vocab.tokens),
    (w) => w.kvArray('tokenizer.ggml.scores', GGUF_TYPE.F32, vocab.scores),
    (w) => w.kvArray('tokenizer.ggml.token_type', GGUF_TYPE.I32, vocab.types),
    (w) => w.kvU32('tokenizer.ggml.unknown_token_id', 0),
    (w) => w.kvU32('tokenizer.ggml.bos_token_id', vocab.bos),
    (w) => w.kvU32('tokenizer.ggml.eos_token_id', vocab.eos),
    (w) => w.kvBool('tokenizer.ggml.add_bos_token', true),
    (w) => w.kvBool('tokenizer.ggml.add_eos_token', false),
  ];
  if (spec.chatml) kv.push((w) => w.kvStr('tokenizer.chat_template', CHATML_TEMPLATE));
  h.raw(Buffer.from('GGUF', 'ascii'));
  h.u32(3);
  h.u64(plans.length);
  h.u64(kv.length);
  for (const write of kv) write(h);
  for (const t of plans) {
    h.str(t.name);
    h.u32(t.dims.length);
    for (const d of t.dims) h.u64(d);
    h.u32(t.type);
    h.u64(t.offset);
  }
  const pad = (ALIGN - (h.length % ALIGN)) % ALIGN;
  h.raw(Buffer.alloc(pad));
  return h.toBuffer();
}

/** xorshift32: reproducible weights without a dependency. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** IEEE half-precision bits of a float (only used for the Q8_0 block scale). */
function toF16Bits(v: number): number {
  const f = new Float32Array([v]);
  const u = new Uint32Array(f.buffer)[0] ?? 0;
  const sign = (u >>> 16) & 0x8000;
  const exp = ((u >>> 23) & 0xff) - 127 + 15;
  const mant = u & 0x7fffff;
  if (exp <= 0) return sign;
  if (exp >= 31) return sign | 0x7c00;
  return sign | (exp << 10) | (mant >>> 13);
}

/** Uniform ±0.0346 has std 0.02, the usual init; small enough that activations stay finite. */
const RANGE = 0.0346;
const CHUNK = 1 << 20;

function writeTensor(fd: number, t: TensorPlan, next: () => number): void {
  const n = t.dims.reduce((a, b) => a * b, 1);
  if (t.isNorm) {
    const b = Buffer.alloc(n * 4);
    for (let i = 0; i < n; i++) b.writeFloatLE(1, i * 4);
    writeSync(fd, b);
  } else if (t.type === GGML_TYPE.F32) {
    for (let done = 0; done < n; done += CHUNK) {
      const m = Math.min(CHUNK, n - done);
      const f = new Float32Array(m);
      for (let i = 0; i < m; i++) f[i] = ((next() / 0xffffffff) * 2 - 1) * RANGE;
      writeSync(fd, Buffer.from(f.buffer));
    }
  } else {
    // Q8_0: blocks of 32 int8 with one f16 scale; a fixed scale makes the values uniform in ±RANGE.
    const scale = toF16Bits(RANGE / 127);
    const blocksPerChunk = CHUNK / 32;
    for (let block = 0; block < n / 32; block += blocksPerChunk) {
      const m = Math.min(blocksPerChunk, n / 32 - block);
      const b = Buffer.alloc(m * 34);
      for (let k = 0; k < m; k++) {
        const o = k * 34;
        b.writeUInt16LE(scale, o);
        for (let i = 0; i < 32; i += 4) {
          const r = next();
          b[o + 2 + i] = (r & 0xff) % 255;
          b[o + 3 + i] = ((r >>> 8) & 0xff) % 255;
          b[o + 4 + i] = ((r >>> 16) & 0xff) % 255;
          b[o + 5 + i] = ((r >>> 24) & 0xff) % 255;
        }
      }
      writeSync(fd, b);
    }
  }
  const pad = (ALIGN - (t.bytes % ALIGN)) % ALIGN;
  if (pad) writeSync(fd, Buffer.alloc(pad));
}

/** Writes a GGUF v3 llama model to `file`. */
export function writeLlamaGguf(file: string, spec: LlamaSpec): void {
  const plans = tensorPlans(spec);
  const next = rng(spec.seed);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, header(spec, plans));
    for (const t of plans) writeTensor(fd, t, next);
  } finally {
    closeSync(fd);
  }
}

/**
 * Path of a model written once per spec and cached in the OS temp folder under a content hash, so
 * parallel test workers share it. Writes go to a unique temp name and are renamed into place, which
 * makes a race between two workers harmless.
 */
export async function llamaModelPath(spec: LlamaSpec): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ spec, v: WRITER_VERSION })).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), `${spec.name}-${hash}.gguf`);
  if (existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeLlamaGguf(tmp, spec);
    renameSync(tmp, file);
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
  return file;
}

/** The tiny ChatML llama every test can load (generated on first use, then cached). */
export function tinyModelPath(): Promise<string> {
  return llamaModelPath(TINY_SPEC);
}

/** The 134M-param Q8_0 llama used by benchmarks. */
export function benchModelPath(): Promise<string> {
  return llamaModelPath(BENCH_SPEC);
}
