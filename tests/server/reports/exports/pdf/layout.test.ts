// Where a part of a PDF that deserves its own page starts: a fresh page, unless the current one holds only a
// few lines carried over from the page before (which alone would waste a sheet); drawn in a real pdfkit document.
import { describe, expect, it } from 'vitest';
import { newPdf } from '../../../../../server/reports/exports/pdf/pdf-document';
import { CONTENT_BOTTOM, CONTENT_TOP, Flow, type Branding } from '../../../../../server/reports/exports/pdf/layout';

const branding: Branding = { administration: 'Comune di Valdoria', logo: null, title: 'Rapporto', period: 'ottobre 2026', computed: 'oggi', page: (n, of) => `${n}/${of}`, unprintable: () => '' };

async function flowAt(y: number): Promise<Flow> {
  const { doc } = await newPdf({ lang: 'it-IT', title: 't', author: 'a', subject: 's' });
  const flow = new Flow(doc, branding);
  doc.y = y;
  return flow;
}
const pages = (flow: Flow) => flow.doc.bufferedPageRange().count;

describe('Flow.section', () => {
  it('starts on a new page after a page with real content on it', async () => {
    const flow = await flowAt(CONTENT_TOP + (CONTENT_BOTTOM - CONTENT_TOP) * 0.6);
    flow.section();
    expect([pages(flow), flow.y]).toEqual([2, CONTENT_TOP]);
  });

  it('goes on below a few lines carried over from the page before, after a gap, on the same page', async () => {
    const flow = await flowAt(CONTENT_TOP + 40);
    flow.section();
    expect([pages(flow), flow.y]).toEqual([1, CONTENT_TOP + 58]);
  });

  it('adds nothing at the top of an empty page', async () => {
    const flow = await flowAt(CONTENT_TOP);
    flow.section();
    expect([pages(flow), flow.y]).toEqual([1, CONTENT_TOP]);
  });
});
