// The Sources list: who the article's claims come from, grouped by source, with how often each is
// cited, the cue ("said", "according to"), and the link when the source is an outbound link.
import type { SourceGroup } from './analysisView';
import { t, tn, type MessageKey } from './i18n';
import { displayHost } from '../lib/url';

interface Props {
  groups: SourceGroup[];
  /** The analysis has not finished yet: say so rather than "none found". */
  pending?: boolean;
  sentenceOf: (start: number, end: number) => string;
  onJump: (id: string) => void;
  onCopy: (text: string, sentence: string) => void;
}

const KIND_LABEL: Record<string, MessageKey> = {
  attribution: 'sourceKindAttribution',
  quote: 'sourceKindQuote',
  link: 'sourceKindLink',
  credit: 'sourceKindCredit',
};

export function SourceList({ groups, pending, sentenceOf, onJump, onCopy }: Props) {
  if (pending) return <p className="state-reason" role="status" data-testid="sources-pending">{t('analysisPending')}</p>;
  if (groups.length === 0) return <p className="state-reason" data-testid="sources-empty">{t('sourcesEmpty')}</p>;
  return (
    <ol className="entity-list" data-testid="source-list">
      {groups.map((g) => {
        const first = g.mentions[0];
        const sentence = sentenceOf(first.span.start, first.span.end);
        return (
          <li key={g.name} className="entity" data-testid="source-item" data-name={g.name}>
            <div className="entity-head">
              <button type="button" className="entity-name" onClick={() => onJump(first.id)}>
                <span className="swatch swatch-source" aria-hidden="true" />
                {g.name}
              </button>
              <span className="entity-count" data-testid="mention-count" aria-label={tn('mentionCount', g.mentions.length)}>
                {g.mentions.length}×
              </span>
            </div>
            <p className="entity-meta">
              {g.kinds.map((k) => t(KIND_LABEL[k] ?? 'sourceKindAttribution')).join(' · ')}
              {g.cues.length > 0 && <> · <span className="entity-cue">{g.cues.join(', ')}</span></>}
              {g.href && (
                <>
                  {' · '}
                  <a href={g.href} target="_blank" rel="noopener noreferrer">{displayHost(g.href)}</a>
                </>
              )}
            </p>
            <p className="entity-sentence">{sentence}</p>
            <div className="entity-actions">
              {g.mentions.length > 1 &&
                g.mentions.map((m, i) => (
                  <button key={m.id} type="button" className="chip" onClick={() => onJump(m.id)} aria-label={t('goToMention', String(i + 1))}>
                    {i + 1}
                  </button>
                ))}
              <button type="button" className="chip" onClick={() => onCopy(g.name, sentence)}>{t('copyWithCitation')}</button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
