// The body of a scheduled report e-mail, from the same report the dashboard shows: the verdict,
// the comparisons, the worst services (or offices), the charter, data quality; as text and as HTML.
import type { AdministrationReport } from '../contract/levels';
import type { Comparison, OfficeReport, Score } from '../contract/report';
import { exportText } from '../reports/exports/words/export-text';

// In Italian, with the Italian report files' figures and words: a subscriber has no language of their
// own on the collector (the dashboard's choice stays in their browser), so the PDF attached is Italian too (jobs.ts).
const { w, f } = exportText('it');
const { day: formatDay, instant: formatInstant, p: formatP, period: formatPeriod, points: formatPoints, share: formatShare, index: formatIndex, sharePoints: formatSharePoints, votes: votesWord } = f;
const VERDICT_WORDS = w.verdicts;

/** One block of the summary: a heading and its lines, shared by the text and the HTML. */
interface Section {
  heading: string;
  lines: string[];
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

const FREQUENCY_WORDS = { daily: 'giornaliero', weekly: 'settimanale', monthly: 'mensile' } as const;

/** "10 marzo 2026", "marzo 2026", or "dal 9 marzo 2026 al 15 marzo 2026". */
export function periodWords(from: string, to: string): string {
  return from === to ? formatDay(from) : formatPeriod(from, to);
}

function verdictLines(score: Score, total: number, minSample: number): string[] {
  if (total === 0) return ['Nessun giudizio in questo periodo.'];
  const share = score.positiveShare;
  const lines = [
    `Giudizi: ${votesWord(total)}.`,
    `Giudizi positivi: ${formatShare(share.value)} (intervallo al 95%: ${formatShare(share.low)} – ${formatShare(share.high)}).`,
    `Indice di soddisfazione: ${formatIndex(score.index.value)} su 100.`,
  ];
  if (share.smallSample) lines.push(`Campione piccolo (meno di ${minSample} giudizi): cifre indicative, non confrontate né giudicate.`);
  return lines;
}

function comparisonLine(c: Comparison): string {
  const label = `${c.kind === 'previous' ? 'Rispetto al periodo precedente' : 'Rispetto a un anno prima'} (${periodWords(c.period.from, c.period.to)})`;
  const change = c.positiveShare;
  if (change.note === 'no-data') return `${label}: nessun giudizio in uno dei due periodi, nessun confronto.`;
  if (change.note === 'small-sample' || change.delta === null) return `${label}: campione piccolo, nessun confronto.`;
  const noise = change.significant ? 'oltre il rumore statistico' : 'nel rumore statistico';
  return `${label}: ${formatSharePoints(change.delta)} di positivi (allora ${formatShare(c.score.positiveShare.value)}), ${noise} (p = ${formatP(change.pValue ?? 1)}).`;
}

function qualityLines(report: { dataQuality: OfficeReport['dataQuality'] }, timeZone: string): string[] {
  const q = report.dataQuality;
  const lines = [`Calcolato il ${formatInstant(q.computedAt, timeZone)}.`];
  if (q.lateVotes > 0) lines.push(`${votesWord(q.lateVotes)} arrivati dopo la fine del periodo (terminali rimasti senza rete).`);
  if (q.redatedVotes > 0) lines.push(`${votesWord(q.redatedVotes)} ridatati dal collettore (orologio del terminale sbagliato).`);
  if (q.periodOpen) lines.push('Il periodo non è ancora finito: arriveranno altri giudizi.');
  return lines;
}

/** The summary of an office's report. */
export function officeSections(report: OfficeReport): Section[] {
  const judged = report.byService.filter((s) => s.total > 0 && !s.score.positiveShare.smallSample);
  const worst = judged.slice(0, 3).map((s) => `${s.name}: ${formatShare(s.score.positiveShare.value)} di positivi su ${votesWord(s.total)}.`);
  const missed = report.byService
    .filter((s) => s.charter && (s.charter.verdict === 'missed' || s.charter.verdict === 'missed-within-noise'))
    .map((s) => `${s.name}: ${VERDICT_WORDS[s.charter!.verdict].toLowerCase()} (scarto ${formatPoints(s.charter!.marginPct ?? 0)}).`);
  return [
    { heading: 'Come stiamo andando', lines: verdictLines(report.score, report.totals.total, report.minSample) },
    { heading: 'Confronti', lines: report.comparisons.map(comparisonLine) },
    { heading: 'Servizi da guardare, dal peggiore', lines: worst.length > 0 ? worst : ['Nessun servizio con abbastanza giudizi per essere giudicato.'] },
    ...(missed.length > 0 ? [{ heading: 'Carta dei servizi: standard non rispettati', lines: missed }] : []),
    { heading: 'Qualità dei dati', lines: qualityLines(report, report.office.timeZone) },
  ];
}

/** The summary of an administration's report: its offices and services, worst first. */
export function administrationSections(report: AdministrationReport, timeZone: string): Section[] {
  const worstFirst = <T extends { rank: number | null }>(items: readonly T[]) => items.filter((x) => x.rank !== null).reverse().slice(0, 3);
  const offices = worstFirst(report.offices).map((o) => `${o.name}: ${formatShare(o.score.positiveShare.value)} di positivi su ${votesWord(o.total)}.`);
  const services = worstFirst(report.byService).map((s) => `${s.name}: ${formatShare(s.score.positiveShare.value)} di positivi su ${votesWord(s.total)}.`);
  return [
    { heading: 'Come stiamo andando', lines: verdictLines(report.score, report.totals.total, report.minSample) },
    { heading: 'Confronti', lines: report.comparisons.map(comparisonLine) },
    { heading: 'Uffici da guardare, dal peggiore', lines: offices.length > 0 ? offices : ['Nessun ufficio con abbastanza giudizi per essere giudicato.'] },
    { heading: 'Servizi da guardare, dal peggiore', lines: services.length > 0 ? services : ['Nessun servizio con abbastanza giudizi per essere giudicato.'] },
    { heading: 'Qualità dei dati', lines: qualityLines(report, timeZone) },
  ];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export interface EmailInput {
  /** "Sede municipale" and "Comune di Valdoria", or the administration's name alone. */
  title: string;
  subtitle: string | null;
  frequency: keyof typeof FREQUENCY_WORDS;
  from: string;
  to: string;
  sections: Section[];
  links: EmailLinks;
  /** Whether the PDF of the report is attached. */
  pdf: boolean;
}

/** Subject, text and HTML of one report e-mail; every name is escaped in the HTML. */
export function renderReportEmail(input: EmailInput): ReportEmail {
  const period = periodWords(input.from, input.to);
  const subject = `Gradimento: ${input.title}, ${period}`;
  const intro = `Report ${FREQUENCY_WORDS[input.frequency]} di gradimento: ${input.title}${input.subtitle ? ` (${input.subtitle})` : ''}, ${period}.`;
  const pdfNote = input.pdf ? 'Il report completo è nel PDF allegato.' : '';
  const text = [
    intro,
    '',
    ...input.sections.flatMap((s) => [s.heading.toUpperCase(), ...s.lines.map((l) => `- ${l}`), '']),
    ...(pdfNote ? [pdfNote] : []),
    `Apri il report nel cruscotto: ${input.links.report}`,
    '',
    '--',
    `Ricevi questa e-mail perché sei iscritto al report ${FREQUENCY_WORDS[input.frequency]}.`,
    `Per non riceverla più: ${input.links.unsubscribe}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>',
    escapeHtml(subject),
    '</title></head><body style="font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<h1 style="font-size: 1.3em; color: #0b4f8a; margin-bottom: 0.2em;">${escapeHtml(input.title)}</h1>`,
    input.subtitle ? `<p style="margin-top: 0;">${escapeHtml(input.subtitle)}</p>` : '',
    `<p><strong>Report ${FREQUENCY_WORDS[input.frequency]}, ${escapeHtml(period)}</strong></p>`,
    ...input.sections.map((s) => `<h2 style="font-size: 1.05em; margin-bottom: 0.3em;">${escapeHtml(s.heading)}</h2><ul style="margin-top: 0;">${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
    pdfNote ? `<p>${escapeHtml(pdfNote)}</p>` : '',
    `<p><a href="${escapeHtml(input.links.report)}" style="color: #0b4f8a;">Apri il report nel cruscotto</a></p>`,
    '<hr style="border: 0; border-top: 1px solid #ccc;">',
    `<p style="font-size: 0.85em; color: #555;">Ricevi questa e-mail perché sei iscritto al report ${FREQUENCY_WORDS[input.frequency]}. <a href="${escapeHtml(input.links.unsubscribe)}" style="color: #555;">Annulla l’iscrizione</a>.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
