// The hour-of-day x weekday heatmap, with the office's opening hours and the votes cast while it was closed.
import { WEEKDAYS, type OpeningHours } from '../../contract/admin';
import { openingHoursKnown } from '../../admin/opening-hours';
import type { Heatmap } from '../../contract/report';
import { negativeVotesOf, votesOf } from './tallied';
import type { DayHourRow, HourRow } from '../queries/get-hour-counts';
import { weekdayOf } from '../../aggregates/count-deltas';

/** Whether any opening interval of the weekday overlaps the hour [h:00, h+1:00). */
export function isOpenHour(openingHours: OpeningHours, weekday: number, hour: number): boolean {
  const start = `${String(hour).padStart(2, '0')}:00`;
  const end = hour === 23 ? '24:00' : `${String(hour + 1).padStart(2, '0')}:00`;
  return openingHours[WEEKDAYS[weekday]!].some((i) => i.from < end && i.to > start);
}

/**
 * Cells in office-local time. A vote counts as outside opening hours when its hour has no
 * opening at all that weekday, or it fell on a holiday; with hours only to the hour, a vote at
 * 12:40 in an office closing at 12:30 still counts as inside (docs/metrics.md). `notInHours`: the
 * period's votes the hour rollups leave out (contract/channels.ts `inOfficeHours`), said beside the map.
 */
export function buildHeatmap(rows: readonly HourRow[], holidayRows: readonly DayHourRow[], openingHours: OpeningHours, notInHours: Heatmap['notInHours'] = { web: 0, qr: 0 }): Heatmap {
  const known = openingHoursKnown(openingHours);
  const cells = Array.from({ length: 7 * 24 }, (_, i) => {
    const weekday = Math.floor(i / 24);
    const hour = i % 24;
    return { weekday, hour, votes: 0, negative: 0, open: known && isOpenHour(openingHours, weekday, hour) };
  });
  for (const r of rows) {
    const cell = cells[r.weekday * 24 + r.hour]!;
    cell.votes += votesOf(r);
    cell.negative += negativeVotesOf(r);
  }
  const outside = { votes: 0, negative: 0, onHolidays: 0 };
  if (known) {
    for (const c of cells.filter((c) => !c.open)) {
      outside.votes += c.votes;
      outside.negative += c.negative;
    }
  }
  for (const r of holidayRows) {
    outside.onHolidays += votesOf(r);
    // Votes of a holiday in hours already counted as closed are not counted twice.
    if (known && !isOpenHour(openingHours, weekdayOf(r.day), r.hour)) continue;
    outside.votes += votesOf(r);
    outside.negative += negativeVotesOf(r);
  }
  return { cells, outsideOpening: outside, openingHoursKnown: known, notInHours };
}
