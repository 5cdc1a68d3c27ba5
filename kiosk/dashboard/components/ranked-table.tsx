// Offices, administrations or services side by side: rank by the shrunk share, share with its interval, index, votes, charter and participation; small samples greyed after, unranked.
import type { CharterSummary } from '../../../server/contract/levels';
import type { Participation, Score } from '../../../server/contract/report';
import { indexValue, percent, ratePercent, shareInterval } from '../figures';
import { formatNumber } from '../format';
import { LABELS } from '../labels';
import { V } from '../level-labels';
import { R } from '../report-labels';
import { summaryCounts, VerdictCounts } from './charter-glance';

export interface RankedRow {
  key: string;
  name: string;
  archived: boolean;
  score: Score;
  rank: number | null;
  charter?: CharterSummary;
  participation?: Participation;
}

interface Props {
  title: string;
  /** The first column's heading: Ufficio, Amministrazione, Servizio. */
  nameHeader: string;
  rows: readonly RankedRow[];
  minSample: number;
  testId: string;
  withCharter?: boolean;
  withParticipation?: boolean;
}

export function RankedTable({ title, nameHeader, rows, minSample, testId, withCharter = false, withParticipation = false }: Props) {
  const id = `${testId}-title`;
  return (
    <section class="card wide" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="note small">{V.rankingNote(minSample)}</p>
      <table class="data rows-stack ranked" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" class="num">{V.rank}</th>
            <th scope="col">{nameHeader}</th>
            <th scope="col" class="num">{V.share}</th>
            <th scope="col" class="num">{V.index}</th>
            <th scope="col" class="num">{V.votes}</th>
            {withCharter && <th scope="col">{V.charter}</th>}
            {withParticipation && <th scope="col" class="num">{V.participation}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.key} row={r} minSample={minSample} withCharter={withCharter} withParticipation={withParticipation} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Row({ row: r, minSample, withCharter, withParticipation }: { row: RankedRow; minSample: number; withCharter: boolean; withParticipation: boolean }) {
  const share = r.score.positiveShare;
  const unranked = r.rank === null;
  const counts = r.charter ? summaryCounts(r.charter) : [];
  return (
    <tr class={unranked ? 'is-small' : undefined} data-testid="ranked-row" data-key={r.key} data-rank={r.rank ?? ''} data-small={String(share.smallSample)}>
      <td class="num rank" data-label={V.rank}>
        {unranked ? <span class="muted small">{V.unranked}</span> : <strong>{V.rankOf(r.rank!)}</strong>}
      </td>
      <th scope="row">
        {r.name}
        {r.archived && <span class="report-tag">{LABELS.archived}</span>}
        {share.smallSample && share.votes > 0 && <span class="small-sample">{R.smallSample(minSample)}</span>}
      </th>
      <td class="num" data-label={V.share}>
        <strong>{percent(share.value)}</strong>{' '}
        {!share.smallSample && <span class="muted small interval-words">{shareInterval(share)}</span>}
      </td>
      <td class="num" data-label={V.index}>
        {indexValue(r.score.index.value)}
      </td>
      <td class="num" data-label={V.votes}>
        {formatNumber(r.score.votes)}
      </td>
      {withCharter && <td data-label={V.charter}>{counts.length ? <VerdictCounts counts={counts} /> : <span class="muted small">{V.charterNone}</span>}</td>}
      {withParticipation && (
        <td class="num" data-label={V.participation}>
          {r.participation?.served === null || !r.participation ? <span class="muted small">{V.noParticipation}</span> : ratePercent(r.participation.rate)}
        </td>
      )}
    </tr>
  );
}
