// The bulletin of a month or a year as a one-page PDF, for an administration or the whole installation, in the
// shape of the national programme's: the period's votes, weekly average and running total, the share positive
// against the month (year) before, each contact channel with its participation, and who took part.
import type { Bulletin } from '../../../contract/levels';
import type { Db } from '../../../store/database';
import type { ExportText } from '../words/export-text';
import { brandingOf } from './branding';
import { COLORS, drawFooters, Flow, LEFT, WIDTH, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { comparisonText, dataQualityText, drawHowToRead, drawScore } from './sections';
import { drawTable } from './table';

type ChannelRow = Bulletin['byChannel'][number];
type Reported = keyof Bulletin['reported'];

const REPORTED: readonly Reported[] = ['administrations', 'offices', 'counters', 'terminals'];

/** `when`: the period as its title names it, "ottobre 2026" or "2026". */
export async function bulletinPdf(db: Db, bulletin: Bulletin, when: string, timeZone: string, t: ExportText): Promise<Buffer> {
  const { w, f } = t;
  const title = w.bulletin.title(bulletin.kind, when);
  const name = bulletin.scope.kind === 'installation' ? w.bulletin.installation : bulletin.scope.name;
  // An administration's pages carry its logo, as its reports' do; the installation has none.
  const branding: Branding =
    bulletin.scope.kind === 'administration' && bulletin.scope.id
      ? await brandingOf(db, bulletin.scope.id, name, title, bulletin.period, bulletin.dataQuality.computedAt, timeZone, t)
      : { administration: name, logo: null, title, period: f.period(bulletin.period.from, bulletin.period.to, true), computed: w.pdf.computed(f.instant(bulletin.dataQuality.computedAt, timeZone)), page: w.pdf.page, unprintable: w.pdf.unprintable };
  const { doc, finish } = await newPdf({ lang: w.locale, title: `${title}: ${name}`, author: name, subject: w.bulletin.subject });
  const flow = new Flow(doc, branding);

  flow.heading(title, 18);
  flow.paragraph(`${name} · ${w.bulletin.programme}`, { size: 10, color: COLORS.muted });
  flow.gap(10);
  if (bulletin.votes === 0) flow.paragraph(w.bulletin.empty, { size: 11, color: COLORS.muted });

  // The programme's three counts side by side, large.
  flow.ensure(60);
  const y = doc.y;
  const third = WIDTH / 3;
  const counts: [string, string, string][] = [
    [f.count(bulletin.votes), w.bulletin.votes(bulletin.kind), ''],
    [f.decimal(bulletin.weeklyAverage), w.bulletin.weeklyAverage, ''],
    [f.count(bulletin.runningTotal), w.bulletin.runningTotal, bulletin.runningSince ? w.bulletin.runningSince(f.month(bulletin.runningSince)) : w.bulletin.runningNone],
  ];
  counts.forEach(([big, label, note], i) => {
    const x = LEFT + i * third;
    doc.font('bold').fontSize(24).fillColor(COLORS.text).text(big, x, y, { width: third - 12, lineBreak: false });
    doc.font('semibold').fontSize(10).fillColor(COLORS.text).text(label, x, y + 30, { width: third - 12 });
    if (note) doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(note, x, y + 43, { width: third - 12 });
  });
  doc.y = y + 62;
  flow.gap(6);

  drawScore(flow, t, bulletin.score, bulletin.minSample);
  const previous = bulletin.previous;
  const beyond = previous.positiveShare.significant;
  flow.paragraph(comparisonText(t, previous, w.bulletin.previous(bulletin.kind)), {
    size: 9,
    color: beyond ? (previous.positiveShare.delta! < 0 ? COLORS.negative : COLORS.positive) : COLORS.text,
  });
  flow.gap(10);

  flow.heading(w.bulletin.byChannel, 12);
  drawTable<ChannelRow>(
    flow,
    [
      { header: w.common.channel, weight: 22, text: (c) => w.channels[c.channel as keyof typeof w.channels] ?? c.channel, bold: true },
      { header: w.common.votes, weight: 14, align: 'right', text: (c) => f.count(c.votes) },
      { header: w.pdf.positive, weight: 14, align: 'right', text: (c) => f.share(c.score.positiveShare.value) },
      { header: w.pdf.interval, weight: 22, align: 'right', text: (c) => (c.score.positiveShare.low === null || c.score.positiveShare.high === null ? '–' : `${f.share(c.score.positiveShare.low)} – ${f.share(c.score.positiveShare.high)}`) },
      { header: w.pdf.index, weight: 12, align: 'right', text: (c) => f.index(c.score.index.value) },
      { header: w.common.participation, weight: 16, align: 'right', text: (c) => (c.participation.served === null ? w.bulletin.noParticipation : f.share(c.participation.rate)) },
    ],
    bulletin.byChannel,
    { muted: (c) => c.score.positiveShare.smallSample },
  );
  flow.paragraph(w.bulletin.channelsNote, { size: 8, color: COLORS.muted });
  flow.gap(10);

  flow.heading(w.bulletin.reportedTitle, 12);
  drawTable<Bulletin['reported']>(
    flow,
    REPORTED.map((k) => ({ header: w.bulletin.reported[k], weight: 25, align: 'right' as const, text: (r: Bulletin['reported']) => f.count(r[k]) })),
    [bulletin.reported],
  );
  flow.paragraph(w.bulletin.reportedNote, { size: 8, color: COLORS.muted });
  flow.gap(8);
  flow.paragraph(dataQualityText(t, bulletin.dataQuality, timeZone), { size: 8.5, color: COLORS.muted });
  drawHowToRead(flow, t, bulletin.minSample);
  drawFooters(doc, branding);
  return finish();
}
