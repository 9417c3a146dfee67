/**
 * Entry point of one OCR thread: Tesseract compiled to WebAssembly (tesseract.js's engine build,
 * LSTM only), driven directly rather than through tesseract.js's own worker script, so each read
 * does only the work the page needs:
 * - the page is laid out once: lines are found, and the image is set again at an angle (and laid
 *   out again) only when those lines are measurably skewed. tesseract.js's `rotateAuto` always lays
 *   the page out twice and decodes it twice, about a fifth of a page's time;
 * - the page's grey pixels are copied straight into the engine's memory (the PGM file decoder
 *   read them a byte at a time, about 0.1 s of CPU per page);
 * - one output: the TSV rows of blocks, paragraphs, lines and words, with each paragraph's
 *   confidence from the result iterator (the JSON tree, which lists every symbol and its choices,
 *   is read only if the two do not match).
 * The host terminates the thread on cancel and on overrun: WebAssembly cannot be interrupted.
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './threadCpuMs';
import { blocksFromTsv } from './tesseractTsv';

export type TessRequest =
  /**
   * `corePath`: the engine build's loader; `module`: its WebAssembly, compiled once per process by
   * the pool (see tesseractPool.ts); `model`: the language's traineddata, already decompressed
   * (the pool does that once for all its threads).
   */
  | { type: 'init'; corePath: string; module: object; model: Uint8Array; language: string }
  /** `image`: a binary PGM; `dpi`: the resolution it was drawn at (a PGM carries none). */
  | { type: 'read'; id: number; image: Uint8Array; dpi: number; deskew: boolean };

export type TessReply =
  /** `cpuMs`: CPU the thread spent from its start until the engine was ready (loading code, engine, language data). */
  | { type: 'ready'; cpuMs?: number }
  | { type: 'failed'; message: string }
  | { type: 'read'; id: number; ok: true; page: ReadResult }
  | { type: 'read'; id: number; ok: false; message: string };

/** What one read returns; the boxes' shape is Tesseract's JSON output. */
export interface ReadResult {
  confidence: number;
  /** The skew the image was straightened by, in radians (0 when it was not). */
  rotateRadians: number;
  blocks: unknown[] | null;
  /** CPU milliseconds the read took, where the system tells. */
  cpuMs?: number;
}

/** The parts of the engine's embind API used here. */
interface TessApi {
  Init(dataPath: null, language: string, oem: number): number;
  SetVariable(name: string, value: string): boolean;
  SetImageFile(exifOrientation: number, angle: number): number;
  /** Copies the pixels at `pointer` (in the engine's memory) into the engine's own image. */
  SetImage(pointer: number, width: number, height: number, bytesPerPixel: number, bytesPerLine: number, exifOrientation: number, angle: number): void;
  FindLines(): number;
  GetGradient(): number;
  Recognize(monitor: null): number;
  GetJSONText(page: number): string;
  GetTSVText(page: number): string;
  GetIterator(): TessIterator | null;
  MeanTextConf(): number;
  Clear(): void;
}
/** The engine's result iterator (a C++ object: destroyed when done). */
interface TessIterator {
  Begin(): void;
  Next(level: number): boolean;
  Confidence(level: number): number;
}
interface TessModule {
  FS: { writeFile(path: string, data: Uint8Array): void };
  TessBaseAPI: new () => TessApi;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  getPointer(object: object): number;
  destroy(object: object): void;
}

/** The parts of the WebAssembly API used here (core's TypeScript settings carry no WebAssembly types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmApi {
  Instance: new (module: object, imports: object) => WasmInstance;
  Memory: abstract new (...args: never[]) => WasmMemory;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Emscripten's hook for instantiating the engine ourselves, which hands us its memory. */
type InstantiateWasm = (imports: object, receive: (instance: WasmInstance, module: object) => void) => object;

/** Tesseract's LSTM-only engine mode. */
const OEM_LSTM_ONLY = 1;
/** One uniform block of text: the whole page is laid out as one column of paragraphs. */
const PSM_SINGLE_BLOCK = '6';
/** Skews below this (about 0.3°) are left alone: straightening them costs a second layout and gains nothing. */
const MIN_SKEW_RADIANS = 0.005;
const INPUT = '/input';
/** The result iterator's paragraph level (tesseract::RIL_PARA). */
const RIL_PARA = 1;

const require = createRequire(import.meta.url);
/** `memory`: the engine's linear memory, when the build exports it (else pages go through its file decoder). */
let engine: { module: TessModule; api: TessApi; memory: WasmMemory | undefined } | undefined;

