import { describe, expect, it } from 'vitest';
import { groupOffices } from '../../../../kiosk/dashboard/components/office-picker';
import { OFFICES } from '../fixtures/office-report';

describe('groupOffices', () => {
  it('groups offices by administration, both in Italian alphabetical order', () => {
    const shuffled = [OFFICES[2]!, OFFICES[1]!, OFFICES[0]!];
    const groups = groupOffices(shuffled);
    expect(groups.map((g) => g.name)).toEqual(['Comune di Aldeno', 'Comune di Besenello']);
    expect(groups[0]!.offices.map((o) => o.id)).toEqual(['sede-centro', 'ufficio-tributi']);
  });

  it('keeps two administrations with the same name apart by id', () => {
    const twin = { ...OFFICES[2]!, id: 'altro', administration: { id: 'comune-c', name: 'Comune di Besenello' } };
    expect(groupOffices([...OFFICES, twin])).toHaveLength(3);
  });
});
