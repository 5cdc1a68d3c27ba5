// Italian texts of the «Consegne» page: what the collector sent or is still trying to send, and why it failed.
import { italianArticle } from '../../../server/contract/italian-articles';
import type { Delivery } from '../../../server/contract/delivery';
import { KEEP_FAILED_DAYS, MAX_DELIVERY_ATTEMPTS } from '../../../server/contract/delivery-paths';

export const D = {
  intro: `E-mail e chiamate webhook di questa amministrazione. Un invio che non riesce viene ritentato con attese crescenti, fino a ${MAX_DELIVERY_ATTEMPTS} tentativi, tranne i rifiuti definitivi, abbandonati subito: e-mail spenta su questo collettore, messaggio rifiutato dal server di posta in modo definitivo (codice 5xx), destinatario disattivato o che non può più leggere il report, webhook eliminato o con un indirizzo in una rete privata o locale che l’installazione non consente. Un invio abbandonato resta qui come non riuscito per ${KEEP_FAILED_DAYS} giorni, per poterlo inviare di nuovo; poi viene cancellato, con il destinatario e il contenuto.`,
  empty: 'Nessun invio per questa amministrazione: qui compariranno i report via e-mail, gli avvisi e le prove dei webhook.',
  problems: (n: number) => (n === 1 ? '1 invio non riuscito o in attesa di nuovo tentativo.' : `${n} invii non riusciti o in attesa di nuovo tentativo.`),
  allGood: 'Nessun invio in difficoltà.',
  headers: ['Stato', 'Tipo', 'Destinatario', 'Contenuto', 'Tentativi', 'Ultimo errore', 'Prossimo tentativo', 'Azioni'],
  email: 'E-mail',
  webhook: 'Webhook',
  failed: 'Non riuscito',
  retrying: 'In attesa di nuovo tentativo',
  queued: 'In coda',
  sent: 'Inviato',
  sentAt: (when: string) => `inviato ${italianArticle(when)}`,
  failedAt: (when: string) => `abbandonato ${italianArticle(when)}`,
  noRetry: 'nessuno: invialo di nuovo',
  soon: 'a breve',
  retry: 'Invia di nuovo',
  reload: 'Aggiorna',
  listedOf: (parts: { state: string; listed: number; total: number }[]) =>
    `Sono elencati i più recenti: ${parts.map((p) => `${p.state.toLocaleLowerCase('it')} ${p.listed.toLocaleString('it-IT')} su ${p.total.toLocaleString('it-IT')}`).join(', ')}.`,
  showMore: (n: number) => `Mostra fino a ${n} per stato`,
  createdAt: (when: string) => `creato ${italianArticle(when)}`,
  // The collector's errors by their known shapes (server/delivery/send-webhook.ts, deliver-outbox.ts), read by plainError.
  cannotReach: (host: string, reason: string) => `Impossibile raggiungere ${host}: ${reason}.`,
  noAnswer: (host: string, seconds: string) => `Nessuna risposta da ${host} entro ${seconds} secondi.`,
  redirected: (host: string, status: string) => `${host} ha risposto ${status} (un reindirizzamento): indicare nel webhook l'indirizzo finale.`,
  answeredError: (host: string, status: string, body: string | undefined) => `${host} ha risposto con errore ${status}${body ? `: «${body}»` : ''}.`,
  mailRefused: (reason: string) => `Il server di posta lo ha rifiutato: ${reason}`,
  emailOff: "L'invio di e-mail è spento su questo collettore (SMTP_URL non impostato): impostare SMTP_URL e MAIL_FROM, riavviare, poi inviare di nuovo.",
  webhookDeleted: 'Il webhook è stato eliminato prima che la chiamata potesse partire.',
  /** Node's network error codes, as plainError adds them to a message. */
  networkCodes: {
    ECONNREFUSED: 'connessione rifiutata, nessun servizio in ascolto',
    ENOTFOUND: 'nome del server sconosciuto',
    EAI_AGAIN: 'nome del server non risolto per ora',
    ETIMEDOUT: 'tempo scaduto',
    ECONNRESET: 'connessione interrotta',
    EHOSTUNREACH: 'server irraggiungibile',
    ENETUNREACH: 'rete irraggiungibile',
    CERT_HAS_EXPIRED: 'certificato scaduto',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'certificato non riconosciuto',
  },
};

// Keyed rather than a Record<string, string>, so tsc names a source the English table leaves out.
export const SOURCE_LABELS = {
  subscription: 'Rapporto in abbonamento',
  alert: 'Avviso',
  'webhook-test': 'Prova del webhook',
};

/** A source newer than this page is shown by its id rather than hidden. */
export const sourceLabel = (d: Delivery) => (SOURCE_LABELS as Readonly<Record<string, string | undefined>>)[d.source] ?? d.source;

/**
 * The collector's error in plain words where its shape is known (server/delivery/send-webhook.ts,
 * deliver-outbox.ts); anything else is shown as the collector wrote it, never hidden. The words are
 * D's, so the English table translates them too.
 */
export function plainError(message: string | null): string {
  if (!message) return '—';
  const codes: Readonly<Record<string, string | undefined>> = D.networkCodes;
  const code = (s: string) => codes[s.trim()] ?? s.trim();
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^cannot reach (\S+): (.+)$/))) return D.cannotReach(m[1]!, code(m[2]!));
  if ((m = message.match(/^no answer within (\d+) s from (\S+)$/))) return D.noAnswer(m[2]!, m[1]!);
  if ((m = message.match(/^(\S+) answered (\d{3}) \(a redirect\)/))) return D.redirected(m[1]!, m[2]!);
  if ((m = message.match(/^(\S+) answered (\d{3})(?:: (.*))?$/))) return D.answeredError(m[1]!, m[2]!, m[3]);
  if ((m = message.match(/^the mail server refused it: (.*)$/))) return D.mailRefused(m[1]!);
  if (message.startsWith('E-mail is off on this collector')) return D.emailOff;
  if (message === 'the webhook was deleted before this call could be made') return D.webhookDeleted;
  const net = Object.keys(codes).find((c) => message.includes(c));
  return net ? `${message} (${codes[net]})` : message;
}
