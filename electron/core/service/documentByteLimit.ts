import { getHeapStatistics } from 'node:v8';
import { MAX_UPLOAD_BYTES } from '../../../shared/ipc/contract';

/**
 * Heap a document costs per byte of its file while it is read and summarized, at the worst point:
 * the upload as a base64 string and as bytes, the decoded text and its normalised copies while
 * paragraphs are found, the blocks and page texts, and the copy sent to the summary thread.
 * Measured with `precis serve` and the extractive engine on a one-line text file under
 * --max-old-space-size=512: 20 MB finished, 40 MB ran out of heap (12.8 to 25.6 per byte); 24 keeps
 * to the safe side of that.
 */
export const HEAP_BYTES_PER_DOCUMENT_BYTE = 24;

/**
 * The largest document this process can actually hold: the contract's upload limit, lowered to
 * what the heap this process was started with can take. A larger file is refused with
 * FILE_TOO_LARGE before it is parsed, instead of ending the process when the heap runs out.
 */
export function documentByteLimit(heapLimitBytes: number = getHeapStatistics().heap_size_limit): number {
  return Math.min(MAX_UPLOAD_BYTES, Math.floor(heapLimitBytes / HEAP_BYTES_PER_DOCUMENT_BYTE));
}
