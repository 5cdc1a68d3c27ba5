// A p-value in a sentence, alike in the dashboard, the report files and the e-mails: «p = 0,003704»,
// and for the smallest, which every one of them shows as a bound («< 0,0001»), «p < 0,0001», never
// «p = < 0,0001».
export const pValueWords = (formatted: string): string => (formatted.startsWith('<') ? `p ${formatted}` : `p = ${formatted}`);
