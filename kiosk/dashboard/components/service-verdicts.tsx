// The services worst first, each with its share, its arrow against the previous period and its charter badge; small samples greyed at the end, never judged.
import type { OfficeReport } from '../../../server/contract/report';
import { ARROW, direction, percent, percentAgainst, points, shareInterval, tested } from '../figures';
import { LABELS } from '../labels';
import { R } from '../report-labels';
import { VerdictBadge } from './verdict-badge';

type Service = OfficeReport['byService'][number];

interface Props {
  services: readonly Service[];
  minSample: number;
}

export function ServiceVerdicts({ services, minSample }: Props) {
  return (
    <div class="service-verdicts">
      <h3 id="service-verdicts-title">{R.servicesWorstFirst}</h3>
      <p class="note small">{R.servicesRankingNote}</p>
      <div class="table-scroll">
        <table class="data rows-stack" aria-labelledby="service-verdicts-title" data-testid="service-verdicts">
          <thead>
            <tr>
              <th scope="col">{R.service}</th>
              <th scope="col" class="num">{R.share}</th>
              <th scope="col">{R.trend}</th>
              <th scope="col">{R.charter}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <ServiceRow key={s.serviceId} service={s} minSample={minSample} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ServiceRow({ service: s, minSample }: { service: Service; minSample: number }) {
  const f = s.score.positiveShare;
  const small = f.smallSample;
  const previous = s.comparisons.find((c) => c.kind === 'previous');
  return (
    <tr class={small ? 'is-small' : undefined} data-testid="service-verdict" data-service-id={s.serviceId} data-small={String(small)}>
      <th scope="row">
        {s.name}
        {s.archived && <span class="report-tag">{LABELS.archived}</span>}
      </th>
      <td class="num" data-label={R.share}>
        <span class="share-value">{s.charter ? percentAgainst(f.value, s.charter.segments.map((seg) => seg.minPositivePct)) : percent(f.value)}</span>{' '}
        <span class="muted interval-words">
          {R.votes(f.votes)}
          {!small && ` · ${shareInterval(f)}`}
        </span>
        {small && f.votes > 0 && <span class="small-sample">{R.smallSample(minSample)}</span>}
      </td>
      <td data-label={R.trend}>{small ? <span class="muted small">{R.noComparison}</span> : <ServiceArrow comparison={previous} />}</td>
      <td data-label={R.charter}>
        {s.charter ? <VerdictBadge verdict={s.charter.verdict} testId="service-charter" /> : <span class="muted small">{R.noStandard}</span>}
      </td>
    </tr>
  );
}

function ServiceArrow({ comparison }: { comparison: Service['comparisons'][number] | undefined }) {
  const change = comparison?.positiveShare;
  if (!comparison || !change || !tested(change)) return <span class="muted small">{R.noComparison}</span>;
  const dir = direction(change.delta, 'share');
  return (
    <span class={change.significant ? 'is-significant' : 'is-noise'} data-testid="service-arrow" data-direction={dir} data-significant={String(change.significant)}>
      <span class={`arrow arrow-${dir}`} aria-hidden="true">
        {ARROW[dir]}
      </span>{' '}
      {dir === 'same' ? R.unchanged : points(change.delta, 'share')}{' '}
      <span class="muted small noise-words">{change.significant ? R.beyondNoise : R.withinNoise}</span>
    </span>
  );
}
