// «il 3 giugno», «l’8 giugno», «dal 5%», «dall’8%», «dallo 0%», «all’11 ottobre»: the article a figure takes in Italian, as it is read aloud, alone or joined to a preposition; for the dashboard's words and the collector's.

type Article = 'il' | 'l’' | 'lo';

/**
 * The figure's leading number, read as a word: «zero» takes «lo»; «uno», «otto…» (8, 80-89,
 * 800-899, 8.000…) and «undici» (11, 11.000-11.999) take «l’»; every other one «il». Thousands
 * separators are dropped; what follows the number (%, a month, a comma and decimals) changes nothing.
 */
function articleOf(figure: string): Article {
  const digits = (/^\d[\d.]*/.exec(figure)?.[0] ?? '').replace(/\./g, '');
  if (digits.startsWith('0')) return 'lo';
  if (digits === '1' || digits.startsWith('8') || (digits.startsWith('11') && (digits.length === 2 || digits.length === 5))) return 'l’';
  return 'il';
}

const WITH: Record<'' | 'da' | 'a' | 'di', Record<Article, string>> = {
  '': { il: 'il ', 'l’': 'l’', lo: 'lo ' },
  da: { il: 'dal ', 'l’': 'dall’', lo: 'dallo ' },
  a: { il: 'al ', 'l’': 'all’', lo: 'allo ' },
  di: { il: 'del ', 'l’': 'dell’', lo: 'dello ' },
};

/** «il 3 giugno», «l’8 giugno»; with a preposition «dal 5%», «all’8%», «dello 0%». */
export function italianArticle(figure: string, preposition: 'da' | 'a' | 'di' | '' = ''): string {
  return `${WITH[preposition][articleOf(figure)]}${figure}`;
}

/** «dal 3 giugno al 9 giugno 2026», «dall’8 ottobre all’11 ottobre 2026». */
export function fromTo(from: string, to: string): string {
  return `${italianArticle(from, 'da')} ${italianArticle(to, 'a')}`;
}
