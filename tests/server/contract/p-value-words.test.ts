import { describe, expect, it } from 'vitest';
import { pValueWords } from '../../../server/contract/p-value-words';
import { EN as EMAIL_EN } from '../../../server/delivery/words/en';
import { IT as EMAIL_IT } from '../../../server/delivery/words/it';
import { exportFormat } from '../../../server/reports/exports/format';
import { EN } from '../../../server/reports/exports/words/en';
import { IT } from '../../../server/reports/exports/words/it';

describe('a p-value in a sentence', () => {
  it('is «p = …» for a value, «p < …» for the bound that stands for the smallest ones', () => {
    expect([pValueWords('0,003704'), pValueWords('< 0,0001'), pValueWords('< 0.0001')]).toEqual(['p = 0,003704', 'p < 0,0001', 'p < 0.0001']);
  });

  it('reads so in the report e-mails, in both languages', () => {
    const it_ = exportFormat(IT);
    const en = exportFormat(EN);
    expect(EMAIL_IT.report.comparison('Rispetto al mese prima', '−9,0 punti', '80,0%', 'oltre il rumore statistico', it_.p(0.00000123))).toBe(
      'Rispetto al mese prima: −9,0 punti di positivi (allora 80,0%), oltre il rumore statistico (p < 0,0001).',
    );
    expect(EMAIL_EN.report.comparison('Against the month before', '−9.0 points', '80.0%', 'beyond statistical noise', en.p(0.0123))).toBe(
      'Against the month before: −9.0 points positive (then 80.0%), beyond statistical noise (p = 0.0123).',
    );
  });
});