async function init(req: Extract<TessRequest, { type: 'init' }>): Promise<void> {
  let memory: WasmMemory | undefined;
  // The module arrives compiled: instantiating it here shares its code with every other engine.
  const instantiateWasm: InstantiateWasm = (imports, receive) => {
    const instance = new wasm.Instance(req.module, imports);
    memory = Object.values(instance.exports).find((v): v is WasmMemory => v instanceof wasm.Memory);
    receive(instance, req.module);
    return instance.exports;
  };
  const factory = require(req.corePath) as (options: object) => Promise<TessModule>;
  // The engine reports progress through this callback; nothing listens.
  const module = await factory({ TesseractProgress: () => undefined, instantiateWasm });
  module.FS.writeFile(`./${req.language}.traineddata`, req.model);
  const api = new module.TessBaseAPI();
  if (api.Init(null, req.language, OEM_LSTM_ONLY) === -1) throw new Error('the language data could not be loaded');
  api.SetVariable('tessedit_pageseg_mode', PSM_SINGLE_BLOCK);
  engine = { module, api, memory };
}

/** Width, height and where the pixels start in a binary 8-bit PGM (as the render thread writes it). */
function pgmLayout(image: Uint8Array): { width: number; height: number; offset: number } | undefined {
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(Buffer.from(image.buffer, image.byteOffset, Math.min(image.byteLength, 64)).toString('latin1'));
  if (!head) return undefined;
  const width = Number(head[1]);
  const height = Number(head[2]);
  const offset = head[0].length;
  return image.byteLength - offset === width * height ? { width, height, offset } : undefined;
}

/**
 * Sets the page image, turned by `angle` radians: the grey pixels are copied into the engine's
 * memory and from there into its own image; without access to that memory the PGM goes through
 * the engine's file decoder. Returns false when the image could not be read.
 */
function setImage(image: Uint8Array, angle: number): boolean {
  const { module, api, memory } = engine!;
  const layout = memory ? pgmLayout(image) : undefined;
  if (!memory || !layout) {
    module.FS.writeFile(INPUT, image);
    // Exif orientation 1: as stored.
    return api.SetImageFile(1, angle) !== 1;
  }
  const bytes = layout.width * layout.height;
  const pointer = module._malloc(bytes);
  if (!pointer) throw new Error('the OCR engine is out of memory');
  try {
    // A view made after the allocation: growing the memory replaces its buffer.
    new Uint8Array(memory.buffer, pointer, bytes).set(image.subarray(layout.offset));
    api.SetImage(pointer, layout.width, layout.height, 1, layout.width, 1, angle);
  } finally {
    module._free(pointer);
  }
  return true;
}

/** Each paragraph's confidence in reading order, truncated to a whole number as the JSON tree gives it. */
function paragraphConfidences(): number[] {
  const { module, api } = engine!;
  const it = api.GetIterator();
  if (!it) return [];
  const out: number[] = [];
  try {
    if (module.getPointer(it) !== 0) {
      it.Begin();
      do out.push(Math.trunc(it.Confidence(RIL_PARA)));
      while (it.Next(RIL_PARA));
    }
  } finally {
    module.destroy(it);
  }
  return out;
}

/** The page's blocks: from the TSV and the iterator, or from the JSON tree when those do not match. */
function pageBlocks(): unknown[] | null {
  const { api } = engine!;
  const blocks = blocksFromTsv(api.GetTSVText(0), paragraphConfidences());
  if (blocks) return blocks;
  const parsed = JSON.parse(api.GetJSONText(0)) as { blocks?: unknown[] };
  return parsed.blocks ?? null;
}

function read(req: Extract<TessRequest, { type: 'read' }>): ReadResult {
  if (!engine) throw new Error('the engine is not started');
  const { api } = engine;
  const cpuBefore = threadCpuMs();
  api.SetVariable('user_defined_dpi', String(Math.round(req.dpi)));
  if (!setImage(req.image, 0)) throw new Error('the page image could not be read');
  let rotateRadians = 0;
  if (req.deskew) {
    // Finding the lines measures their slant; when it is negligible, recognition reuses this layout.
    api.FindLines();
    const angle = api.GetGradient();
    if (Math.abs(angle) >= MIN_SKEW_RADIANS) {
      rotateRadians = angle;
      setImage(req.image, angle);
    }
  }
  // A blank page "fails" to find text and reads as no blocks, as it should.
  api.Recognize(null);
  const result: ReadResult = { confidence: api.MeanTextConf(), rotateRadians, blocks: pageBlocks() };
  api.Clear();
  const cpuAfter = threadCpuMs();
  if (cpuBefore !== undefined && cpuAfter !== undefined) result.cpuMs = cpuAfter - cpuBefore;
  return result;
}

parentPort?.on('message', (req: TessRequest) => {
  if (req.type === 'init') {
    init(req).then(
      () => {
        const cpuMs = threadCpuMs();
        parentPort?.postMessage({ type: 'ready', ...(cpuMs !== undefined ? { cpuMs } : {}) } satisfies TessReply);
      },
      (e: unknown) => parentPort?.postMessage({ type: 'failed', message: String(e instanceof Error ? e.message : e).slice(0, 160) } satisfies TessReply),
    );
    return;
  }
  let reply: TessReply;
  try {
    reply = { type: 'read', id: req.id, ok: true, page: read(req) };
  } catch (e) {
    reply = { type: 'read', id: req.id, ok: false, message: String(e instanceof Error ? e.message : e).slice(0, 160) };
  }
  parentPort?.postMessage(reply);
});
