// «Pagina pubblica»: an administration's admins switch its transparency page on, choose the open data's licence, write a note, and copy the links and the embed code.
import './public-page.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LICENCES, MAX_PUBLIC_NOTE_LENGTH, publicPaths, type LicenceId } from '../../../server/contract/public-page';
import type { PublicPageSettings } from '../../../server/contract/public-page-schemas';
import { Field, FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { AddressWarning } from './address-warning';
import { changedFields, differences, type ShownField } from './differences';
import { formatWhen } from './format-when';
import { Loading, LoadError } from './list-parts';
import { copy } from './new-key-panel';
import { badgeSnippet, P, pageSnippet } from './public-page-labels';
import { changePublicPage, getPublicPage, publicBase } from './public-page-api';
import { isStale, StaleNotice } from './stale-notice';
import { useFreshCopy } from './use-fresh-copy';
import { useLoad } from './use-load';

/** The settings as the stale notice names them. */
const SHOWN: readonly ShownField<PublicPageSettings>[] = [
  { key: 'enabled', label: P.enabled, show: (v) => (v ? P.statusOn : P.statusOff) },
  { key: 'licence', label: P.licence, show: (v) => LICENCES.find((l) => l.id === v)?.name ?? v },
  { key: 'note', label: P.note, show: (v) => v || A.none },
];

export function PublicPageSettingsPage({ administrationId, administrationName }: { administrationId: string; administrationName: string }) {
  const loaded = useLoad((signal) => getPublicPage(administrationId, signal), administrationId);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <Settings key={administrationId} initial={loaded.data} name={administrationName} />;
}

function Settings({ initial, name }: { initial: PublicPageSettings; name: string }) {
  const [settings, setSettings] = useState(initial);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [licence, setLicence] = useState<LicenceId>(initial.licence);
  const [note, setNote] = useState(initial.note);
  const [saved, setSaved] = useState(false);
  const save = useSave();
  const fresh = useFreshCopy(settings, () => getPublicPage(settings.administrationId));
  const changed = enabled !== settings.enabled || licence !== settings.licence || note.trim() !== settings.note;

  const submit = (e: Event) => {
    e.preventDefault();
    setSaved(false);
    // Only what this person changed from the settings opened: fixing the note must not send back the switch as it was.
    const change = changedFields(settings, { enabled, licence, note: note.trim() }, ['enabled', 'licence', 'note'] as const);
    void save.run(async () => {
      const next = await changePublicPage(settings.administrationId, { ...change, version: fresh.version });
      setSettings(next);
      // The form shows what is stored now: a setting this person left alone may have been changed by someone else.
      setEnabled(next.enabled);
      setLicence(next.licence);
      setNote(next.note);
      setSaved(true);
    });
  };

  return (
    <>
      <p class="muted">{P.intro}</p>
      <p class="muted">{P.privacy}</p>
      <form class="card admin-form" onSubmit={submit} data-testid="public-page-form">
        <div class="card-head">
          <h3>{P.settingsTitle}</h3>
          <span class={`status ${settings.enabled ? 'status-enrolled' : 'status-pending'}`} data-testid="public-page-status">
            {settings.enabled ? P.statusOn : P.statusOff}
          </span>
        </div>
        <div class="field">
          <label class="check public-switch">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} aria-describedby="public-enabled-note" data-testid="public-page-enabled" />
            {P.enabled}
          </label>
          <p class="field-hint" id="public-enabled-note">
            {P.enabledHint}
          </p>
        </div>
        <Field id="public-licence" label={P.licence} hint={P.licenceHint} problem={save.problem('/licence')}>
          <select id="public-licence" value={licence} onChange={(e) => setLicence(e.currentTarget.value as LicenceId)} aria-describedby="public-licence-note" data-testid="public-page-licence">
            {LICENCES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="public-note" label={P.note} hint={P.noteHint(note.length, MAX_PUBLIC_NOTE_LENGTH)} problem={save.problem('/note')}>
          <textarea
            id="public-note"
            class="public-note"
            rows={3}
            maxLength={MAX_PUBLIC_NOTE_LENGTH}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
            aria-describedby="public-note-note"
            data-testid="public-page-note"
          />
        </Field>
        {isStale(save.error) ? (
          <StaleNotice what="publicPage" error={save.error} fresh={fresh} theirs={fresh.theirs && differences(settings, fresh.theirs, SHOWN)} testId="public-page-stale" />
        ) : (
          <FormError error={save.error} fields={['/licence', '/note']} testId="public-page-error" />
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={save.busy || !changed} data-testid="public-page-save">
            {save.busy ? A.saving : A.save}
          </button>
          <p class="field-hint" role="status" data-testid="public-page-saved">
            {saved && !changed ? P.saved : ''} {settings.updatedAt ? P.savedAt(formatWhen(settings.updatedAt), settings.updatedBy) : P.neverSaved}
          </p>
        </div>
      </form>
      <Links settings={settings} name={name} />
    </>
  );
}

function Links({ settings, name }: { settings: PublicPageSettings; name: string }) {
  const { links } = settings;
  const items = [
    [P.page, links.page],
    [P.csv, links.csv],
    [P.json, links.json],
    [P.schema, links.schema],
    [P.badge, links.badge],
  ] as const;
  return (
    <section class="card public-links" aria-labelledby="public-links-title" data-testid="public-page-links">
      <h3 id="public-links-title">{P.linksTitle}</h3>
      <AddressWarning base={publicBase(settings)} say={P.addressWarning} testId="public-page-address" />
      {!settings.enabled && <p class="note">{P.linksOff}</p>}
      <ul class="public-link-list">
        {items.map(([label, href]) => (
          <li key={label}>
            <a href={href} target="_blank" rel="noopener">
              {label}
              <span class="visually-hidden"> {P.newTab}</span>
            </a>
            <span class="public-url">{href}</span>
          </li>
        ))}
      </ul>
      {settings.enabled && (
        <figure class="public-badge">
          {/* From this origin, whatever PUBLIC_URL says: the dashboard's policy loads images from itself only. */}
          <img src={publicPaths.badge(settings.administrationId)} width={240} height={72} alt={P.badgePreview} data-testid="public-page-badge" />
          <figcaption class="field-hint">{P.badgePreview}</figcaption>
        </figure>
      )}
      <h3 class="public-embed-title">{P.embedTitle}</h3>
      <p class="field-hint">{P.embedIntro}</p>
      <Snippet id="public-embed-badge" label={P.embedBadge} text={badgeSnippet(name, links)} />
      <Snippet id="public-embed-page" label={P.embedPage} text={pageSnippet(name, links)} />
    </section>
  );
}

function Snippet({ id, label, text }: { id: string; label: string; text: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  useEffect(() => setCopied(undefined), [text]);
  return (
    <div class="public-snippet">
      <div class="field">
        <label for={id}>{label}</label>
        <textarea id={id} ref={field} class="public-snippet-code" rows={3} readOnly value={text} spellcheck={false} data-testid={id} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div class="actions">
        <button type="button" onClick={async () => setCopied(await copy(text, field.current))} data-testid={`${id}-copy`}>
          {P.copy}
        </button>
        <p role="status" class={copied === false ? 'field-problem' : 'field-hint'}>
          {copied === undefined ? '' : copied ? P.copied : P.notCopied}
        </p>
      </div>
    </div>
  );
}
