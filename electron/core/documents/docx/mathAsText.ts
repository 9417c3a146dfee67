/**
 * Word equations (Office Math, `<m:oMath>`) as a line of text. A price formula, an indexation or an
 * interest calculation is part of what a contract says, and mammoth does not read equations: the
 * sentence "The Price is adjusted as follows:" was followed by nothing. Each equation is written
 * into its paragraph as an ordinary run in a linear form close to Word's own linear format: a
 * fraction as "(a)/(b)", a superscript "a^(b)", a subscript "a_(b)", a root "√(x)", a sum or
 * integral with its limits, delimiters as written, a matrix by rows.
 *
 * The equation's XML is read by a small tag reader over that element alone (one pass), and nesting
 * deeper than any equation a person writes is read as its plain text.
 */

interface MathNode {
  name: string;
  attrs: string;
  children: MathNode[];
  text: string;
}

const MAX_DEPTH = 64;

/** The tree of one equation's XML (m: and w: elements; text inside m:t and w:t). */
function parse(xml: string): MathNode {
  const root: MathNode = { name: '', attrs: '', children: [], text: '' };
  const stack: MathNode[] = [root];
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    const top = stack[stack.length - 1]!;
    if (lt > at && (top.name === 'm:t' || top.name === 'w:t')) top.text += xml.slice(at, lt);
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    at = gt + 1;
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      // Close up to the matching element, looked for among the innermost few (a stray end tag
      // closes nothing; never a search through the whole depth for each end tag).
      for (let i = stack.length - 1; i > 0 && i >= stack.length - 8; i--) {
        if (stack[i]!.name === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    const space = tag.search(/[\s/]/);
    const name = space < 0 ? tag : tag.slice(0, space);
    const node: MathNode = { name, attrs: space < 0 ? '' : tag.slice(space), children: [], text: '' };
    top.children.push(node);
    if (!tag.endsWith('/')) stack.push(node);
  }
  return root;
}

const decode = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[ref]) return named[ref];
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });

/** Every text of the subtree, in order, without structure (read without recursion). */
function plainText(node: MathNode): string {
  const out: string[] = [];
  const stack: MathNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n.text);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return decode(out.join(''));
}

const child = (node: MathNode, name: string): MathNode | undefined => node.children.find((c) => c.name === name);

/** A property's m:val ("m:chr m:val='∑'"), from the element's properties child. */
function property(node: MathNode, props: string, name: string): string | undefined {
  const prop = child(node, props)?.children.find((c) => c.name === name);
  const val = prop ? /\bm:val\s*=\s*"([^"]*)"/.exec(prop.attrs)?.[1] : undefined;
  return val === undefined ? undefined : decode(val);
}

/** A part in brackets unless it is a single symbol or number ("x", "12", "π"). */
function group(text: string): string {
  const t = text.trim();
  return /^(?:[\p{L}\p{N}.,]+|.)$/u.test(t) ? t : `(${t})`;
}

function linear(node: MathNode, depth: number): string {
  if (depth > MAX_DEPTH) return plainText(node);
  const part = (name: string): string => {
    const c = child(node, name);
    return c ? linear(c, depth + 1) : '';
  };
  switch (node.name) {
    case 'm:t':
    case 'w:t':
      return decode(node.text);
    case 'm:f':
      return `${group(part('m:num'))}/${group(part('m:den'))}`;
    case 'm:sSup':
      return `${part('m:e')}^${group(part('m:sup'))}`;
    case 'm:sSub':
      return `${part('m:e')}_${group(part('m:sub'))}`;
    case 'm:sSubSup':
      return `${part('m:e')}_${group(part('m:sub'))}^${group(part('m:sup'))}`;
    case 'm:sPre':
      return `_${group(part('m:sub'))}^${group(part('m:sup'))}${part('m:e')}`;
    case 'm:rad': {
      const degree = part('m:deg').trim();
      return `${degree ? `${group(degree)}` : ''}√${group(part('m:e'))}`;
    }
    case 'm:nary': {
      const symbol = property(node, 'm:naryPr', 'm:chr') ?? '∫';
      const sub = part('m:sub').trim();
      const sup = part('m:sup').trim();
      return `${symbol}${sub ? `_${group(sub)}` : ''}${sup ? `^${group(sup)}` : ''} ${part('m:e')}`;
    }
    case 'm:d': {
      const begin = property(node, 'm:dPr', 'm:begChr') ?? '(';
      const end = property(node, 'm:dPr', 'm:endChr') ?? ')';
      const separator = property(node, 'm:dPr', 'm:sepChr') ?? '|';
      const items = node.children.filter((c) => c.name === 'm:e').map((c) => linear(c, depth + 1));
      return `${begin}${items.join(separator)}${end}`;
    }
    case 'm:func':
      return `${part('m:fName')} ${part('m:e')}`;
    case 'm:limLow':
      return `${part('m:e')}_${group(part('m:lim'))}`;
    case 'm:limUpp':
      return `${part('m:e')}^${group(part('m:lim'))}`;
    case 'm:eqArr':
      return node.children.filter((c) => c.name === 'm:e').map((c) => linear(c, depth + 1)).join('; ');
    case 'm:m':
      return `[${node.children
        .filter((c) => c.name === 'm:mr')
        .map((row) => row.children.filter((c) => c.name === 'm:e').map((c) => linear(c, depth + 1)).join(', '))
        .join('; ')}]`;
    default:
      // Properties say how to draw, not what is said; any other element is read for what it holds.
      if (node.name.endsWith('Pr')) return '';
      return node.children.map((c) => linear(c, depth + 1)).join('');
  }
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One equation's XML (an m:oMath or m:oMathPara element) as its linear text. */
export function equationText(xml: string): string {
  const root = parse(xml);
  const equations: MathNode[] = [];
  // An m:oMathPara holds one equation per line; an m:oMath is one.
  const collect = (n: MathNode): void => {
    for (const c of n.children) {
      if (c.name === 'm:oMath') equations.push(c);
      else if (c.name === 'm:oMathPara') collect(c);
    }
  };
  collect(root);
  return equations
    .map((e) => linear(e, 0).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * `xml` (a part's body) with each outermost equation replaced by a run holding its linear text,
 * as a space-separated part of its paragraph. Each element is found by string search, once.
 */
export function mathAsText(xml: string): string {
  if (!xml.includes('<m:oMath')) return xml;
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const at = xml.indexOf('<m:oMath', from);
    if (at < 0) break;
    const name = xml.startsWith('<m:oMathPara', at) ? 'm:oMathPara' : 'm:oMath';
    const after = xml[at + name.length + 1];
    if (after !== '>' && after !== ' ' && after !== '/' && after !== '\t' && after !== '\n' && after !== '\r') {
      // "<m:oMathParaPr": properties, not an equation.
      parts.push(xml.slice(from, at + 1));
      from = at + 1;
      continue;
    }
    // The element's end: its own end tag (an m:oMathPara holds m:oMath elements but no other
    // m:oMathPara; an m:oMath holds no m:oMath).
    const close = `</${name}>`;
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    const text = equationText(xml.slice(at, end + close.length));
    parts.push(xml.slice(from, at), text ? `<w:r><w:t xml:space="preserve"> ${escapeXml(text)} </w:t></w:r>` : '');
    from = end + close.length;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}
