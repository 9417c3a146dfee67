/**
 * A footnote or endnote reference whose note is not in the file (a note deleted by a program that
 * left its mark behind) made mammoth fail on the whole document. Word shows the body without
 * it; so do we: such references are taken out of mammoth's document model before it is read.
 */

/** The parts of mammoth's document model this reads. */
export interface NoteTreeNode {
  type: string;
  children?: NoteTreeNode[];
  noteType?: string;
  noteId?: string;
}

/** Mammoth's footnotes and endnotes, found by a reference's type and id. */
export interface NoteIndex {
  resolve(reference: NoteTreeNode): unknown;
}

/** Removes, in place, every note reference under `root` that `notes` cannot resolve. */
export function dropDanglingNoteReferences(root: NoteTreeNode, notes: NoteIndex | undefined): void {
  const stack: NoteTreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.children) continue;
    if (node.children.some((c) => c.type === 'noteReference')) node.children = node.children.filter((c) => c.type !== 'noteReference' || !!notes?.resolve(c));
    for (const c of node.children) stack.push(c);
  }
}
