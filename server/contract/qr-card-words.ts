// The sentence printed beside each QR code handed to citizens, in every language of the terminal: the dashboard prints it in Italian and, if the manager picks one, a second language.
import type { TerminalLanguage } from './languages';

/**
 * Each begins with the question the page the code opens asks in the same language (its catalogue,
 * server/channels/qr/words/), so the card and the phone read alike; a test keeps them so.
 */
export const QR_CARD_WORDS: Readonly<Record<TerminalLanguage, string>> = {
  it: 'Come è andata? Inquadra il codice e dacci il tuo giudizio.',
  de: 'Wie war es? Scannen Sie den Code und geben Sie uns Ihre Bewertung.',
  fr: 'Comment cela s’est-il passé\u00a0? Scannez le code et donnez-nous votre avis.',
  sl: 'Kako je bilo? Skenirajte kodo in nam podajte svojo oceno.',
  en: 'How did it go? Scan the code and give us your rating.',
  ro: 'Cum a fost? Scanați codul și dați-ne evaluarea dumneavoastră.',
  sq: 'Si shkoi? Skanoni kodin dhe na jepni vlerësimin tuaj.',
  ar: 'كيف كانت تجربتك؟ امسح الرمز وأعطنا تقييمك.',
  zh: '您觉得怎么样？请扫描二维码，给我们评分。',
  uk: 'Як усе пройшло? Відскануйте код і дайте нам свою оцінку.',
  es: '¿Qué tal ha ido? Escanee el código y denos su valoración.',
};
