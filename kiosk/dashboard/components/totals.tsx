// The period at a glance: how many votes, and each face's share with the number of votes behind it.
import type { FaceCounts } from '../../../server/contract/report';
import type { FaceId } from '../../../server/contract/scale';
import { faceColor, faceCount, faceLabel } from '../charts/faces';
import { faceBreakdown } from '../charts/share';
import { formatNumber } from '../format';
import { LABELS } from '../labels';

interface Props {
  total: number;
  faces: FaceCounts;
  shown: readonly FaceId[];
  periodText: string;
}

export interface FaceShare {
  face: FaceId;
  count: number;
  percent: number;
}

/** Shares of the shown faces, adding up to 100, the positive faces together at the headline's share positive. */
export function faceShares(faces: FaceCounts, shown: readonly FaceId[]): FaceShare[] {
  const counts = shown.map((f) => faceCount(faces, f));
  const percents = faceBreakdown(shown, counts);
  return shown.map((face, i) => ({ face, count: counts[i] ?? 0, percent: percents[i] ?? 0 }));
}

export function Totals({ total, faces, shown, periodText }: Props) {
  const shares = faceShares(faces, shown);
  return (
    <section class="card totals" aria-labelledby="totals-title">
      <h2 id="totals-title">{LABELS.totalsTitle}</h2>
      <p class="total">
        <span class="total-number" data-testid="total-count" data-value={total}>
          {formatNumber(total)}
        </span>{' '}
        <span class="total-label">
          {LABELS.totalVotes} {periodText}
        </span>
      </p>
      {/* The bar repeats the list below in colour; the list carries the meaning, so the bar is hidden from screen readers. */}
      <div class="share-bar" aria-hidden="true">
        {shares
          .filter((s) => s.count > 0)
          .map((s) => (
            <span key={s.face} style={{ flexGrow: s.count, background: faceColor(s.face) }} />
          ))}
      </div>
      <ul class="shares" aria-label={LABELS.sharesCaption}>
        {shares.map((s) => (
          <li key={s.face} data-testid={`share-${s.face}`} data-count={s.count} data-percent={s.percent}>
            <span class="swatch" aria-hidden="true" style={{ background: faceColor(s.face) }} />
            {LABELS.shareOf(faceLabel(s.face), s.percent, s.count)}
          </li>
        ))}
      </ul>
    </section>
  );
}
