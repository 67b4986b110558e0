// The line above the Sources and Figures lists of an article in a language the analysis has no
// lexicon for (lib/analyze `languageUnread`): without it a Korean article's empty Sources tab reads
// "No sources found", as if it quoted no one, and a Portuguese article's "10 de março" listed as
// the count 10 looks like Gloss's best reading rather than a reading without the language's words.
import { languageName, t } from './i18n';

export function AnalysisLanguageNote({ language, view }: { language?: string; view: 'sources' | 'figures' }) {
  if (!language) return null;
  const name = language === 'und' ? null : languageName(language);
  const text =
    view === 'sources'
      ? name ? t('analysisLanguageSources', name) : t('analysisLanguageSourcesUnknown')
      : name ? t('analysisLanguageFigures', name) : t('analysisLanguageFiguresUnknown');
  return (
    <p className="state-reason" data-testid="analysis-language">
      {text}
    </p>
  );
}
