/** A Word package's relationships (a part's links to other parts and to files outside it), read from its .rels file. */

/** A relationship id attribute (r:id under any prefix) in an element's tag. */
export const REL_ID = /\b[\w-]{1,32}:id\s*=\s*"([^"]{1,255})"/;

export interface Relationship {
  target: string;
  external: boolean;
  /** The relationship's type URI. */
  type?: string;
}

/** The value of the attribute `name` in an element's tag. */
export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

/** The relationships of a part's .rels file, by id. */
export function relationships(xml: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<(?:\w{1,32}:)?Relationship\b[^>]{0,4000}>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) found.set(id, { target, external: attribute(m[0], 'TargetMode') === 'External', type: attribute(m[0], 'Type') });
  }
  return found;
}
