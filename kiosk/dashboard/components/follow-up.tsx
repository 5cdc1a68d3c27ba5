// What the citizens who gave a negative vote did with the reasons question: chose a reason, skipped it, walked away, or were not asked.
import type { OfficeReport } from '../../../server/contract/report';
import { percentOf } from '../charts/share';
import { formatNumber } from '../format';
import { LABELS } from '../labels';
import { T } from '../trend-labels';

export function FollowUp({ followUp }: { followUp: OfficeReport['followUp'] }) {
  if (followUp.negative === 0) return null;
  const items = [
    { key: 'chosen', label: LABELS.followUpChosen, count: followUp.chosen },
    { key: 'skipped', label: LABELS.followUpSkipped, count: followUp.skipped },
    { key: 'timeout', label: LABELS.followUpTimeout, count: followUp.timeout },
    { key: 'notAsked', label: T.notAsked, count: followUp.notAsked },
  ].filter((i) => i.key !== 'notAsked' || i.count > 0);
  return (
    <section class="card" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 id="follow-up-title">{LABELS.followUpTitle}</h2>
      <p class="note small">{T.followUpIntro(followUp.negative)}</p>
      <dl class="follow-up">
        {items.map((i) => (
          <div key={i.key} data-testid={`followup-${i.key}`} data-count={i.count}>
            <dt>{i.label}</dt>
            <dd>
              {formatNumber(i.count)} <span class="muted">({percentOf(i.count, followUp.negative)}%)</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
