// Under Settings → Sync: whether the server enforces the team's permission rule (Gloss's
// validate_doc_update design document, lib/sync/design). Gloss installs it when the user may; when
// not, this says so plainly and hands over the document (download, copy) for an admin to install.
import { useState } from 'react';
import { t } from '../../components/i18n';
import { designJson } from '../../lib/sync/design';
import type { StoredDesign } from '../../lib/sync/settings';

export function DesignNote({ design }: { design: StoredDesign | null }) {
  const [copied, setCopied] = useState(false);
  if (!design || design.state === 'failed') return null;
  if (design.state !== 'not-admin') {
    return <p className="sync-design" data-testid="sync-design" data-state={design.state}>{t('syncDesignOk')}</p>;
  }
  const json = designJson();
  const copy = () => void navigator.clipboard.writeText(json).then(() => setCopied(true), () => setCopied(false));
  return (
    <div className="sync-design sync-design-missing" role="note" data-testid="sync-design" data-state="not-admin">
      <p>{t('syncDesignMissing')}</p>
      <div className="actions">
        <a className="button" data-testid="sync-design-download" href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`} download="gloss-design.json">
          {t('syncDesignDownload')}
        </a>
        <button type="button" className="button" onClick={copy}>{copied ? t('syncDesignCopied') : t('syncDesignCopy')}</button>
      </div>
      <details>
        <summary>{t('syncDesignShow')}</summary>
        <pre data-testid="sync-design-json">{json}</pre>
      </details>
    </div>
  );
}
