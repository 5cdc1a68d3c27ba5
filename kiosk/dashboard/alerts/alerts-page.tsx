// «Avvisi»: the open alerts of an administration (live), and the closed ones on request, each acknowledged with a
// comment by those who run the office (alert-card.tsx); for admins the rules that open them.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Administration } from '../../../server/contract/admin';
import type { Alert } from '../../../server/contract/alerts';
import type { SessionInfo } from '../../../server/contract/auth';
import { AdministrationPicker } from '../admin/administration-picker';
import { Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { allows } from '../grants';
import { AlertCard } from './alert-card';
import { KIND_LABELS, L } from './alert-labels';
import { ALERTS_LISTED } from '../../../server/contract/alert-kinds';
import { listAlerts } from './alerts-api';
import { RulesEditor } from './rules-editor';
import { useLiveAlerts, type AlertsConnector } from './use-live-alerts';
import { LABELS } from '../labels';
import type { LiveStatus } from '../live-messages';
import './alerts.css';

interface Props {
  session: SessionInfo;
  administrations: readonly Administration[];
  /** The live link; tests hand the page another. */
  connect?: AlertsConnector;
}

/** Read when drawn, not when loaded: the English words are put in place of the Italian ones at start. */
const liveText = (status: LiveStatus) => ({ live: LABELS.live, connecting: LABELS.liveConnecting, offline: LABELS.liveOffline })[status];

export function AlertsPage({ session, administrations, connect }: Props) {
  const choices = administrations.filter((a) => a.archivedAt === null);
  // An alert e-mail's link names its administration (?administration=): start there, not on the first.
  const [chosen, setChosen] = useState(() => {
    const named = new URLSearchParams(location.search).get('administration');
    return choices.find((a) => a.id === named)?.id ?? choices[0]?.id;
  });
  const current = choices.find((a) => a.id === chosen) ?? choices[0];
  const [showClosed, setShowClosed] = useState(false);
  // An alert announced live (or just acknowledged here) is placed in the list at once; the list itself is reloaded
  // behind it. Each is numbered, and each list remembers the last number before it was asked for: once it answers,
  // it says the truth about those (one closed while the link was down would otherwise stay on screen as open).
  const [seen, setSeen] = useState<Record<string, { alert: Alert; n: number }>>({});
  const told = useRef(0);
  const see = (alert: Alert) => {
    const n = ++told.current;
    setSeen((s) => ({ ...s, [alert.id]: { alert, n } }));
  };
  const alerts = useLoad(
    current
      ? (signal) => {
          const upTo = told.current;
          return listAlerts(current.id, showClosed ? 'all' : 'open', signal).then((list) => ({ list, upTo }));
        }
      : undefined,
    `${current?.id}:${showClosed}`,
  );
  useEffect(() => {
    const upTo = alerts.data?.upTo;
    if (upTo !== undefined) setSeen((s) => Object.fromEntries(Object.entries(s).filter(([, e]) => e.n > upTo)));
  }, [alerts.data]);
  // An alert that opened while the page was on screen, said by screen readers (the card alone came in silently);
  // the alerts of the first list are not: a screen reader would read the whole list over whatever the person does.
  const [news, setNews] = useState<{ id: string; administrationId: string; text: string }[]>([]);
  const onScreen = useRef(new Set<string>());
  const live = useLiveAlerts(
    {
      onChange: (alert) => {
        if (alert.administrationId !== current?.id) return;
        // Told before the list answered, it may be in it: only the ones surely new are said.
        if (alerts.data && alert.status === 'open' && !onScreen.current.has(alert.id)) {
          onScreen.current.add(alert.id);
          const text = L.newAlert(KIND_LABELS[alert.kind], alert.ruleName);
          // A few at most: the log is read as it grows, the older lines are only kept for a review with the reading keys.
          setNews((n) => [...n.slice(-4), { id: alert.id, administrationId: alert.administrationId, text }]);
        }
        see(alert);
        alerts.reload();
      },
      // Alerts changed while the link was down were told to nobody.
      onReconnect: alerts.reload,
      // The session is over (signed out elsewhere, disabled): the list's request is answered 401, which takes the
      // tab back to sign-in as any request does (api.ts onSessionEnded).
      onSignedOut: alerts.reload,
    },
    connect,
  );

  if (!current) return <p class="card note">{L.noneOpen}</p>;
  // The loaded list, plus what was announced since and is not in it yet (it is being reloaded). Only the chosen
  // administration's: one announced before a switch is still remembered until the new list answers.
  const merged = new Map<string, Alert>((alerts.data?.list ?? []).map((a) => [a.id, a]));
  for (const { alert: a } of Object.values(seen)) if (a.administrationId === current.id && !merged.has(a.id)) merged.set(a.id, a);
  const shown = [...merged.values()].filter((a) => showClosed || a.status === 'open').sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  onScreen.current = new Set(merged.keys());
  const mayAcknowledge = (a: Alert) => allows(session.grants, 'terminals:manage', a.officeId ? { kind: 'office', administrationId: a.administrationId, officeId: a.officeId } : { kind: 'administration', administrationId: a.administrationId });
  const mayEditRules = allows(session.grants, 'administration:manage', { kind: 'administration', administrationId: current.id });

  return (
    <div class="alerts-page">
      <div class="admin-head">
        <p class="muted">{L.intro}</p>
        {choices.length > 0 && <AdministrationPicker administrations={choices} value={current.id} onChange={(id) => id && setChosen(id)} />}
      </div>
      {/* The report's badge, in its words: the link asks again by itself, so "not connected" is the whole truth. */}
      <p class={`live live-${live}`} role="status" data-testid="alerts-live" data-status={live}>
        <span class="live-dot" aria-hidden="true" />
        {liveText(live)}
      </p>
      {/* A log, not a status: each new alert is read once as it is added, the earlier ones are not read again. Not drawn:
          the new alert's card appears in the list below. */}
      <div role="log" aria-live="polite" class="visually-hidden" data-testid="alerts-news">
        {news
          .filter((n) => n.administrationId === current.id)
          .map((n) => (
            <p key={n.id}>{n.text}</p>
          ))}
      </div>
      <div class="admin-head">
        {/* The heading says what the list holds: with the box ticked, closed alerts are in it too. */}
        <h3>{showClosed ? L.openAndClosed : L.open}</h3>
        <label class="check">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} data-testid="alerts-show-closed" />
          {L.showClosed}
        </label>
      </div>
      {alerts.error ? <LoadError error={alerts.error} onRetry={alerts.reload} /> : !alerts.data ? <Loading /> : null}
      {alerts.data && shown.length === 0 && <p class="card note" data-testid="alerts-none">{showClosed ? L.none : L.noneOpen}</p>}
      <ul class="alert-list" data-testid="alert-list">
        {shown.map((a) => (
          <AlertCard key={a.id} alert={a} mayAcknowledge={mayAcknowledge(a)} onAcknowledged={(updated) => (see(updated), alerts.reload())} />
        ))}
      </ul>
      {alerts.data && alerts.data.list.length >= ALERTS_LISTED && (
        <p class="muted" data-testid="alerts-newest-only">
          {L.newestOnly(ALERTS_LISTED)}
        </p>
      )}
      {mayEditRules && <RulesEditor key={current.id} administrationId={current.id} />}
    </div>
  );
}
