// No words written straight into the dashboard's markup: a text node or a title, aria-label, placeholder or alt typed as a literal stays Italian on the English dashboard, since only the *labels.ts catalogues are translated.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

// The sources as text (Vite's ?raw): the test runs in Chromium, where there is no file system.
const SOURCES = import.meta.glob<string>(['../../../../kiosk/dashboard/**/*.tsx'], { query: '?raw', import: 'default', eager: true });

/** Attributes a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** Text shown verbatim as code (an HTTP method, a header): it is the same in every language. */
const VERBATIM_ELEMENTS = new Set(['code', 'kbd', 'samp']);
/** Punctuation, symbols, numbers and spaces are fine («», ·, –, %, 2); a letter is a word to translate. */
const isWord = (text: string) => /\p{L}/u.test(text);

/**
 * The literal texts an expression can evaluate to: the string itself, both branches of a
 * condition, the right of `&&`, either side of `||`, `??` and `+`, a template's fixed parts. A
 * string compared or passed to a function (`kind === 'month'`, `pageHref('offices')`) is not shown.
 */
function shownLiterals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.flatMap((s) => [s.literal.text, ...shownLiterals(s.expression)])];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  }
  return [];
}

const tagOf = (element: ts.Node | undefined): string | undefined => (element && ts.isJsxElement(element) ? element.openingElement.tagName.getText() : undefined);

/** "file:line «text»" for every word written as a literal in the file's JSX. */
function literalWords(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string, what = '') => {
    if (isWord(text)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${what}«${text.trim()}»`);
  };
  const visit = (node: ts.Node): void => {
    const verbatim = VERBATIM_ELEMENTS.has(tagOf(node.parent) ?? '');
    if (ts.isJsxText(node) && !verbatim) report(node, node.text);
    // {'Riprova'} or {cond ? 'Sì' : 'No'} as a child.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && !verbatim) {
      for (const text of shownLiterals(node.expression)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const value = node.initializer;
      const texts = ts.isStringLiteral(value) ? [value.text] : ts.isJsxExpression(value) && value.expression ? shownLiterals(value.expression) : [];
      for (const text of texts) report(node, text, `${node.name.getText(sf)}=`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('dashboard markup', () => {
  it('finds the dashboard’s components (the glob still matches the tree)', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(Object.keys(SOURCES).some((k) => k.endsWith('admin/list-parts.tsx'))).toBe(true);
  });

  it('writes every word it shows through a catalogue', () => {
    const found = Object.entries(SOURCES).flatMap(([path, source]) => literalWords(path.replace(/^(\.\.\/)+/, ''), source));
    expect(found).toEqual([]);
  });

  it('the check itself sees text, spoken attributes and literal branches, and lets symbols, numbers and code through', () => {
    const source = [
      'const a = <p>Riprova</p>;',
      'const b = <button title="Chiudi" aria-label={`Sposta ${n}`}>×</button>;',
      'const c = <input placeholder={x ? L.name : "Nome"} alt={y || "logo"} />;',
      'const d = <span>{ok ? "Sì" : "—"} {n}% · {2026}</span>;',
      'const e = <p>{L.text} <code>PUT /api</code> {kind === "month" ? L.m : L.y} «{L.q}»</p>;',
      'const f = <img alt="" data-testid="logo-box" class="wide" />;',
    ].join('\n');
    expect(literalWords('t.tsx', source)).toEqual(['t.tsx:1 «Riprova»', 't.tsx:2 title=«Chiudi»', 't.tsx:2 aria-label=«Sposta»', 't.tsx:3 placeholder=«Nome»', 't.tsx:3 alt=«logo»', 't.tsx:4 «Sì»']);
  });
});
