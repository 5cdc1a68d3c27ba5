// Times the real report builders on the national installation against GROUP BY over raw votes answering the
// same question, checks both give the same figures, and judges each against the targets (under 50 ms, 100x).
import os from 'node:os';
import type { OfficeReport } from '../../../server/contract/report';
import { buildAdministrationReport } from '../../../server/reports/levels/build-administration-report';
import { buildBulletin } from '../../../server/reports/levels/build-bulletin';
import { buildOfficeReport, type ReportContext } from '../../../server/reports/office/build-office-report';
import { openStore } from '../../../server/store/database';
import { alternate, BenchFailure, median, ms, now, spread } from '../stats';
import { nationalInstallation, type NationalInstallation } from './cache';
import { OFFICE_COUNT, TERMINAL_COUNT } from './installation';
import { rawAdministrationReport, rawBulletin, rawOfficeReport } from './raw-queries';

export const TARGET_MS = 50;
export const TARGET_SPEEDUP = 100;
/** The collector's clock for the reports: a fortnight after the last vote, so every period is closed. */
const REPORT_NOW = new Date('2026-01-15T10:00:00Z');
const MIN_SAMPLE = 30;

export interface ReportSpeed {
  name: string;
  reportMs: number;
  rawMs: number;
  pass: boolean;
  line: string;
}

interface Case {
  name: string;
  /** Runs the report and returns what to compare with the raw answer. */
  report: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  /** Throws when the two disagree on a figure both give. */
  same: (report: any, raw: any) => void;
}

function expectSame(what: string, report: unknown, raw: unknown): void {
  if (JSON.stringify(report) !== JSON.stringify(raw)) throw new BenchFailure(`${what}: the report says ${JSON.stringify(report)}, the raw votes ${JSON.stringify(raw)}`);
}
const sorted = (m: Map<string, number>) => [...m].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));

function officeSame(r: OfficeReport, raw: Awaited<ReturnType<typeof rawOfficeReport>>): void {
  expectSame('office votes', r.totals.total, raw.total);
  expectSame('office votes per face', sorted(new Map(Object.entries(r.totals.faces))), sorted(raw.byFace));
  expectSame('office votes per service', sorted(new Map(r.byService.map((s) => [s.serviceId, s.total]))), sorted(raw.byService));
  expectSame('office daily votes', r.daily.reduce((a, d) => a + d.total, 0), raw.total);
  expectSame('office reasons', sorted(new Map(r.reasons.map((x) => [x.reasonId, x.count]))), sorted(raw.reasons));
  expectSame('office follow-ups', sorted(new Map([['chosen', r.followUp.chosen], ['skipped', r.followUp.skipped], ['timeout', r.followUp.timeout]])), sorted(raw.followUps));
}

export async function measureReportSpeed(runs: number, say: (line: string) => void): Promise<ReportSpeed[]> {
  return timeReports(await nationalInstallation(say), runs, say);
}

export async function timeReports(installation: NationalInstallation, runs: number, say: (line: string) => void): Promise<ReportSpeed[]> {
  const store = await openStore(installation.dataDir);
  try {
    const db = store.db;
    const ctx: ReportContext = { db, minSample: MIN_SAMPLE, now: REPORT_NOW };
    const office = installation.largestOfficeId;
    const administration = installation.largestAdministrationId;
    say(
      `  ${installation.votes.toLocaleString('en-US')} votes 2023-2025, ${OFFICE_COUNT} offices, ${TERMINAL_COUNT.toLocaleString('en-US')} terminals ` +
        `(${installation.late.toLocaleString('en-US')} late, ${installation.redated} re-dated); SQLite file of ${(installation.bytes / 1e9).toFixed(1)} GB at ${installation.dataDir}` +
        (installation.generatedIn === null ? ' (cached)' : ` (generated in ${Math.round(installation.generatedIn)} s)`),
    );
    // Wall time is what a manager waits; on a shared machine it is also whatever else runs, so the
    // load and each report's own CPU time are printed beside it.
    say(`  load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
    const cases: Case[] = [
      {
        name: `office report, a year (largest office ${office}, 2025)`,
        report: () => buildOfficeReport(ctx, office, '2025-01-01', '2025-12-31'),
        raw: () => rawOfficeReport(db, office, '2025-01-01', '2025-12-31'),
        same: officeSame,
      },
      {
        name: `office report, 12 months across month edges (${office}, 2024-12-16..2025-12-15)`,
        report: () => buildOfficeReport(ctx, office, '2024-12-16', '2025-12-15'),
        raw: () => rawOfficeReport(db, office, '2024-12-16', '2025-12-15'),
        same: officeSame,
      },
      {
        name: `administration report, a month (largest administration ${administration}, 2025-11)`,
        report: () => buildAdministrationReport(ctx, administration, '2025-11-01', '2025-11-30'),
        raw: () => rawAdministrationReport(db, administration, '2025-11-01', '2025-11-30'),
        same: (r, raw) => {
          expectSame('administration votes', r.totals.total, raw.total);
          expectSame('administration votes per office', sorted(new Map(r.offices.map((o: { officeId: string; total: number }) => [o.officeId, o.total]))), sorted(raw.byOffice));
        },
      },
      ...(['month', 'year'] as const).map((kind) => ({
        name: `installation bulletin, a ${kind} (${kind === 'month' ? '2025-11' : '2025'})`,
        report: () => buildBulletin(ctx, null, kind === 'month' ? { kind, month: '2025-11' } : { kind, year: '2025' }),
        raw: () => (kind === 'month' ? rawBulletin(db, '2025-11-01', '2025-11-30') : rawBulletin(db, '2025-01-01', '2025-12-31')),
        same: (r: any, raw: any) => {
          expectSame('bulletin votes', r.votes, raw.votes);
          expectSame('bulletin running total', r.runningTotal, raw.runningTotal);
          expectSame('bulletin reporting units', r.reported, raw.reported);
        },
      })),
    ];

    const results: ReportSpeed[] = [];
    for (const c of cases) {
      // Once untimed, each: the file's pages in the OS cache, and the answers checked against each other.
      c.same(await c.report(), await c.raw());
      const cpu: number[] = [];
      const timed = await alternate(
        runs,
        async () => {
          const start = now();
          await c.raw();
          return now() - start;
        },
        async () => {
          const start = now();
          const used = process.cpuUsage();
          await c.report();
          const { user, system } = process.cpuUsage(used);
          cpu.push((user + system) / 1000);
          return now() - start;
        },
      );
      const reportMs = median(timed.subject);
      const rawMs = median(timed.baseline);
      const speedup = rawMs / reportMs;
      const pass = reportMs < TARGET_MS && speedup >= TARGET_SPEEDUP;
      const line =
        `${c.name}: ${ms(reportMs)} (median of ${runs}; CPU ${ms(median(cpu))}), baseline raw GROUP BY ${ms(rawMs)}, ${Math.round(speedup)}x faster: ` +
        `${pass ? 'PASS' : 'MISS'} (target < ${TARGET_MS} ms and >= ${TARGET_SPEEDUP}x${pass ? '' : `; ${reportMs >= TARGET_MS ? 'too slow' : 'too close to raw'}`})`;
      say(line);
      say(`  runs: report ${spread(timed.subject)} ms; raw ${spread(timed.baseline)} ms`);
      results.push({ name: c.name, reportMs, rawMs, pass, line });
    }
    return results;
  } finally {
    await store.close();
  }
}
