/**
 * Every error a user can see names what failed and says what to do (shared/errors.ts). This reads
 * the source for every `new PrecisFailure(code, message)` and `err(code, message)` whose code is
 * written out, and checks the message's written text for an instruction: a sentence or clause that
 * starts with something to do ("Check the path", "Try again later", "… , or switch to local mode").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { saysWhatToDo } from '../helpers/saysWhatToDo';

const REPO = path.resolve(__dirname, '..', '..');
const ROOTS = ['electron', 'shared', 'renderer/src'];

/**
 * Codes no user is asked to act on: the user's own cancel (the message says it stopped, and that is
 * all), and a request refused because it did not come from Precis's window (the answer goes to the
 * foreign page that sent it, never to the user). Every other code, a bug's INTERNAL included,
 * reaches a window or a terminal.
 */
const NOTHING_TO_DO: ReadonlySet<ErrorCode> = new Set(['CANCELLED', 'FORBIDDEN_SENDER']);

/**
 * A value filled in as a sentence of its own ("Nothing was sent. …", "… It was not confirmed"): the
 * instruction may be that sentence, written where it is built, so the message is not judged here.
 */
const FILLED_SENTENCE = /(?:^|[.:;!?]\s*)…(?:[.\s]|$)/;

interface Site {
  file: string;
  line: number;
  code: ErrorCode;
  /** The message's written text, `…` where a value is filled in; undefined when it is built elsewhere. */
  text: string | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The written text of a message expression, or undefined when none of it is written here. */
function writtenText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return writtenText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [writtenText(node.left), writtenText(node.right)];
    return parts.every((p) => p === undefined) ? undefined : parts.map((p) => p ?? '…').join('');
  }
  return undefined;
}

function errorSites(): Site[] {
  const sites: Site[] = [];
  for (const root of ROOTS) {
    for (const file of sourceFiles(path.join(REPO, root))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const call = ts.isNewExpression(node) || ts.isCallExpression(node) ? node : undefined;
        const callee = call?.expression.getText(source);
        if (call && (callee === 'PrecisFailure' || callee === 'err') && (call.arguments?.length ?? 0) >= 2 && (ts.isNewExpression(node) === (callee === 'PrecisFailure'))) {
          const [code, message] = call.arguments!;
          if (code && message && ts.isStringLiteral(code) && (ERROR_CODES as readonly string[]).includes(code.text)) {
            sites.push({
              file: path.relative(REPO, file),
              line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
              code: code.text as ErrorCode,
              text: writtenText(message),
            });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return sites;
}

describe('saysWhatToDo', () => {
  it('finds an instruction at a sentence or clause start', () => {
    for (const m of [
      'The file no longer exists. Choose it again.',
      'The model server refused access (401/403). Check the catalog entry.',
      'No local model was given. Pass --model <file.gguf>, or use --provider extractive.',
      'This document is marked "never send". Clear the flag to send it.',
      'The disk is full: free some space and try again.',
      'The summary stopped without finishing; try again.',
    ]) {
      expect(saysWhatToDo(m), m).toBe(true);
    }
  });

  it('finds none in a message that only says what failed, whatever verbs it uses', () => {
    for (const m of [
      'This session cannot store an API key.',
      'That summary is no longer in the history. It may have been deleted.',
      'The OCR engine could not start (x).',
      'The model server refused access to this model (401/403).',
      'Opening the document for OCR took longer than x s and was stopped.',
      'The key we use to check files is missing.',
    ]) {
      expect(saysWhatToDo(m), m).toBe(false);
    }
  });
});

describe('every error message a user can see says what to do', () => {
  const sites = errorSites();

  it('reads the error sites (the scan itself works)', () => {
    expect(sites.length).toBeGreaterThan(150);
    expect(sites.some((s) => s.code === 'KEY_STORAGE_UNAVAILABLE')).toBe(true);
  });

  it('has an instruction in each written message', () => {
    const missing = sites
      .filter((s) => !NOTHING_TO_DO.has(s.code) && s.text !== undefined && !FILLED_SENTENCE.test(s.text) && !saysWhatToDo(s.text))
      .map((s) => `${s.file}:${s.line} ${s.code}: ${s.text}`);
    expect(missing).toEqual([]);
  });

  it('KEY_STORAGE_UNAVAILABLE, wherever it is thrown, says what to do', () => {
    const keyStorage = sites.filter((s) => s.code === 'KEY_STORAGE_UNAVAILABLE');
    expect(keyStorage.length).toBeGreaterThanOrEqual(3);
    for (const s of keyStorage) expect(saysWhatToDo(s.text ?? ''), `${s.file}:${s.line}`).toBe(true);
  });
});
