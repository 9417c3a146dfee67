import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { List, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ReportModel } from './reportModel';
import { neutralizeMarkdown, parseMarkdown } from './safeMarkdown';

/** Matches the citations the pipeline writes into text, "[p. 4]" or "[p. 4, §7.2]", and "[§3.2]" or "[¶ 12]" for a document without pages. */
const CITATION = /\[(?:p\. \d+(?:, [^\]\n]{1,80})?|§[^\]\n]{1,80}|¶ \d{1,6})\]/g;
const CITATION_COLOR = '1F4E9A';
const MONO = 'Consolas';
const NUMBERED = 'precis-numbered';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  mono?: boolean;
}

/**
 * The DOCX report: the same provenance, summary, key terms and warnings as the Markdown export,
 * built with the `docx` library. The summary markdown is parsed into a tree and mapped to Word
 * headings, bullets and numbered lists; citations are styled runs. Nothing is embedded or linked:
 * images become their alt text, links their text, raw HTML shows as text.
 */
export async function renderDocxReport(report: ReportModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    provenanceTable(report),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Summary')] }),
    ...markdownToParagraphs(report.markdown),
  ];
  if (report.keyTerms.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Key terms')] }), keyTermsTable(report));
  }
  if (report.warnings.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Warnings')] }));
    for (const warning of report.warnings) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(warning)] }));
  }
  children.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: `${report.citationNote[0]!.toUpperCase()}${report.citationNote.slice(1)} (identified by its SHA-256 above).`, italics: true, size: 18 })],
    }),
  );

  const doc = new Document({
    creator: 'Precis',
    title: report.title,
    description: 'Contract summary with citations, exported from Precis.',
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level],
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 16, children: [`${report.footer} · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function provenanceTable(report: ReportModel): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: report.provenance.map(
      ({ label, value }) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text: value, font: label === 'SHA-256' ? MONO : undefined })] })],
            }),
          ],
        }),
    ),
  });
}

function keyTermsTable(report: ReportModel): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Term', 'Value', 'Source'].map(
      (text) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' },
          children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
        }),
    ),
  });
  const rows = report.keyTerms.map(
    (term) =>
      new TableRow({
        children: [
          new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: term.label, bold: true })] })] }),
          new TableCell({
            children: [
              new Paragraph({ children: [new TextRun(term.value)] }),
              ...(term.note ? [new Paragraph({ children: [new TextRun({ text: term.note, italics: true, color: '9C5700' })] })] : []),
            ],
          }),
          new TableCell({ children: [new Paragraph({ children: citationRuns(term.citations, {}) })] }),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** Maps the summary's markdown tree to Word paragraphs. Headings sit below the report's "Summary" heading. */
function markdownToParagraphs(markdown: string): Paragraph[] {
  const out: Paragraph[] = [];
  let numberedInstance = 0;

  const block = (node: RootContent, list?: { level: number; ordered: boolean; instance: number }, quote = false): void => {
    switch (node.type) {
      case 'heading':
        // The report's "Summary" is Heading 1, so the summary's "##" sections become Heading 2.
        out.push(new Paragraph({ heading: HEADINGS[Math.min(5, Math.max(1, node.depth - 1))], children: inline(node.children, {}) }));
        return;
      case 'paragraph':
        out.push(
          new Paragraph({
            children: inline(node.children, quote ? { italics: true } : {}),
            ...(quote ? { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } } } : {}),
            ...listProps(list),
          }),
        );
        return;
      case 'list':
        listBlock(node, list ? list.level + 1 : 0, quote);
        return;
      case 'blockquote':
        for (const child of node.children) block(child, list, true);
        return;
      case 'code':
        for (const line of node.value.split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: MONO })], ...listProps(list) }));
        return;
      case 'html':
        out.push(new Paragraph({ children: [new TextRun(node.value)], ...listProps(list) }));
        return;
      case 'thematicBreak':
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 1 } }, children: [] }));
        return;
      case 'definition':
        // Link targets are dropped on purpose: the report links nowhere.
        return;
      default:
        if ('children' in node) out.push(new Paragraph({ children: inline(node.children as PhrasingContent[], {}), ...listProps(list) }));
    }
  };

  const listBlock = (list: List, level: number, quote: boolean): void => {
    const instance = list.ordered ? ++numberedInstance : 0;
    for (const item of list.children) {
      let first = true;
      for (const child of item.children) {
        // Only an item's first paragraph carries the bullet; later ones continue it, indented.
        if (first && child.type === 'paragraph') {
          block(child, { level: Math.min(level, 3), ordered: Boolean(list.ordered), instance }, quote);
        } else if (child.type === 'list') {
          listBlock(child, level + 1, quote);
        } else {
          block(child, undefined, quote);
        }
        first = false;
      }
    }
  };

  // Neutralised first so link definitions cannot turn a citation such as "[p. 5]" into a reference.
  for (const node of parseMarkdown(neutralizeMarkdown(markdown)).children) block(node);
  return out;
}

function listProps(list: { level: number; ordered: boolean; instance: number } | undefined): object {
  if (!list) return {};
  return list.ordered ? { numbering: { reference: NUMBERED, level: list.level, instance: list.instance } } : { bullet: { level: list.level } };
}

function inline(nodes: PhrasingContent[], style: RunStyle): TextRun[] {
  return nodes.flatMap((node) => inlineNode(node, style));
}

function inlineNode(node: Nodes, style: RunStyle): TextRun[] {
  switch (node.type) {
    case 'text':
      return citationRuns(node.value, style);
    case 'strong':
      return inline(node.children, { ...style, bold: true });
    case 'emphasis':
      return inline(node.children, { ...style, italics: true });
    case 'delete':
      return inline(node.children, style);
    case 'inlineCode':
      return [run(node.value, { ...style, mono: true })];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'image':
      return node.alt ? [run(node.alt, { ...style, italics: true })] : [];
    case 'html':
      return [run(node.value, style)];
    case 'link':
    case 'linkReference':
      return inline(node.children, style);
    case 'imageReference':
      return node.alt ? [run(node.alt, { ...style, italics: true })] : [];
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], style) : [];
  }
}

/** Splits text so each citation becomes its own styled run (Word users can search and restyle them). */
function citationRuns(text: string, style: RunStyle): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > last) runs.push(run(text.slice(last, match.index), style));
    runs.push(new TextRun({ text: match[0], bold: style.bold, italics: style.italics, color: CITATION_COLOR }));
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(run(text.slice(last), style));
  return runs;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text, bold: style.bold, italics: style.italics, font: style.mono ? MONO : undefined });
}
