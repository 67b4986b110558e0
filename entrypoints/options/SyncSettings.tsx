// Settings → Sync: the server database, user and password — kept, or used once to sign in for a
// session cookie (lib/sync/session) and never stored; "Test connection" says exactly what is wrong
// (lib/sync/probe); turning sync on asks for the one origin's host permission (inside the click, as
// browsers require) and stores the settings in storage.local, where the background picks them up.
// The status line follows what the background reports.
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../components/i18n';
import { syncStatusText } from '../../components/syncText';
import { probe, splitDatabaseUrl, type ProbeResult } from '../../lib/sync/probe';
import { signIn, type SignInResult } from '../../lib/sync/session';
import { ensureDesign } from '../../lib/sync/design';
import { SYNC_DESIGN_KEY, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, originPattern, parseStoredDesign, parseSyncSettings, type ShownSyncStatus, type StoredDesign } from '../../lib/sync/settings';
import { DesignNote } from './DesignNote';

const PROBE_MESSAGES: Record<Exclude<ProbeResult, { ok: true }>['code'], MessageKey> = {
  'bad-url': 'syncErrBadUrl',
  unreachable: 'syncErrUnreachable',
  'not-couchdb': 'syncErrNotCouch',
  'wrong-credentials': 'syncErrCredentials',
  'signed-out': 'syncErrSignedOut',
  'no-database': 'syncErrNoDatabase',
  'no-permission': 'syncErrNoPermission',
  'server-error': 'syncErrServer',
};

function probeText(result: ProbeResult | SignInResult): string {
  if (result.ok) return t('syncConnected', result.user);
  return result.code === 'server-error' ? t('syncErrServer', result.detail ?? '') : t(PROBE_MESSAGES[result.code]);
}

/** Asks for the server's origin; must be the first await of a click handler (user gesture). */
function askForOrigin(url: string): Promise<boolean> {
  if (!splitDatabaseUrl(url)) return Promise.resolve(true); // the probe explains the bad URL
  return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
}

