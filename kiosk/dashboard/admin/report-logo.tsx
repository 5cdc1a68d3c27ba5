// The administration's logo at the top of its PDF reports: what is there now, upload a PNG or JPEG, remove it.
import { useState } from 'preact/hooks';
import '../exports.css';
import { exportPaths, LOGO_MEDIA_TYPES, MAX_LOGO_BYTES } from '../../../server/contract/exports';
import { request } from '../api';
import { X } from '../export-labels';
import { useLoad } from './use-load';
import { LOCALE } from '../i18n/locale';

interface LogoState {
  logo: { mediaType: string; bytes: number; width: number; height: number; sha256: string; uploadedAt: string; dataUrl: string } | null;
}

const when = (iso: string) => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

export function ReportLogo({ administrationId }: { administrationId: string }) {
  const state = useLoad((signal) => request<LogoState>('GET', exportPaths.logo(administrationId), { signal }), `logo:${administrationId}`);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      state.reload();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File | undefined) => {
    if (!file) return;
    // Said here before the upload; the collector checks the same and more (the file's content).
    if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(file.type)) return setProblem(X.logoWrongType(file.name));
    if (file.size > MAX_LOGO_BYTES) return setProblem(X.logoTooLarge(Math.ceil(file.size / 1024), MAX_LOGO_BYTES / 1024));
    void run(() => request('PUT', exportPaths.logo(administrationId), { body: file, contentType: file.type }));
  };

  const logo = state.data?.logo;
  return (
    <section class="card report-logo" aria-labelledby="report-logo-title" data-testid="report-logo">
      <h3 id="report-logo-title">{X.logoTitle}</h3>
      <p class="muted">{X.logoNote(MAX_LOGO_BYTES / 1024)}</p>
      {/* As big as it prints: the PDF fits it in 110 × 40 points at the top left. */}
      {logo && <img class="report-logo-preview" src={logo.dataUrl} alt={X.logoAlt} data-testid="report-logo-preview" />}
      {state.data && (
        <p data-testid="report-logo-state" data-present={String(!!logo)}>
          {logo ? X.logoPresent(logo.mediaType === 'image/png' ? 'PNG' : 'JPEG', logo.width, logo.height, Math.ceil(logo.bytes / 1024), when(logo.uploadedAt)) : X.logoAbsent}
        </p>
      )}
      <div class="actions">
        <label class="button">
          {logo ? X.logoReplace : X.logoUpload}
          <input
            type="file"
            class="visually-hidden"
            accept={LOGO_MEDIA_TYPES.join(',')}
            disabled={busy}
            data-testid="report-logo-file"
            onChange={(e) => {
              const input = e.currentTarget;
              upload(input.files?.[0]);
              input.value = '';
            }}
          />
        </label>
        {logo && (
          <button type="button" class="danger" disabled={busy} data-testid="report-logo-remove" onClick={() => void run(() => request('DELETE', exportPaths.logo(administrationId)))}>
            {X.logoRemove}
          </button>
        )}
      </div>
      {problem && (
        <p class="form-error" role="alert" data-testid="report-logo-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
