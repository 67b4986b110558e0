// A long job's progress on the library page (upgrade, index build, analysis, import, export):
// what it is doing, how far it is, and a Cancel button.
import { t } from '../../components/i18n';

interface Props {
  label: string;
  done: number;
  total: number;
  onCancel?: () => void;
  testId?: string;
}

export function JobStatus({ label, done, total, onCancel, testId }: Props) {
  return (
    <p className="job-status" data-testid={testId}>
      <span>{label}</span>
      <progress max={Math.max(1, total)} value={Math.min(done, total)} aria-label={label} />
      <span>{t('progressCount', done.toLocaleString(), total.toLocaleString())}</span>
      {onCancel && (
        <button type="button" className="link-button" data-testid={testId ? `${testId}-cancel` : undefined} onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </p>
  );
}
