// Imports people served from a CSV file for one office: the format on screen, a template, every bad line named, or how many figures were stored and which columns were not read.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_PEOPLE_SERVED_CSV_BYTES } from '../../../server/contract/limits';
import type { PeopleServedImportResult } from '../../../server/contract/participation';
import { importPeopleServedCsv } from '../admin-api';
import { DashboardApiError } from '../api';
import { useSave } from '../use-save';
import { S } from './served-labels';
import { csvProblemLines } from './served-problems';
import { messageOf } from './use-load';

/** The collector's own limit on an imported file. */
export const MAX_CSV_BYTES = MAX_PEOPLE_SERVED_CSV_BYTES;
/** A refusal may name thousands of lines: the first ones say what is wrong with the file. */
const MAX_LINES_SHOWN = 50;
const EXAMPLE = ['giorno;servizio;canale;persone', '2026-03-30;Anagrafe e stato civile;sportello;42', '31/03/2026;Tributi;telefono;12', '31/03/2026;Tributi;;35'];

/**
 * The file's text: UTF-8 when it is, else Windows-1252, which Excel in Italian writes for "CSV
 * (separato da punto e virgola)" (decoded as UTF-8, "Attività" would no longer name the service).
 */
export async function readCsvText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const csvField = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A file to fill in: one line per day and service, the number left to write. The BOM makes Excel read it as UTF-8. */
export function templateCsv(services: readonly { name: string }[], days: readonly string[]): string {
  const lines = ['giorno;servizio;canale;persone', ...days.flatMap((day) => services.map((s) => `${day};${csvField(s.name)};sportello;`))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

interface Props {
  office: { id: string; name: string };
  /** The services and days the grid shows, for the template. */
  services: readonly { name: string }[];
  days: readonly string[];
  onImported: () => void;
}

export function ServedImport({ office, services, days, onImported }: Props) {
  const [file, setFile] = useState<File>();
  const [imported, setImported] = useState<PeopleServedImportResult>();
  const save = useSave();
  const input = useRef<HTMLInputElement>(null);

  const csv = templateCsv(services, days);
  const template = useMemo(() => URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), [csv]);
  useEffect(() => () => URL.revokeObjectURL(template), [template]);

  const submit = (e: Event) => {
    e.preventDefault();
    setImported(undefined);
    if (!file) return save.fail(new Error(S.importChooseFile));
    if (file.size > MAX_CSV_BYTES) return save.fail(new Error(S.importTooLarge(MAX_CSV_BYTES / 1024 / 1024)));
    void save.run(async () => {
      const result = await importPeopleServedCsv(office.id, await readCsvText(file));
      setImported(result);
      setFile(undefined);
      if (input.current) input.current.value = '';
      onImported();
    });
  };

  const lines = save.error instanceof DashboardApiError && save.error.problems.some((p) => p.line !== undefined) ? csvProblemLines(save.error.problems) : undefined;

  return (
    <section class="card served-import" aria-labelledby="served-import-title" data-testid="served-import">
      <h3 id="served-import-title">{S.importTitle}</h3>
      <p>{S.importIntro(office.name)}</p>
      <p>{S.importFormat}</p>
      <pre class="served-example" data-testid="served-example">
        {EXAMPLE.join('\n')}
      </pre>
      <ul class="served-rules">
        {S.importRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p class="field-hint">{S.importSeparator}</p>
      <p>
        <a href={template} download={`persone-servite-${office.id}-${days[0] ?? ''}.csv`} data-testid="served-template">
          {S.importTemplate}
        </a>
      </p>
      <form class="inline-form" onSubmit={submit} data-testid="served-import-form">
        <div class="field">
          <label for="served-csv">{S.importFile}</label>
          <input
            id="served-csv"
            ref={input}
            type="file"
            accept=".csv,text/csv,text/plain"
            data-testid="served-csv"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0]);
              setImported(undefined);
              save.fail(undefined);
            }}
          />
        </div>
        <button type="submit" class="primary" data-testid="served-import-submit" disabled={save.busy}>
          {save.busy ? S.importing : S.importSubmit}
        </button>
      </form>
      {save.error !== undefined && (
        <div class="form-error" role="alert" data-testid="served-import-error">
          {lines ? (
            <>
              <p>{S.importRefused}</p>
              <ul data-testid="served-import-problems">
                {lines.slice(0, MAX_LINES_SHOWN).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {lines.length > MAX_LINES_SHOWN && <p>{S.importMoreProblems(lines.length - MAX_LINES_SHOWN)}</p>}
            </>
          ) : (
            <p>{save.error instanceof DashboardApiError ? save.error.detail : messageOf(save.error)}</p>
          )}
        </div>
      )}
      {imported !== undefined && (
        <p class="notice" role="status" data-testid="served-imported">
          {S.imported(imported.stored, office.name)}
        </p>
      )}
      {/* A misspelt header ("canali") is imported without its column: said, never silent. */}
      {imported !== undefined && imported.ignoredColumns.length > 0 && (
        <div class="notice served-ignored" role="status" data-testid="served-import-ignored">
          <p>{S.importIgnored(imported.ignoredColumns.length)}</p>
          <ul>
            {imported.ignoredColumns.map((c) => (
              <li key={c.column}>{S.ignoredColumn(c.column, c.name)}</li>
            ))}
          </ul>
          <p>{S.importIgnoredFix}</p>
        </div>
      )}
    </section>
  );
}
