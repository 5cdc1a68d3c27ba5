// docs/deploy.md lists every metric the collector registers, with its type and labels, and no other.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../server/metrics/registry';

interface Listed {
  type: string;
  labels: string[];
}

/** The rows of the metrics tables: | `name` | type | `label`, `label` or none | meaning |. */
function documented(): Map<string, Listed> {
  const text = fs.readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| `(gradimento_\w+)` \| (\w+) \| ([^|]*) \|/gm)];
  return new Map(rows.map(([, name, type, labels]) => [name!, { type: type!, labels: [...labels!.matchAll(/`(\w+)`/g)].map((l) => l[1]!) }]));
}

/** What the registry holds: prom-client's labelNames are not in its types, but on every metric. */
function registered(): Map<string, Listed> {
  const metrics = createMetrics().registry.getMetricsAsArray() as unknown as { name: string; type: string; labelNames: string[] }[];
  return new Map(metrics.map((m) => [m.name, { type: String(m.type), labels: [...m.labelNames] }]));
}

describe('the metrics in docs/deploy.md', () => {
  it('lists every registered metric with its type and labels', () => {
    const docs = documented();
    for (const [name, listed] of registered()) expect([name, docs.get(name)]).toEqual([name, listed]);
  });

  it('lists no metric the collector does not register', () => {
    const known = registered();
    // prom-client registers some process figures (open file descriptors...) on Linux only, where collectors run.
    const platformOnly = (name: string) => process.platform !== 'linux' && name.startsWith('gradimento_process_');
    expect([...documented().keys()].filter((name) => !known.has(name) && !platformOnly(name))).toEqual([]);
  });
});
