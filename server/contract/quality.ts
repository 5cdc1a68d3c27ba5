// Quality dimensions of public services and the default reasons for a negative vote.
import type { Translations } from './languages';

/** The dimensions public bodies use in their service charters (Carta dei servizi). */
export const QUALITY_DIMENSIONS = ['accessibility', 'timeliness', 'transparency', 'effectiveness'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/** A reason an administration offers after a negative vote. */
export interface ReasonDefinition {
  code: string;
  label: string;
  /** null for "something else", which speaks to no dimension in particular. */
  dimension: QualityDimension | null;
}

/**
 * The four reasons of the national programme. "Having to come back" is filed under transparency:
 * in practice a second visit is needed when the citizen was not told clearly what to bring.
 */
export const DEFAULT_REASONS: readonly ReasonDefinition[] = [
  { code: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness' },
  { code: 'servizio', label: 'Il servizio ricevuto', dimension: 'effectiveness' },
  { code: 'ritorno', label: 'Devo tornare un’altra volta', dimension: 'transparency' },
  { code: 'altro', label: 'Altro', dimension: null },
];

/**
 * The default reasons in every other language of the terminal, stored as the administration's own
 * translations when it is created (and editable there like any other): without them a tourist who
 * chose German read «Was lief nicht gut?» above four Italian answers.
 */
export const DEFAULT_REASON_TRANSLATIONS: Readonly<Record<string, Required<Translations>>> = {
  attesa: { de: 'Wartezeit', fr: 'Temps d’attente', sl: 'Čakalna doba', en: 'Waiting time', ro: 'Timpul de așteptare', sq: 'Koha e pritjes', ar: 'وقت الانتظار', zh: '等候时间', uk: 'Час очікування', es: 'Tiempo de espera' },
  servizio: { de: 'Die erhaltene Leistung', fr: 'Le service reçu', sl: 'Prejeta storitev', en: 'The service I received', ro: 'Serviciul primit', sq: 'Shërbimi i marrë', ar: 'الخدمة التي تلقيتها', zh: '所获得的服务', uk: 'Отримана послуга', es: 'El servicio recibido' },
  ritorno: {
    de: 'Ich muss ein anderes Mal wiederkommen',
    fr: 'Je dois revenir une autre fois',
    sl: 'Moram priti še enkrat',
    en: 'I have to come back another time',
    ro: 'Trebuie să revin altă dată',
    sq: 'Duhet të kthehem një herë tjetër',
    ar: 'يجب أن أعود مرة أخرى',
    zh: '我还得再来一次',
    uk: 'Мені доведеться прийти ще раз',
    es: 'Tengo que volver otro día',
  },
  altro: { de: 'Anderes', fr: 'Autre', sl: 'Drugo', en: 'Other', ro: 'Altceva', sq: 'Tjetër', ar: 'أخرى', zh: '其他', uk: 'Інше', es: 'Otro' },
};

/** The rows of reason_translations for an administration's default reasons (ids `${administration}-${code}`). */
export function defaultReasonTranslationRows(administrationId: string): { reason_id: string; language: string; label: string }[] {
  return DEFAULT_REASONS.flatMap((r) => Object.entries(DEFAULT_REASON_TRANSLATIONS[r.code] ?? {}).map(([language, label]) => ({ reason_id: `${administrationId}-${r.code}`, language, label })));
}
