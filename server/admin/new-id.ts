// Readable, URL-safe ids made from names ("Ufficio di San Rocco" -> "valdoria-ufficio-di-san-rocco"), unique in their table.
import { randomUUID } from 'node:crypto';

/**
 * Latin letters lose their accents, everything else becomes a dash. Ids appear in kiosk URLs,
 * CSV file names and logs, so they stay ASCII; the name itself is stored as typed.
 */
export function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * `prefix-slug(name)`, or a random part when the name has no Latin letters (e.g. only emoji);
 * a short random suffix when taken. Ids stay under 64 characters, the routes' limit.
 */
export async function newId(prefix: string | null, name: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  const part = slug(name, prefix ? 24 : 32) || randomUUID().slice(0, 8);
  const root = prefix ? `${prefix}-${part}` : part;
  if (!(await taken(root))) return root;
  for (;;) {
    const id = `${root}-${randomUUID().slice(0, 4)}`;
    if (!(await taken(id))) return id;
  }
}
