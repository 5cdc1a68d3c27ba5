// An office's report sections: each one rendered once as the report appears stage by stage, and not again when the page around it changes.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { options, render, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import '../../../../kiosk/dashboard/dashboard.css';
import { CharterSection } from '../../../../kiosk/dashboard/components/charter-section';
import { HeatmapSection } from '../../../../kiosk/dashboard/components/heatmap';
import { OfficeVerdict } from '../../../../kiosk/dashboard/components/office-verdict';
import { OfficeReportSections } from '../../../../kiosk/dashboard/pages/office-report';
import type { OfficeReport } from '../../../../server/contract/report';
import { freshContainer } from '../fixtures/container';
import { officeReport } from '../fixtures/office-report';

// Preact calls this hook just before a component renders. `__r` is its name in Preact 10's published
// builds, the one preact/hooks itself chains into; the previous hook is kept and called.
type Hooks = { __r?: (vnode: VNode) => void };
const hooks = options as unknown as Hooks;
const previousHook = hooks.__r;
const renders = new Map<unknown, number>();
hooks.__r = (vnode) => {
  renders.set(vnode.type, (renders.get(vnode.type) ?? 0) + 1);
  previousHook?.(vnode);
};
afterAll(() => {
  hooks.__r = previousHook;
});
const rendersOf = (component: unknown) => renders.get(component) ?? 0;

const container = freshContainer();
beforeEach(() => renders.clear());

/** The sections inside a page that re-renders for reasons of its own (the live badge, the "refreshing" note). */
let rerenderPage: () => void = () => {};
let showReport: (report: OfficeReport) => void = () => {};
function Page({ first, onDrawn }: { first: OfficeReport; onDrawn: (all: boolean) => void }) {
  const [report, setReport] = useState(first);
  const [, setTick] = useState(0);
  rerenderPage = () => setTick((t) => t + 1);
  showReport = setReport;
  return <OfficeReportSections report={report} mayEnterServed={false} onDrawn={onDrawn} />;
}

describe('OfficeReportSections', () => {
  it('renders each section once while the report appears stage by stage, and not again when the page around it changes', async () => {
    const onDrawn = vi.fn();
    act(() => render(<Page first={officeReport()} onDrawn={onDrawn} />, container()));
    await vi.waitFor(() => expect(onDrawn).toHaveBeenCalledWith(true));
    expect(container().querySelector('[data-testid="heatmap"]')).not.toBeNull();
    // Before, every stage rendered again every section shown before it: the verdict ten times.
    expect([rendersOf(OfficeVerdict), rendersOf(CharterSection), rendersOf(HeatmapSection)]).toEqual([1, 1, 1]);

    act(() => rerenderPage());
    act(() => rerenderPage());
    expect([rendersOf(OfficeVerdict), rendersOf(CharterSection), rendersOf(HeatmapSection)]).toEqual([1, 1, 1]);

    // A new report (a live vote reloaded it) is new figures: every section renders it, once.
    const next = officeReport();
    act(() => showReport({ ...next, totals: { ...next.totals, total: next.totals.total + 1 } }));
    expect([rendersOf(OfficeVerdict), rendersOf(CharterSection), rendersOf(HeatmapSection)]).toEqual([2, 2, 2]);
    expect(container().querySelectorAll('[data-testid="verdict"]')).toHaveLength(1);
  });
});
