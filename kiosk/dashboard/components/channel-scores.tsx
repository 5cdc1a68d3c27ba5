// Votes per channel with their share positive, interval and index: a few rows, as a visible table.
import type { Score } from '../../../server/contract/report';
import { indexValue, percent, shareInterval } from '../figures';
import { formatNumber } from '../format';
import { channelLabel } from '../labels';
import { V } from '../level-labels';
import { R } from '../report-labels';

interface Props {
  channels: readonly { channel: string; score: Score }[];
  minSample: number;
}

export function ChannelScores({ channels, minSample }: Props) {
  return (
    <section class="card wide" aria-labelledby="channel-scores-title">
      <h2 id="channel-scores-title">{V.channelsTitle}</h2>
      <table class="data rows-stack" data-testid="channel-scores">
        <thead>
          <tr>
            <th scope="col">{V.channel}</th>
            <th scope="col" class="num">{V.share}</th>
            <th scope="col" class="num">{V.index}</th>
            <th scope="col" class="num">{V.votes}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => {
            const share = c.score.positiveShare;
            return (
              <tr key={c.channel} class={share.smallSample ? 'is-small' : undefined}>
                <th scope="row">
                  {channelLabel(c.channel)}
                  {share.smallSample && share.votes > 0 && <span class="small-sample">{R.smallSample(minSample)}</span>}
                </th>
                <td class="num" data-label={V.share}>
                  <strong>{percent(share.value)}</strong>{' '}
                  {!share.smallSample && <span class="muted small interval-words">{shareInterval(share)}</span>}
                </td>
                <td class="num" data-label={V.index}>
                  {indexValue(c.score.index.value)}
                </td>
                <td class="num" data-label={V.votes}>
                  {formatNumber(c.score.votes)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="note small">{V.channelsNote}</p>
    </section>
  );
}
