// The bulletin of a month or a year, for an administration or the whole installation, laid out like the national programme's monthly bulletin.
import type { Bulletin } from '../../../server/contract/levels';
import { getBulletin } from '../api';
import { monthName } from '../components/bulletin-picker';
import { ComparisonLine } from '../components/comparison-line';
import { DataQualityLine } from '../components/data-quality';
import { HowToRead } from '../components/how-to-read';
import { LevelFrame } from '../components/level-frame';
import { indexValue, percent, ratePercent, shareInterval } from '../figures';
import { formatNumber } from '../format';
import { channelLabel } from '../labels';
import { V } from '../level-labels';
import { R } from '../report-labels';
import type { BulletinPeriod } from '../url-state';
import { useFetched } from '../use-fetched';
import { LOCALE } from '../i18n/locale';

interface Props {
  /** Undefined: the whole installation. */
  administrationId?: string;
  period: BulletinPeriod;
}

const whenOf = (p: BulletinPeriod) => (p.kind === 'month' ? monthName(p.month) : p.year);
const averageFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

export function BulletinView({ administrationId, period }: Props) {
  const key = `${administrationId ?? 'installation'}|${period.kind}|${period.kind === 'month' ? period.month : period.year}`;
  const fetched = useFetched(key, (signal) => getBulletin(administrationId, period, signal));
  return (
    <LevelFrame fetched={fetched} asked={key} testId="bulletin">
      {(b: Bulletin) => <BulletinBody bulletin={b} when={whenOf(period)} />}
    </LevelFrame>
  );
}

function BulletinBody({ bulletin: b, when }: { bulletin: Bulletin; when: string }) {
  const share = b.score.positiveShare;
  return (
    <>
      <section class="card wide bulletin" aria-labelledby="bulletin-title">
        <h2 id="bulletin-title">{V.bulletinTitle(b.kind, when)}</h2>
        <p class="subtitle">
          {b.scope.name} · {V.programme}
        </p>
        <DataQualityLine quality={b.dataQuality} />
        {b.votes === 0 && <p class="note">{V.bulletinEmpty}</p>}
        <dl class="tiles">
          <Tile testId="bulletin-votes" value={b.votes} label={V.votesOfPeriod(b.kind)} text={formatNumber(b.votes)} />
          <Tile testId="bulletin-weekly" value={b.weeklyAverage} label={V.weeklyAverage} text={averageFormat.format(b.weeklyAverage)} />
          <Tile
            testId="bulletin-running"
            value={b.runningTotal}
            label={V.runningTotal}
            text={formatNumber(b.runningTotal)}
            note={b.runningSince ? V.runningSince(monthName(b.runningSince)) : V.runningNone}
          />
          <Tile
            testId="bulletin-share"
            value={share.value ?? ''}
            label={V.positiveShare}
            text={percent(share.value)}
            note={share.smallSample ? (share.votes > 0 ? R.smallSample(b.minSample) : undefined) : shareInterval(share)}
            small={share.smallSample}
          />
        </dl>
        <ul class="compares">
          <ComparisonLine comparison={b.previous} unit="share" testId="bulletin-previous" label={b.kind === 'month' ? V.previousMonth : V.previousYear} />
        </ul>
      </section>

      <section class="card wide" aria-labelledby="bulletin-channels-title">
        <h2 id="bulletin-channels-title">{V.byChannelTitle}</h2>
        <table class="data rows-stack" data-testid="bulletin-channels">
          <thead>
            <tr>
              <th scope="col">{V.channel}</th>
              <th scope="col" class="num">{V.votes}</th>
              <th scope="col" class="num">{V.share}</th>
              <th scope="col" class="num">{V.index}</th>
              <th scope="col" class="num">{V.participation}</th>
            </tr>
          </thead>
          <tbody>
            {b.byChannel.map((c) => {
              const f = c.score.positiveShare;
              return (
                <tr key={c.channel} class={f.smallSample ? 'is-small' : undefined} data-testid="bulletin-channel" data-channel={c.channel} data-votes={c.votes}>
                  <th scope="row">
                    {channelLabel(c.channel)}
                    {f.smallSample && f.votes > 0 && <span class="small-sample">{R.smallSample(b.minSample)}</span>}
                  </th>
                  <td class="num" data-label={V.votes}>{formatNumber(c.votes)}</td>
                  <td class="num" data-label={V.share}>
                    <strong>{percent(f.value)}</strong>{' '}
                    {!f.smallSample && <span class="muted small interval-words">{shareInterval(f)}</span>}
                  </td>
                  <td class="num" data-label={V.index}>{indexValue(c.score.index.value)}</td>
                  <td class="num" data-label={V.participation}>
                    {c.participation.served === null ? <span class="muted small">{V.noParticipation}</span> : ratePercent(c.participation.rate)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p class="note small">{V.contactChannelsNote}</p>
      </section>

      <section class="card wide" aria-labelledby="bulletin-reported-title">
        <h2 id="bulletin-reported-title">{V.reportedTitle}</h2>
        <p class="note small">{V.reportedNote}</p>
        <dl class="tiles reported" data-testid="bulletin-reported">
          {(['administrations', 'offices', 'counters', 'terminals'] as const).map((k) => (
            <Tile key={k} testId={`reported-${k}`} value={b.reported[k]} label={V.reported[k]} text={formatNumber(b.reported[k])} />
          ))}
        </dl>
        <HowToRead minSample={b.minSample} level="bulletin" />
      </section>
    </>
  );
}

function Tile({ label, text, note, value, testId, small = false }: { label: string; text: string; note?: string; value: number | string; testId: string; small?: boolean }) {
  return (
    <div class={`tile${small ? ' is-small' : ''}`} data-testid={testId} data-value={value}>
      <dt>{label}</dt>
      <dd>
        <span class="tile-value">{text}</span>
        {note && <span class="tile-note">{note}</span>}
      </dd>
    </div>
  );
}
