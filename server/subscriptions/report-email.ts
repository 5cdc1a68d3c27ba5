// The body of a scheduled report e-mail, from the same report the dashboard shows: the verdict,
// the comparisons, the worst services (or offices), the charter, data quality; as text and as HTML,
// in the subscription's language: its words from delivery/words, its figures as the report files write them.
import type { AdministrationReport } from '../contract/levels';
import type { DashboardLanguage } from '../contract/languages';
import type { Comparison, OfficeReport, Score } from '../contract/report';
import type { Frequency } from '../contract/subscriptions';
import { EMAIL_WORDS, type EmailWords } from '../delivery/words/email-words';
import { exportText, type ExportText } from '../reports/exports/words/export-text';

/** The e-mail's words and the report files' words and figures, of one language. */
interface Text {
  lang: DashboardLanguage;
  e: EmailWords['report'];
  x: ExportText;
}
const textOf = (lang: DashboardLanguage): Text => ({ lang, e: EMAIL_WORDS[lang].report, x: exportText(lang) });

/** One block of the summary: a heading and its lines, shared by the text and the HTML. */
interface Section {
  heading: string;
  lines: string[];
  /** A sentence after the lines, not one of them: how to read them. */
  note?: string;
}

export interface ReportEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailLinks {
  /** The report in the dashboard. */
  report: string;
  /** The page that unsubscribes without signing in. */
  unsubscribe: string;
}

/** "10 marzo 2026", "marzo 2026", or "dal 9 marzo 2026 al 15 marzo 2026" (in English "10 March 2026" ...). */
export function periodWords(from: string, to: string, lang: DashboardLanguage): string {
  const { f } = exportText(lang);
  return from === to ? f.day(from) : f.period(from, to);
}

function verdictLines({ e, x: { f } }: Text, score: Score, total: number, minSample: number): string[] {
  if (total === 0) return [e.noVotes];
  const share = score.positiveShare;
  const lines = [e.votes(f.count(total)), e.positiveShare(f.share(share.value), f.share(share.low), f.share(share.high)), e.index(f.index(score.index.value))];
  if (share.smallSample) lines.push(e.smallSample(minSample));
  return lines;
}

function comparisonLine({ lang, e, x: { w, f } }: Text, c: Comparison): string {
  const since = c.dataSince ? `; ${w.common.dataSince(f.month(c.dataSince))}` : '';
  const label = `${e.comparedWith[c.kind]} (${periodWords(c.period.from, c.period.to, lang)}${since})`;
  const change = c.positiveShare;
  if (change.note === 'no-data') return e.comparisonNoData(label);
  if (change.note === 'overlaps') return e.comparisonOverlaps(label);
  if (change.note === 'small-sample' || change.delta === null) return e.comparisonSmallSample(label);
  return e.comparison(label, f.sharePoints(change.delta), f.share(c.score.positiveShare.value), change.significant ? e.beyondNoise : e.withinNoise, f.p(change.pValue ?? 1));
}

function qualityLines({ e, x: { f } }: Text, report: { dataQuality: OfficeReport['dataQuality'] }, timeZone: string): string[] {
  const q = report.dataQuality;
  const lines = [e.computedAt(f.instant(q.computedAt, timeZone))];
  if (q.lateVotes > 0) lines.push(e.lateVotes(q.lateVotes, f.votes(q.lateVotes)));
  if (q.redatedVotes > 0) lines.push(e.redatedVotes(q.redatedVotes, f.votes(q.redatedVotes)));
  const flagged = q.flaggedVotes.interval + q.flaggedVotes.burst;
  if (flagged > 0) lines.push(e.flaggedTaps(flagged, f.count(flagged), f.count(q.flaggedVotes.interval), f.count(q.flaggedVotes.burst)));
  if (q.periodOpen) lines.push(e.periodOpen);
  return lines;
}

/** The summary of an office's report. */
export function officeSections(report: OfficeReport, lang: DashboardLanguage): Section[] {
  const t = textOf(lang);
  const { e, x: { w, f } } = t;
  const judged = report.byService.filter((s) => s.total > 0 && !s.score.positiveShare.smallSample);
  const worst = judged.slice(0, 3).map((s) => e.ranked(s.name, f.share(s.score.positiveShare.value), f.votes(s.total)));
  const missed = report.byService
    .filter((s) => s.charter && (s.charter.verdict === 'missed' || s.charter.verdict === 'missed-within-noise'))
    .map((s) => e.charterMissed(s.name, w.verdicts[s.charter!.verdict].toLowerCase(), f.points(s.charter!.marginPct ?? 0)));
  return [
    { heading: e.headings.howWeAreDoing, lines: verdictLines(t, report.score, report.totals.total, report.minSample) },
    { heading: e.headings.comparisons, lines: report.comparisons.map((c) => comparisonLine(t, c)) },
    worst.length > 0 ? { heading: e.headings.worstServices, lines: worst, note: e.rankedByScore } : { heading: e.headings.worstServices, lines: [e.noServiceJudged] },
    ...(missed.length > 0 ? [{ heading: e.headings.charterMissed, lines: missed }] : []),
    { heading: e.headings.dataQuality, lines: qualityLines(t, report, report.office.timeZone) },
  ];
}

