// Across a whole administration, the paired terminals that need looking at, with why and a way to their
// office: IT staff with hundreds of tablets do not open office after office to find the silent ones.
import { useEffect } from 'preact/hooks';
import { terminalAttentionPath } from '../../../server/contract/terminal-attention';
import type { TerminalAttention } from '../../../server/contract/terminal-attention-schema';
import { request } from '../api';
import { T_ATTENTION } from './attention-labels';
import { DataTable, Loading, LoadError } from './list-parts';
import { useLoad } from './use-load';

export function TerminalsNeedingAttention({ administrationId, refreshMs, onOpenOffice }: { administrationId: string; refreshMs: number; onOpenOffice: (officeId: string) => void }) {
  const listed = useLoad((signal) => request<TerminalAttention[]>('GET', terminalAttentionPath(administrationId), { signal }), `attention:${administrationId}`);
  useEffect(() => {
    const timer = setInterval(listed.reload, refreshMs);
    return () => clearInterval(timer);
  }, [listed.reload, refreshMs]);
  return (
    <section class="card" aria-labelledby="attention-title" data-testid="terminals-attention">
      <h3 id="attention-title">{T_ATTENTION.title}</h3>
      <p class="field-hint">{T_ATTENTION.intro}</p>
      {listed.error ? (
        <LoadError error={listed.error} onRetry={listed.reload} />
      ) : !listed.data ? (
        <Loading />
      ) : listed.data.length === 0 ? (
        <p data-testid="terminals-attention-none">{T_ATTENTION.none}</p>
      ) : (
        <>
          <p class="health-warning" data-testid="terminals-attention-count">
            {T_ATTENTION.count(listed.data.length)}
          </p>
          <DataTable headers={T_ATTENTION.headers} testId="terminals-attention-list">
            {listed.data.map((t) => (
              <tr key={t.id} data-testid="attention-row" data-terminal-id={t.id}>
                <td>{t.officeName}</td>
                <td>{t.name}</td>
                <td>{t.reasons.map((r) => T_ATTENTION.reason[r]).join(' · ')}</td>
                <td class="row-actions">
                  <button type="button" aria-label={T_ATTENTION.openLabel(t.officeName)} onClick={() => onOpenOffice(t.officeId)}>
                    {T_ATTENTION.open}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
