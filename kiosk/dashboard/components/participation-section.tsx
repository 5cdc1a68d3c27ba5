// Participation (votes / people served) in total, per contact channel and per service; without people-served figures, says so and where to enter them.
import type { Participation } from '../../../server/contract/report';
import { ratePercent } from '../figures';
import { formatNumber } from '../format';
import { channelLabel } from '../labels';
import { V } from '../level-labels';
import { R } from '../report-labels';
import { pageHref } from '../use-page';

export interface ParticipationRow {
  key: string;
  name: string;
  participation: Participation;
}

interface Props {
  total: Participation;
  byChannel: readonly { channel: string; participation: Participation }[];
  /** Per service (an office) or per office (an administration); left out when empty. */
  rows?: readonly ParticipationRow[];
  rowHeader?: string;
  /** Whether this person may enter people served here: then the empty state links to the page that does. */
  mayEnter: boolean;
}

export function ParticipationSection({ total, byChannel, rows = [], rowHeader = R.service, mayEnter }: Props) {
  return (
    <section class="card wide" aria-labelledby="participation-title" data-testid="participation">
      <h2 id="participation-title">{R.participationTitle}</h2>
      {total.served === null ? (
        <div data-testid="participation-empty">
          <p>{R.participationNone}</p>
          <p>
            {mayEnter ? (
              <a href={pageHref('people-served')} data-testid="people-served-link">
                {R.participationLink}
              </a>
            ) : (
              R.participationAsk
            )}
          </p>
        </div>
      ) : (
        <>
          <p class="participation-total">
            <span class="figure-value" data-testid="participation-rate" data-value={total.rate ?? ''}>
              {ratePercent(total.rate)}
            </span>{' '}
            <span class="muted">
              {R.votesOfServed(total.votes, total.served)}, {R.participationDays(total.daysCovered)}
            </span>
          </p>
          <p class="note small">{R.participationIntro}</p>
          <ParticipationTable caption={R.byChannelCaption} header={R.channel} rows={byChannel.map((c) => ({ key: c.channel, name: channelLabel(c.channel), participation: c.participation }))} testId="participation-channels" />
          <p class="note small">{V.contactChannelsNote}</p>
          {rows.length > 0 && <ParticipationTable caption={R.byRowsCaption(rowHeader)} header={rowHeader} rows={rows} testId="participation-rows" />}
        </>
      )}
    </section>
  );
}

function ParticipationTable({ caption, header, rows, testId }: { caption: string; header: string; rows: readonly ParticipationRow[]; testId: string }) {
  return (
    <table class="data rows-stack participation-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col" class="num">{R.rate}</th>
          <th scope="col" class="num">{R.votesCounted}</th>
          <th scope="col" class="num">{R.peopleServed}</th>
          <th scope="col" class="num">{R.days}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid="participation-row" data-key={r.key} data-rate={r.participation.rate ?? ''}>
            <th scope="row">{r.name}</th>
            {r.participation.served === null ? (
              <td class="num muted" data-label={R.rate} colSpan={4}>
                {R.noFigure}
              </td>
            ) : (
              <>
                <td class="num" data-label={R.rate}>
                  <strong>{ratePercent(r.participation.rate)}</strong>
                </td>
                <td class="num" data-label={R.votesCounted}>{formatNumber(r.participation.votes)}</td>
                <td class="num" data-label={R.peopleServed}>{formatNumber(r.participation.served)}</td>
                <td class="num" data-label={R.days}>{formatNumber(r.participation.daysCovered)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