function useSyncState() {
  const [status, setStatus] = useState<ShownSyncStatus | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [fields, setFields] = useState({ url: '', user: '', password: '' });
  const [session, setSession] = useState(false);
  const [design, setDesign] = useState<StoredDesign | null>(null);
  useEffect(() => {
    void browser.storage.local.get([SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, SYNC_DESIGN_KEY]).then((stored) => {
      setDesign(parseStoredDesign(stored[SYNC_DESIGN_KEY]));
      const settings = parseSyncSettings(stored[SYNC_SETTINGS_KEY]);
      if (settings) setFields({ url: settings.url, user: settings.user, password: settings.password });
      setSession(!!settings?.session);
      setEnabled(!!settings?.enabled);
      setStatus((stored[SYNC_STATUS_KEY] as ShownSyncStatus) ?? null);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SYNC_STATUS_KEY in changes) setStatus((changes[SYNC_STATUS_KEY].newValue as ShownSyncStatus) ?? null);
      if (SYNC_DESIGN_KEY in changes) setDesign(parseStoredDesign(changes[SYNC_DESIGN_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { status, enabled, setEnabled, fields, setFields, session, setSession, design };
}

/** Password kept, or a session cookie: a radio group above the fields. */
function AuthChoice({ session, onChange }: { session: boolean; onChange: (session: boolean) => void }) {
  return (
    <fieldset className="sync-auth">
      <legend>{t('syncAuthLabel')}</legend>
      <label className="choice">
        <input type="radio" name="sync-auth" data-testid="sync-auth-password" checked={!session} onChange={() => onChange(false)} /> {t('syncAuthPassword')}
      </label>
      <label className="choice">
        <input type="radio" name="sync-auth" data-testid="sync-auth-session" checked={session} onChange={() => onChange(true)} /> {t('syncAuthSession')}
      </label>
    </fieldset>
  );
}

export function SyncSettings() {
  const { status, enabled, setEnabled, fields, setFields, session, setSession, design } = useSyncState();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  /** Signs in first when a session is chosen and a password typed; then asks the server. Null: failed. */
  const check = async (granted: boolean): Promise<{ signedInAt?: number } | null> => {
    if (!granted) {
      setMessage({ text: t('syncErrPermission'), ok: false });
      return null;
    }
    setBusy(true);
    const target = { url: fields.url.trim(), user: fields.user, password: session ? '' : fields.password, session };
    let signedInAt: number | undefined;
    if (session && fields.password) {
      const signedIn = await signIn(target.url, target.user, fields.password);
      if (!signedIn.ok) {
        setBusy(false);
        setMessage({ text: probeText(signedIn), ok: false });
        return null;
      }
      signedInAt = Date.now();
      setFields((f) => ({ ...f, password: '' })); // used once, never kept
    }
    const result = await probe(target);
    // A database that works gets Gloss's permission rule, when this user may install it.
    if (result.ok) await browser.storage.local.set({ [SYNC_DESIGN_KEY]: { url: target.url, state: (await ensureDesign(target)).state } });
    setBusy(false);
    setMessage({ text: probeText(result), ok: result.ok });
    return result.ok ? { signedInAt } : null;
  };
  /**
   * Asks for the server's origin, then checks it. "Testing…" replaces the last answer at the click,
   * before the browser's permission prompt: the old answer must not stand for the new test's.
   */
  const askAndCheck = async () => {
    setMessage({ text: t('syncTesting'), ok: true });
    return check(await askForOrigin(fields.url.trim()));
  };
  const test = async () => void (await askAndCheck());
  const turnOn = async (event: FormEvent) => {
    event.preventDefault();
    const checked = await askAndCheck();
    if (!checked) return;
    const previous = parseSyncSettings((await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]);
    const auth = session ? { password: '', session: true, signedInAt: checked.signedInAt ?? previous?.signedInAt ?? Date.now() } : { password: fields.password };
    await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: { url: fields.url.trim(), user: fields.user, ...auth, enabled: true, sentEverything: previous?.sentEverything } });
    setEnabled(true);
  };
  const turnOff = async () => {
    const previous = parseSyncSettings((await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]);
    await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: { ...(previous ?? fields), enabled: false } });
    setEnabled(false);
  };
  const field = (name: keyof typeof fields, label: MessageKey, type: string, autoComplete: string) => (
    <>
      <label htmlFor={`sync-${name}`}>{t(label)}</label>
      <input id={`sync-${name}`} type={type} autoComplete={autoComplete} value={fields[name]} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
    </>
  );
  // With a session, signing in again is always offered (the session may end); a kept password needs no button.
  const submit = session ? (enabled ? 'syncSignInAgain' : 'syncSignIn') : enabled ? null : 'syncTurnOn';
  return (
    <main className="settings">
      <h1>{t('syncHeading')}</h1>
      <p>{t('syncIntro')}</p>
      <form onSubmit={turnOn}>
        {field('url', 'syncUrl', 'url', 'url')}
        {field('user', 'syncUser', 'text', 'username')}
        <AuthChoice session={session} onChange={setSession} />
        {field('password', 'syncPassword', 'password', 'current-password')}
        <div className="actions">
          <button type="button" onClick={test} disabled={busy}>{t('syncTest')}</button>
          {submit && <button type="submit" disabled={busy}>{t(submit)}</button>}
          {enabled && <button type="button" onClick={turnOff}>{t('syncTurnOff')}</button>}
        </div>
      </form>
      {message && <p role="status" className="sync-test" data-ok={message.ok}>{message.text}</p>}
      <p role="status" className="sync-state" data-state={status?.state ?? 'off'} data-error={status?.state === 'error' ? status.error : undefined}>{syncStatusText(status)}</p>
      <DesignNote design={design?.url === fields.url.trim() ? design : null} />
      <p>{t('syncWhat')}</p>
    </main>
  );
}
