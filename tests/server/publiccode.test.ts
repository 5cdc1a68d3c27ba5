// publiccode.yml is what the Developers Italia catalogue shows a comune choosing software: what it
// says of the product (version, licence, languages, what it runs on) is checked against the product,
// and its texts against the limits of the publiccode.yml standard (0.4), which the catalogue's
// parser enforces. In the server project because it reads the server's contract and package.json.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TERMINAL_LANGUAGES } from '../../server/contract/languages';

type Description = { localisedName: string; shortDescription: string; longDescription: string; features: string[] };
type Dependency = { name: string; versionMin?: string; optional?: boolean };
type Publiccode = {
  publiccodeYmlVersion: string;
  softwareVersion: string;
  releaseDate: string;
  description: Record<string, Description>;
  legal: { license: string };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
  dependsOn: { open: Dependency[] };
};

const code = parse(fs.readFileSync('publiccode.yml', 'utf8')) as Publiccode;
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string; license: string; engines: { node: string }; dependencies: Record<string, string> };
const dependency = (name: string) => code.dependsOn.open.find((d) => d.name === name);

describe('publiccode.yml', () => {
  it('names the version and the licence the package has, and the licence is the one in LICENSE', () => {
    expect(code.publiccodeYmlVersion).toBe('0.4');
    expect(code.softwareVersion).toBe(pkg.version);
    expect(code.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(code.legal.license).toBe(pkg.license);
    expect(pkg.license).toBe('EUPL-1.2');
    expect(fs.readFileSync('LICENSE', 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  });

  it('lists the languages the terminal speaks, no more and no fewer', () => {
    expect(code.localisation.localisationReady).toBe(true);
    expect(code.localisation.availableLanguages).toEqual([...TERMINAL_LANGUAGES]);
  });

  it('names what it runs on as the package does: Node.js from the engines field, PostgreSQL as optional', () => {
    expect(`>=${dependency('Node.js')?.versionMin}`).toBe(pkg.engines.node);
    expect(dependency('Node.js')?.optional).toBeUndefined();
    expect(dependency('PostgreSQL')).toMatchObject({ optional: true });
    expect(pkg.dependencies).toHaveProperty('pg');
    // RETURNING, which the store uses, came with SQLite 3.35.
    expect(dependency('SQLite')?.versionMin).toBe('3.35');
  });

  it('describes the product in Italian and English within the standard\'s limits', () => {
    expect(Object.keys(code.description).sort()).toEqual(['en', 'it']);
    for (const [language, d] of Object.entries(code.description)) {
      expect([language, d.localisedName]).toEqual([language, 'gradimento']);
      expect([language, d.shortDescription.length]).toEqual([language, expect.toSatisfy((n: number) => n > 0 && n <= 150)]);
      expect([language, d.longDescription.length]).toEqual([language, expect.toSatisfy((n: number) => n >= 150 && n <= 10_000)]);
      expect(d.features.length).toBeGreaterThan(0);
      for (const feature of d.features) expect([language, feature, feature.length <= 100]).toEqual([language, feature, true]);
    }
    // Each feature said in both languages.
    expect(code.description.it!.features).toHaveLength(code.description.en!.features.length);
  });
});
