// Votes per channel (sportello, totem, web, telefono) as a small visible table: a handful of rows reads better than a chart.
import { useRef } from 'preact/hooks';
import type { OfficeReport } from '../../../server/contract/report';
import type { FaceId } from '../../../server/contract/scale';
import { faceLabel } from '../charts/faces';
import { formatNumber } from '../format';
import { channelLabel, LABELS } from '../labels';
import { useOverflow } from '../use-overflow';
import { faceShares } from './totals';

interface Props {
  channels: OfficeReport['byChannel'];
  shown: readonly FaceId[];
}

export function ChannelTable({ channels, shown }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // At 400% zoom (320 px) the columns overflow the card: the box scrolls, and a keyboard reaches it
  // only as a tab stop, named as the heatmap's is; at a width where it fits it adds no stop.
  const overflows = useOverflow(box, [channels, shown]);
  return (
    <section class="card" aria-labelledby="channels-title">
      <h2 id="channels-title">{LABELS.channelTitle}</h2>
      <div class="table-scroll" ref={box} tabIndex={overflows ? 0 : undefined} role={overflows ? 'region' : undefined} aria-label={overflows ? LABELS.channelScrollLabel : undefined} data-testid="channel-scroll">
        <table class="data" data-testid="channel-table">
          <thead>
            <tr>
              <th scope="col">{LABELS.channel}</th>
              <th scope="col" class="num">{LABELS.total}</th>
              {shown.map((f) => <th key={f} scope="col" class="num">{faceLabel(f)}</th>)}
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => (
              <tr key={c.channel}>
                <th scope="row">{channelLabel(c.channel)}</th>
                <td class="num">{formatNumber(c.total)}</td>
                {faceShares(c.faces, shown).map((s) => (
                  <td key={s.face} class="num">
                    {s.percent}% <span class="muted">({s.count})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