/** The summary of an administration's report: its offices and services, worst first. */
export function administrationSections(report: AdministrationReport, timeZone: string, lang: DashboardLanguage): Section[] {
  const t = textOf(lang);
  const { e, x: { f } } = t;
  const worstFirst = <T extends { rank: number | null }>(items: readonly T[]) => items.filter((x) => x.rank !== null).reverse().slice(0, 3);
  const offices = worstFirst(report.offices).map((o) => e.ranked(o.name, f.share(o.score.positiveShare.value), f.votes(o.total)));
  const services = worstFirst(report.byService).map((s) => e.ranked(s.name, f.share(s.score.positiveShare.value), f.votes(s.total)));
  // The offices whose services missed their standards, the most missed first; each office's own report names the services.
  const missed = report.offices
    .map((o) => ({ name: o.name, beyond: o.charter.missed, within: o.charter['missed-within-noise'] }))
    .filter((o) => o.beyond + o.within > 0)
    .sort((a, b) => b.beyond - a.beyond || b.within - a.within || a.name.localeCompare(b.name, lang))
    .map((o) => e.officeCharterMissed(o.name, o.beyond + o.within, o.beyond, o.within));
  return [
    { heading: e.headings.howWeAreDoing, lines: verdictLines(t, report.score, report.totals.total, report.minSample) },
    { heading: e.headings.comparisons, lines: report.comparisons.map((c) => comparisonLine(t, c)) },
    // Ranked by the shrunk score, as the report ranks them: a lower share may come later, and the note says why.
    offices.length > 0 ? { heading: e.headings.worstOffices, lines: offices, note: e.rankedByScore } : { heading: e.headings.worstOffices, lines: [e.noOfficeJudged] },
    services.length > 0 ? { heading: e.headings.worstServices, lines: services, note: e.rankedByScore } : { heading: e.headings.worstServices, lines: [e.noServiceJudged] },
    ...(missed.length > 0 ? [{ heading: e.headings.charterMissed, lines: missed }] : []),
    { heading: e.headings.dataQuality, lines: qualityLines(t, report, timeZone) },
  ];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export interface EmailInput {
  /** "Sede municipale" and "Comune di Valdoria", or the administration's name alone. */
  title: string;
  subtitle: string | null;
  frequency: Frequency;
  /** The subscription's: the words, the dates and figures, and the HTML's lang. */
  language: DashboardLanguage;
  from: string;
  to: string;
  sections: Section[];
  links: EmailLinks;
  /** Whether the PDF of the report is attached. */
  pdf: boolean;
}

/** Subject, text and HTML of one report e-mail; every name is escaped in the HTML. */
export function renderReportEmail(input: EmailInput): ReportEmail {
  const { e } = textOf(input.language);
  const period = periodWords(input.from, input.to, input.language);
  const frequency = e.frequencies[input.frequency];
  const subject = e.subject(input.title, period);
  const intro = e.intro(frequency, `${input.title}${input.subtitle ? ` (${input.subtitle})` : ''}`, period);
  const pdfNote = input.pdf ? e.pdfAttached : '';
  const text = [
    intro,
    '',
    ...input.sections.flatMap((s) => [s.heading.toUpperCase(), ...s.lines.map((l) => `- ${l}`), ...(s.note ? [s.note] : []), '']),
    ...(pdfNote ? [pdfNote] : []),
    `${e.openReport}: ${input.links.report}`,
    '',
    '--',
    e.whyReceived(frequency),
    `${e.stopReceiving}: ${input.links.unsubscribe}`,
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>`,
    escapeHtml(subject),
    '</title></head><body style="font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<h1 style="font-size: 1.3em; color: #0b4f8a; margin-bottom: 0.2em;">${escapeHtml(input.title)}</h1>`,
    input.subtitle ? `<p style="margin-top: 0;">${escapeHtml(input.subtitle)}</p>` : '',
    `<p><strong>${escapeHtml(e.heading(frequency, period))}</strong></p>`,
    ...input.sections.map(
      (s) =>
        `<h2 style="font-size: 1.05em; margin-bottom: 0.3em;">${escapeHtml(s.heading)}</h2><ul style="margin-top: 0;">${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` +
        (s.note ? `<p style="font-size: 0.9em; color: #555; margin-top: -0.5em;">${escapeHtml(s.note)}</p>` : ''),
    ),
    pdfNote ? `<p>${escapeHtml(pdfNote)}</p>` : '',
    `<p><a href="${escapeHtml(input.links.report)}" style="color: #0b4f8a;">${escapeHtml(e.openReport)}</a></p>`,
    '<hr style="border: 0; border-top: 1px solid #ccc;">',
    `<p style="font-size: 0.85em; color: #555;">${escapeHtml(e.whyReceived(frequency))} <a href="${escapeHtml(input.links.unsubscribe)}" style="color: #555;">${escapeHtml(e.unsubscribe)}</a>.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
