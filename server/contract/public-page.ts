// The public transparency page (issue 8): its addresses, the licences its open data may carry, its limits.
// Plain values (no TypeBox), so the dashboard may import them; the schemas are in public-page-schemas.ts.

/**
 * Everything a published administration shows the public lives under /pubblico/<administration id>;
 * files shared by every page (stylesheet, fonts, the data's JSON Schema) under /pubblico/-/, which no
 * administration id can take (ids are slugs and never start with a dash, see admin/new-id.ts).
 */
export const PUBLIC_BASE = '/pubblico';
export const PUBLIC_SHARED = `${PUBLIC_BASE}/-`;

/** Formats of the open-data download. */
export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const publicPaths = {
  page: (administrationId: string) => `${PUBLIC_BASE}/${encodeURIComponent(administrationId)}`,
  data: (administrationId: string, format: OpenDataFormat) => `${PUBLIC_BASE}/${encodeURIComponent(administrationId)}/dati.${format}`,
  badge: (administrationId: string) => `${PUBLIC_BASE}/${encodeURIComponent(administrationId)}/badge.svg`,
  /** The JSON Schema of dati.json, version by version (docs/open-data.md). */
  schema: `${PUBLIC_SHARED}/schema/dati-v1.json`,
};

/** The version of the open data's shape; a change that breaks a reader makes a new major version. */
export const OPEN_DATA_SCHEMA_VERSION = '1.0';

/** Months a page shows, ending with the last complete month. */
export const PAGE_MONTHS = 12;
/** Months one open-data download may cover. */
export const MAX_DATA_MONTHS = 36;
/** The badge's size in CSS pixels, for the <img> a comune's site embeds. */
export const BADGE_SIZE = { width: 240, height: 72 } as const;
/** The public note is plain text, shown as typed. */
export const MAX_PUBLIC_NOTE_LENGTH = 500;

export interface Licence {
  /** SPDX identifier where there is one. */
  id: string;
  name: string;
  url: string;
}

/**
 * Licences for open data of an Italian administration: CC BY 4.0 is what the AgID guidelines on
 * open data recommend by default; CC0 and CC BY-SA for those who choose otherwise; IODL 2.0 for
 * administrations that already publish under it.
 */
export const LICENCES = [
  { id: 'CC-BY-4.0', name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { id: 'CC-BY-SA-4.0', name: 'Creative Commons Attribuzione - Condividi allo stesso modo 4.0 Internazionale (CC BY-SA 4.0)', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  { id: 'CC0-1.0', name: 'Creative Commons CC0 1.0 Universale (pubblico dominio)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  { id: 'IODL-2.0', name: 'Italian Open Data License 2.0 (IODL 2.0)', url: 'https://www.dati.gov.it/iodl/2.0/' },
] as const satisfies readonly Licence[];
export type LicenceId = (typeof LICENCES)[number]['id'];
export const LICENCE_IDS = LICENCES.map((l) => l.id) as LicenceId[];
export const DEFAULT_LICENCE: LicenceId = 'CC-BY-4.0';

export function licenceOf(id: string): Licence {
  return LICENCES.find((l) => l.id === id) ?? LICENCES[0];
}
