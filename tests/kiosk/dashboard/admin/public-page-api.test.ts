// The collector's address the public page's links name, read back from them for the address warning.
import { describe, expect, it } from 'vitest';
import { publicBase } from '../../../../kiosk/dashboard/admin/public-page-api';
import { publicLinks } from '../../../../server/public/links';

describe('publicBase', () => {
  it('is the address the links were built on, with a path of its own too', () => {
    for (const base of ['http://192.168.1.20:8080', 'https://gradimento.cst.example.org', 'https://servizi.example.org/gradimento']) {
      expect(publicBase({ administrationId: 'comune-di-prova', links: publicLinks(base, 'comune-di-prova') })).toBe(base);
    }
  });
});
