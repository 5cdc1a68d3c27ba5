import { describe, expect, it } from 'vitest';
import { serviceDatasets } from '../../../../kiosk/dashboard/charts/service-datasets';
import { FACE_STYLE } from '../../../../kiosk/ui/face-style';
import { officeReport } from '../fixtures/office-report';

const SHOWN = ['positivo', 'sufficiente', 'negativo'] as const;

describe('serviceDatasets', () => {
  const services = officeReport().byService;

  it('makes one dataset per face, one bar per service, in counts', () => {
    const d = serviceDatasets(services, SHOWN, 'count', 'archiviato');
    expect(d.labels).toEqual(['Tributi <b>IMU</b>', 'Anagrafe', 'Elettorale (archiviato)']);
    expect(d.datasets.map((s) => s.label)).toEqual(['Positivo', 'Sufficiente', 'Negativo']);
    expect(d.datasets[0]!.data).toEqual([40, 80, 4]);
    expect(d.datasets[2]!.data).toEqual([12, 15, 3]);
    expect(d.datasets[0]!.backgroundColor).toBe(FACE_STYLE.positivo.color);
    expect(new Set(d.datasets.map((s) => s.stack)).size).toBe(1);
  });

  it('in percent, every service adds up to 100 and the counts stay for the tooltip', () => {
    const d = serviceDatasets(services, SHOWN, 'percent', 'archiviato');
    for (let row = 0; row < services.length; row++) {
      expect(d.datasets.reduce((sum, s) => sum + (s.data[row] ?? 0), 0)).toBe(100);
    }
    // Tributi: 40/18/12 of 70 = 57.1 / 25.7 / 17.1 -> 57 / 26 / 17.
    expect(d.datasets.map((s) => s.data[0])).toEqual([57, 26, 17]);
    expect(d.counts.map((c) => c[0])).toEqual([40, 18, 12]);
  });

  it('keeps a service without votes as an empty bar, not NaN', () => {
    const empty = { serviceId: 'suap', name: 'SUAP', archived: false, total: 0, faces: { ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0 } };
    const d = serviceDatasets([empty], SHOWN, 'percent', 'archiviato');
    expect(d.datasets.map((s) => s.data[0])).toEqual([0, 0, 0]);
  });
});
