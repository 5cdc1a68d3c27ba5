// The words and formats a report file is written with: the catalogue of the language asked for, and its locale's figures.
import { DASHBOARD_LANGUAGES, type DashboardLanguage } from '../../../contract/languages';
import type { Change } from '../../../contract/report';
import { exportFormat, type ExportFormat } from '../format';
import { EN } from './en';
import { IT, type ExportWords } from './it';

/** A catalogue per dashboard language: a language added to the contract without one is a type error here. */
export const EXPORT_WORDS: Readonly<Record<DashboardLanguage, ExportWords>> = { it: IT, en: EN };

/** What every CSV, workbook and PDF builder takes: `w` the words, `f` the figures, both of `lang`. */
export interface ExportText {
  lang: DashboardLanguage;
  w: ExportWords;
  f: ExportFormat;
}

const TEXTS = Object.fromEntries(DASHBOARD_LANGUAGES.map((lang) => [lang, { lang, w: EXPORT_WORDS[lang], f: exportFormat(EXPORT_WORDS[lang]) }])) as Record<DashboardLanguage, ExportText>;

export const exportText = (lang: DashboardLanguage): ExportText => TEXTS[lang];

/** A channel's name from one of the catalogue's tables; a channel it does not know by its code. */
export const channelWord = (names: Readonly<Record<string, string>>, channel: string): string => names[channel] ?? channel;

/**
 * A change's difference in points as a workbook shows it: none when no test was made (a small sample
 * is neither compared nor judged, docs/exports.md), as the PDF leaves it out. `scale` 100 for a share.
 */
export function comparedPoints(change: Change, scale: 1 | 100): number | null {
  return change.delta === null || change.note ? null : change.delta * scale;
}

/** "oltre il rumore" / "nel rumore", or why no test was made. */
export function changeWord(w: ExportWords, change: Change): string {
  if (change.note === 'no-data') return w.change.noData;
  if (change.note === 'small-sample') return w.change.smallSample;
  if (change.note === 'overlaps') return w.change.overlaps;
  return change.significant ? w.change.beyondNoise : w.change.withinNoise;
}
