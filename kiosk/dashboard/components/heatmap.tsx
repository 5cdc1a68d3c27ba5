// When: votes or the share of negative votes per weekday and hour, in the office's time zone, open hours outlined, votes outside them counted apart. An HTML table, not a canvas.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Heatmap } from '../../../server/contract/report';
import { cellColour, cellValue, heatmapRows, scaleTop, weekdaysOf, type HeatCell, type HeatMode } from '../charts/heatmap-cells';
import { hourLabel } from '../charts/hour-datasets';
import { percent } from '../figures';
import { formatNumber } from '../format';
import { H } from '../heatmap-labels';
import { useOverflow } from '../use-overflow';

interface Props {
  heatmap: Heatmap;
  timeZone: string;
  /** The report's period: a weekday it does not contain is blank, not a row of quiet hours. */
  period: { from: string; to: string };
}

export function HeatmapSection({ heatmap, timeZone, period }: Props) {
  // The website's ratings and the QR codes' votes are not in the office's hours (migrations 033 and 038): said how many.
  const { web, qr } = heatmap.notInHours;
  const [mode, setMode] = useState<HeatMode>('votes');
  const rows = useMemo(() => heatmapRows(heatmap), [heatmap]);
  const top = scaleTop(rows, mode);
  const known = heatmap.openingHoursKnown;
  const inPeriod = useMemo(() => weekdaysOf(period), [period.from, period.to]);
  const box = useRef<HTMLDivElement>(null);
  // On a narrow phone the percentages may not fit: the table then scrolls inside its box, which takes the focus to be scrolled by keyboard.
  const overflows = useOverflow(box, [mode, rows]);
  return (
    <section class="card wide" aria-labelledby="heatmap-title" data-testid="heatmap">
      <div class="card-head">
        <h2 id="heatmap-title">{H.title}</h2>
        <div class="toggle" role="group" aria-label={H.show}>
          <button type="button" aria-pressed={mode === 'votes'} data-testid="heatmap-votes" onClick={() => setMode('votes')}>
            {H.votes}
          </button>
          <button type="button" aria-pressed={mode === 'negative'} data-testid="heatmap-negative" onClick={() => setMode('negative')}>
            {H.negativeShare}
          </button>
        </div>
      </div>
      <p class="note small">{H.timeZone(timeZone)}</p>
      {web + qr > 0 && (
        <p class="note small" data-testid="heatmap-web" data-web={web} data-qr={qr}>
          {H.notInHours(web, qr)}
        </p>
      )}
      <div class="heatmap-layout">
        <div class="heatmap-scroll" ref={box} tabIndex={overflows ? 0 : undefined} role={overflows ? 'region' : undefined} aria-label={overflows ? H.scrollLabel : undefined} data-testid="heatmap-scroll">
          <table class="heatmap" data-mode={mode} data-testid="heatmap-table">
            <caption class="visually-hidden">{mode === 'votes' ? H.captionVotes : H.captionNegative}</caption>
            <thead>
              <tr>
                <th scope="col">{H.hour}</th>
                {H.weekdays.map((d) => (
                  <th key={d.short} scope="col">
                    <abbr title={d.long}>{d.short}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.hour}>
                  <th scope="row">{hourLabel(r.hour)}</th>
                  {r.cells.map((c) => (
                    <Cell key={c.weekday} cell={c} mode={mode} top={top} known={known} inPeriod={inPeriod.has(c.weekday)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="heatmap-aside">
          <ul class="heatmap-legend">
            <li>
              <span class="legend-cell is-open" aria-hidden="true" /> {known ? H.legendOpen : H.legendUnknown}
            </li>
            {known && (
              <li>
                <span class="legend-cell is-closed" aria-hidden="true" /> {H.legendClosed}
              </li>
            )}
            {inPeriod.size < 7 && (
              <li>
                <span class="legend-cell is-absent" aria-hidden="true" /> {H.legendAbsent}
              </li>
            )}
            <li>{mode === 'votes' ? H.legendVotes : H.legendNegative}</li>
          </ul>
          <OutsideOpening heatmap={heatmap} />
        </div>
      </div>
    </section>
  );
}

function Cell({ cell, mode, top, known, inPeriod }: { cell: HeatCell; mode: HeatMode; top: number; known: boolean; inPeriod: boolean }) {
  if (!inPeriod) {
    return (
      <td class="is-absent" data-testid="heat-cell" data-weekday={cell.weekday} data-hour={cell.hour} data-votes={cell.votes} data-negative={cell.negative} data-open={String(cell.open)} data-absent="true">
        <span class="visually-hidden">{H.absent}</span>
      </td>
    );
  }
  const value = cellValue(cell, mode);
  const colour = cellColour(value, top, mode);
  const text = cell.votes === 0 ? (cell.open || !known ? (mode === 'votes' ? '0' : '–') : '') : mode === 'votes' ? formatNumber(cell.votes) : percent(value);
  const closed = known && !cell.open;
  return (
    <td
      class={closed ? 'is-closed' : 'is-open'}
      style={colour ? { backgroundColor: colour.background, color: colour.ink } : undefined}
      title={H.cellTitle(cell, known)}
      data-testid="heat-cell"
      data-weekday={cell.weekday}
      data-hour={cell.hour}
      data-votes={cell.votes}
      data-negative={cell.negative}
      data-open={String(cell.open)}
    >
      {text}
      {closed && <span class="visually-hidden"> {H.closed}</span>}
    </td>
  );
}

function OutsideOpening({ heatmap }: { heatmap: Heatmap }) {
  const o = heatmap.outsideOpening;
  return (
    <div class="outside-opening" data-testid="outside-opening" data-votes={o.votes} data-negative={o.negative} data-holidays={o.onHolidays}>
      <h3>{H.outsideTitle}</h3>
      <p>
        <strong>{H.outsideVotes(o.votes)}</strong>
        {o.votes > 0 && `, ${H.outsideNegative(o.negative)}`}
        {o.onHolidays > 0 && `; ${H.onHolidays(o.onHolidays)}`}.
      </p>
      {!heatmap.openingHoursKnown && <p class="note small">{H.hoursUnknown}</p>}
      {heatmap.notInHours.web + heatmap.notInHours.qr > 0 && <p class="note small">{H.outsideWhich}</p>}
    </div>
  );
}
