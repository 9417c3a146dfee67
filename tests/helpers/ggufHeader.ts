/**
 * Header-only GGUF files of real model shapes: the metadata and the tensor table of a model with the
 * catalog entry's architecture (layers, embedding size, heads, vocabulary, tensor shapes and the
 * quantization's tensor types), with no weights after the header. node-llama-cpp's estimates read
 * only the header, so these stand in for multi-gigabyte models, locally or served over loopback.
 */
import type { CatalogArchitecture } from '../../electron/core/models/catalog';

const T = { U32: 4, F32: 6, BOOL: 7, STRING: 8, ARRAY: 9 } as const;
/** ggml tensor types used by the quantizations the catalog names, with [block elements, block bytes]. */
const GGML = { F32: [0, 1, 4], Q5_0: [6, 32, 22], Q8_0: [8, 32, 34], Q4_K: [12, 256, 144], Q6_K: [14, 256, 210] } as const;
type Ggml = keyof typeof GGML;
const ALIGN = 32;

class Writer {
  parts: Buffer[] = [];
  length = 0;
  push(b: Buffer) {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  u64(v: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
}

type Kv = [string, 'u32' | 'f32' | 'str' | 'bool', number | string | boolean] | [string, 'strs', string[]];

function writeKv(w: Writer, [key, type, value]: Kv) {
  w.str(key);
  if (type === 'u32') {
    w.u32(T.U32);
    w.u32(value as number);
  } else if (type === 'f32') {
    w.u32(T.F32);
    w.f32(value as number);
  } else if (type === 'bool') {
    w.u32(T.BOOL);
    w.push(Buffer.from([value ? 1 : 0]));
  } else if (type === 'str') {
    w.u32(T.STRING);
    w.str(value as string);
  } else {
    w.u32(T.ARRAY);
    w.u32(T.STRING);
    const list = value as string[];
    w.u64(list.length);
    for (const s of list) w.str(s);
  }
}

/** llama.cpp's Q4_K_M recipe: more bits for attn_v/ffn_down in the first and last eighth and every third layer between. */
function moreBits(layer: number, layers: number): boolean {
  return layer < layers / 8 || layer >= (7 * layers) / 8 || (layer - Math.floor(layers / 8)) % 3 === 2;
}

/** K-quants need rows of 256; llama.cpp falls back to a 32-block type for other rows. */
function fit(type: Ggml, rowLength: number): Ggml {
  if (type === 'Q4_K' && rowLength % 256 !== 0) return 'Q5_0';
  if (type === 'Q6_K' && rowLength % 256 !== 0) return 'Q8_0';
  return type;
}

export interface HeaderSpec {
  name: string;
  architecture: CatalogArchitecture;
  contextLength: number;
  quantization: string;
}

/** The tensor table of the model: name, ggml dims (input dimension first) and type. */
function tensors(spec: HeaderSpec): { name: string; dims: number[]; type: Ggml }[] {
  const a = spec.architecture;
  const q8 = spec.quantization === 'Q8_0';
  const base: Ggml = q8 ? 'Q8_0' : 'Q4_K';
  const more: Ggml = q8 ? 'Q8_0' : 'Q6_K';
  const out: { name: string; dims: number[]; type: Ggml }[] = [];
  const add = (name: string, dims: number[], type: Ggml) => out.push({ name, dims, type: type === 'F32' ? 'F32' : fit(type, dims[0] ?? 0) });
  const qDim = a.heads * a.headDim;
  const kvDim = a.kvHeads * a.headDim;
  // Tied embeddings double as the output matrix, which the recipe keeps at 6 bits.
  add('token_embd.weight', [a.embedding, a.vocab], a.tiedEmbeddings ? more : base);
  for (let l = 0; l < a.layers; l++) {
    const p = `blk.${l}.`;
    const extra = moreBits(l, a.layers) ? more : base;
    add(`${p}attn_norm.weight`, [a.embedding], 'F32');
    add(`${p}attn_q.weight`, [a.embedding, qDim], base);
    add(`${p}attn_k.weight`, [a.embedding, kvDim], base);
    add(`${p}attn_v.weight`, [a.embedding, kvDim], extra);
    add(`${p}attn_output.weight`, [qDim, a.embedding], base);
    if (a.arch !== 'llama') {
      add(`${p}attn_q_norm.weight`, [a.headDim], 'F32');
      add(`${p}attn_k_norm.weight`, [a.headDim], 'F32');
    }
    if (a.arch === 'gemma3') add(`${p}post_attention_norm.weight`, [a.embedding], 'F32');
    add(`${p}ffn_norm.weight`, [a.embedding], 'F32');
    add(`${p}ffn_gate.weight`, [a.embedding, a.feedForward], base);
    add(`${p}ffn_up.weight`, [a.embedding, a.feedForward], base);
    add(`${p}ffn_down.weight`, [a.feedForward, a.embedding], extra);
    if (a.arch === 'gemma3') add(`${p}post_ffw_norm.weight`, [a.embedding], 'F32');
  }
  add('output_norm.weight', [a.embedding], 'F32');
  if (!a.tiedEmbeddings) add('output.weight', [a.embedding, a.vocab], more);
  return out;
}

function tensorBytes(dims: number[], type: Ggml): number {
  const [, block, bytes] = GGML[type];
  return (dims.reduce((x, y) => x * y, 1) / block) * bytes;
}

/** Bytes the weights would take after the header (what the real file adds). */
export function weightBytes(spec: HeaderSpec): number {
  return tensors(spec).reduce((sum, t) => sum + Math.ceil(tensorBytes(t.dims, t.type) / ALIGN) * ALIGN, 0);
}

/** The GGUF v3 header of the model, padded to the data alignment, with no tensor data. */
export function ggufHeaderOnly(spec: HeaderSpec): Buffer {
  const a = spec.architecture;
  const arch = a.arch;
  const kv: Kv[] = [
    ['general.architecture', 'str', arch],
    ['general.name', 'str', spec.name],
    ['general.alignment', 'u32', ALIGN],
    ['general.file_type', 'u32', spec.quantization === 'Q8_0' ? 7 : 15],
    [`${arch}.context_length`, 'u32', spec.contextLength],
    [`${arch}.embedding_length`, 'u32', a.embedding],
    [`${arch}.block_count`, 'u32', a.layers],
    [`${arch}.feed_forward_length`, 'u32', a.feedForward],
    [`${arch}.attention.head_count`, 'u32', a.heads],
    [`${arch}.attention.head_count_kv`, 'u32', a.kvHeads],
    [`${arch}.attention.key_length`, 'u32', a.headDim],
    [`${arch}.attention.value_length`, 'u32', a.headDim],
    [`${arch}.attention.layer_norm_rms_epsilon`, 'f32', 1e-6],
    [`${arch}.rope.freq_base`, 'f32', 1_000_000],
    ...(a.slidingWindow ? ([[`${arch}.attention.sliding_window`, 'u32', a.slidingWindow]] as Kv[]) : []),
    ['tokenizer.ggml.model', 'str', 'gpt2'],
    ['tokenizer.ggml.tokens', 'strs', Array.from({ length: a.vocab }, (_, i) => `t${i}`)],
    ['tokenizer.ggml.bos_token_id', 'u32', 1],
    ['tokenizer.ggml.eos_token_id', 'u32', 2],
  ];
  const list = tensors(spec);
  const w = new Writer();
  w.push(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(list.length);
  w.u64(kv.length);
  for (const entry of kv) writeKv(w, entry);
  let offset = 0;
  for (const t of list) {
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(GGML[t.type][0]);
    w.u64(offset);
    offset += Math.ceil(tensorBytes(t.dims, t.type) / ALIGN) * ALIGN;
  }
  w.push(Buffer.alloc((ALIGN - (w.length % ALIGN)) % ALIGN));
  return Buffer.concat(w.parts);
}
