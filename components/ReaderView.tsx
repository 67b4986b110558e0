// The clean reader view of one article: its header (title, byline, site, date, reading time, link
// to the original, lead image) and its sanitized body. The body HTML must already be sanitized.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Article, ClaimReviewInfo } from '../lib/extract/types';
import { verdictText } from '../lib/extract/claim-review';
import { t, tn } from './i18n';
import { hideFailedImages, wrapTables } from './readerBody';

/** What the reader view shows of an article (a live Article or a saved copy). */
export type ReaderArticle = Pick<
  Article,
  'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'leadImage' | 'readingMinutes' | 'claimReview'
>;

interface Props {
  article: ReaderArticle;
  /** Sanitized HTML of the body. */
  safeHtml: string;
  /** Shown above the title (e.g. "Saved copy from …"). */
  notice?: ReactNode;
  /** Called with the body element after each render of new HTML (to draw marks). */
  onBodyReady?: (body: HTMLElement) => void;
}

/**
 * Date formatters by locale and style, made once: constructing an Intl.DateTimeFormat costs
 * ~0.3 ms, and the library's list formats two dates per row on every render.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const hasTime = /T\d\d:\d\d/.test(iso) && !/T00:00(:00)?(\.0+)?(Z|[+-]00:?00)?$/.test(iso);
  return formatter(locale, hasTime).format(date);
}

/** A stored value as text to show, or nothing (a record from storage or sync is not trusted to be well-formed). */
const shownText = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * A fact-check's claim, who made it and the verdict (schema.org ClaimReview, lib/extract/claim-review.ts),
 * above the body: the page shows them in a box Readability drops. Page text, rendered as React text only.
 */
function ClaimReviewBox({ reviews }: { reviews: readonly ClaimReviewInfo[] }) {
  const shown = reviews.filter((r) => r && typeof r === 'object' && (shownText(r.claim) || shownText(r.verdict)));
  if (shown.length === 0) return null;
  return (
    <aside className="reader-claims" data-testid="claim-review" aria-label={t('claimReview')}>
      {shown.map((r, i) => {
        const verdict = verdictText({
          verdict: shownText(r.verdict),
          ratingValue: Number.isFinite(r.ratingValue) ? r.ratingValue : null,
          bestRating: Number.isFinite(r.bestRating) ? r.bestRating : null,
        });
        const claim = shownText(r.claim);
        const claimant = shownText(r.claimant);
        const reviewer = shownText(r.reviewer);
        return (
          <div className="claim-review" key={i} data-testid="claim-review-item">
            <dl>
              {claim && (
                <div>
                  <dt>{t('claimLabel')}</dt> <dd data-testid="claim">{claim}</dd>
                </div>
              )}
              {claimant && (
                <div>
                  <dt>{t('claimantLabel')}</dt> <dd data-testid="claimant">{claimant}</dd>
                </div>
              )}
              {verdict && (
                <div>
                  <dt>{t('verdictLabel')}</dt> <dd data-testid="verdict">{verdict}</dd>
                </div>
              )}
            </dl>
            {reviewer && <p className="claim-reviewer" data-testid="claim-reviewer">{t('claimReviewer', reviewer)}</p>}
          </div>
        );
      })}
    </aside>
  );
}

export function ReaderView({ article, safeHtml, notice, onBodyReady }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const published = formatDate(article.publishedTime);
  // lib/extract names the body's own copy as the lead image when the body shows it (attributes
  // come serialised with &amp;)
  const lead = article.leadImage;
  const leadInBody = !!lead && (safeHtml.includes(lead) || safeHtml.includes(lead.replace(/&/g, '&amp;')));

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    wrapTables(body, t('tableLabel'));
    hideFailedImages(body.closest('article') ?? body);
    onBodyReady?.(body);
  }, [safeHtml, onBodyReady]);

  return (
    <article className="reader" data-testid="reader" lang={article.lang ?? undefined} dir={article.dir}>
      <header className="reader-header">
        {notice && <p className="reader-notice">{notice}</p>}
        {article.siteName && <p className="reader-site" data-testid="site">{article.siteName}</p>}
        <h1 className="reader-title">{article.title}</h1>
        <p className="reader-meta">
          {article.byline && <span data-testid="byline">{t('byAuthor', article.byline)}</span>}
          {published && (
            <time data-testid="published" dateTime={article.publishedTime ?? undefined}>{published}</time>
          )}
          {article.readingMinutes > 0 && <span data-testid="reading-time">{tn('readingTime', article.readingMinutes)}</span>}
        </p>
        <p className="reader-original">
          <a data-testid="original-link" href={article.url} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')}
          </a>
        </p>
        {Array.isArray(article.claimReview) && <ClaimReviewBox reviews={article.claimReview} />}
        {article.leadImage && !leadInBody && (
          <img className="reader-lead" src={article.leadImage} alt="" referrerPolicy="no-referrer" />
        )}
      </header>
      <div
        ref={bodyRef}
        className="reader-body"
        data-testid="article-body"
        dangerouslySetInnerHTML={{ __html: safeHtml }}
      />
    </article>
  );
}
