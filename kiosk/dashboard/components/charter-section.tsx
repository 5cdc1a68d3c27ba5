// The charter per service: verdict, share against the standard, margin; where the standard changed in the period, each part with its own standard and dates.
import type { CharterCheck, OfficeReport } from '../../../server/contract/report';
import { marginPoints, percentAgainst, shareInterval } from '../figures';
import { formatDayShort } from '../format';
import { R } from '../report-labels';
import { IntervalBar } from './interval-bar';
import { VerdictBadge } from './verdict-badge';

type Service = OfficeReport['byService'][number];

const judged = (c: CharterCheck['segments'][number]) => c.verdict !== 'small-sample' && c.verdict !== 'no-votes' && c.marginPct !== null;

export function CharterSection({ services }: { services: readonly Service[] }) {
  const withStandard = services.filter((s): s is Service & { charter: CharterCheck } => s.charter !== null);
  if (withStandard.length === 0) return null;
  return (
    <section class="card wide" aria-labelledby="charter-title" data-testid="charter-section">
      <h2 id="charter-title">{R.charterTitle}</h2>
      <p class="note small">{R.barLegend}</p>
      <ul class="charter-list">
        {withStandard.map((s) => (
          <CharterItem key={s.serviceId} service={s} />
        ))}
      </ul>
    </section>
  );
}

function CharterItem({ service }: { service: Service & { charter: CharterCheck } }) {
  const { charter } = service;
  const segments = charter.segments;
  const changed = segments.length > 1;
  const last = segments[segments.length - 1]!;
  const whole = service.score.positiveShare;
  const standards = [...new Set(segments.map((s) => s.minPositivePct))];
  return (
    <li class="charter-item" data-testid="charter-item" data-service-id={service.serviceId} data-verdict={charter.verdict}>
      <div class="charter-head">
        <h3>{service.name}</h3>
        <VerdictBadge verdict={charter.verdict} />
      </div>
      <p class="charter-line">
        <span>
          {R.standard}: {standards.map((p) => R.standardAtLeast(p)).join(' → ')}
        </span>{' '}
        <span>
          {R.share}: <strong>{percentAgainst(whole.value, standards)}</strong> ({R.votes(whole.votes)}
          {whole.smallSample ? '' : `, ${shareInterval(whole)}`})
        </span>{' '}
        {!changed && judged(last) && (
          <span title={R.marginTitle}>
            {R.margin}: <strong data-testid="charter-margin">{marginPoints(last.marginPct!)}</strong>
          </span>
        )}
      </p>
      {!changed && <IntervalBar figure={last.positiveShare} standardPct={last.minPositivePct} />}
      <p class="note small">{R.verdictLong[charter.verdict]}</p>
      {changed && <Segments service={service} />}
    </li>
  );
}

function Segments({ service }: { service: Service & { charter: CharterCheck } }) {
  return (
    <div class="segments">
      <p class="note small">{R.segmentsNote}</p>
      <table class="data rows-stack" data-testid="charter-segments">
        <caption class="visually-hidden">{R.segmentsCaption(service.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{R.fromTo}</th>
            <th scope="col">{R.standard}</th>
            <th scope="col">{R.share}</th>
            <th scope="col">{R.margin}</th>
            <th scope="col">{R.verdict}</th>
          </tr>
        </thead>
        <tbody>
          {service.charter.segments.map((seg) => (
            <tr key={seg.from} data-testid="charter-segment" data-verdict={seg.verdict}>
              <th scope="row">
                {formatDayShort(seg.from, true)} – {formatDayShort(seg.to, true)}
              </th>
              <td data-label={R.standard}>{R.standardAtLeast(seg.minPositivePct)}</td>
              <td data-label={R.share}>
                {percentAgainst(seg.positiveShare.value, [seg.minPositivePct])} <span class="muted small">({R.votes(seg.positiveShare.votes)})</span>
              </td>
              <td data-label={R.margin}>{judged(seg) ? marginPoints(seg.marginPct!) : '–'}</td>
              <td data-label={R.verdict}>
                <VerdictBadge verdict={seg.verdict} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
