import { createContext, memo, useContext, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { CitationButton } from '../CitationButton/CitationButton';
import { parseCitationHref, type CitationRef } from '../../state/citations';
import { remarkSafe } from './remarkSafe';

interface Props {
  markdown: string;
  onCite: (c: CitationRef) => void;
}

const CiteContext = createContext<(c: CitationRef) => void>(() => {});

function SafeLink({ href, children }: { href?: string; children?: ReactNode }) {
  const onCite = useContext(CiteContext);
  const cite = parseCitationHref(href);
  if (cite) return <CitationButton citation={cite} onOpen={onCite} />;
  // A link's words stay readable; its target never becomes navigable.
  return <span className="md-link">{children}</span>;
}

function SafeImage({ alt }: { alt?: string }) {
  return <span className="md-image">{`[image: ${alt ?? ''}]`}</span>;
}

// Module-level and stable: new component functions on every render would remount every citation
// button on each streamed delta, dropping focus and swallowing clicks in flight.
const COMPONENTS: Components = { a: SafeLink, img: SafeImage };
const PLUGINS = [remarkSafe];

/**
 * Markdown from a contract or a model, rendered as inert text: no raw HTML, no images, and no link
 * that leaves the app. Citations become buttons that open the source.
 */
export const SafeMarkdown = memo(function SafeMarkdown({ markdown, onCite }: Props) {
  return (
    <CiteContext.Provider value={onCite}>
      <div className="markdown">
        <Markdown skipHtml={false} remarkPlugins={PLUGINS} components={COMPONENTS}>
          {markdown}
        </Markdown>
      </div>
    </CiteContext.Provider>
  );
});
