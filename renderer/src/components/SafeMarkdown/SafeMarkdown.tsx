import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { CitationButton } from '../CitationButton/CitationButton';
import { parseCitationHref, type CitationRef } from '../../state/citations';
import { remarkSafe } from './remarkSafe';

interface Props {
  markdown: string;
  onCite: (c: CitationRef) => void;
}

/**
 * Markdown from a contract or a model, rendered as inert text: no raw HTML, no images, and no link
 * that leaves the app. Citations become buttons that open the source.
 */
export const SafeMarkdown = memo(function SafeMarkdown({ markdown, onCite }: Props) {
  const components: Components = {
    a: ({ href, children }) => {
      const cite = parseCitationHref(href);
      if (cite) return <CitationButton citation={cite} onOpen={onCite} />;
      // A link's words stay readable; its target never becomes navigable.
      return <span className="md-link">{children}</span>;
    },
    img: ({ alt }) => <span className="md-image">{`[image: ${alt ?? ''}]`}</span>,
  };
  return (
    <div className="markdown">
      <Markdown skipHtml={false} remarkPlugins={[remarkSafe]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
});
