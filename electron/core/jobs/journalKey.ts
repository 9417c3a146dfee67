import { CHUNKER_VERSION } from '../chunking/chunkDocument';
import { PROMPT_VERSION } from '../pipeline/prompts';
import type { JournalKey } from '../storage/jobJournal';

/**
 * The journal key of a job: everything that changes a chunk's points. `docSha256` is the text as
 * the model reads it (the redacted preview in cloud mode), `modelId` pins the model and whatever
 * decides the chunks, and the summary length changes the prompts.
 */
export function journalKey(docSha256: string, modelId: string, length: string): JournalKey {
  return { docSha256, chunkerVersion: CHUNKER_VERSION, modelId, promptVersion: `${PROMPT_VERSION}:${length}` };
}
