// Schemas of the channels beyond the terminals (issue 9): the public votes, the points managers set up, the comments they read.
import { Type, type Static } from 'typebox';
import {
  CHANNEL_POINT_KINDS,
  MAX_CODES_PER_SHEET,
  MAX_COMMENT_DAYS,
  MAX_WEB_COMMENT,
  MIN_COMMENT_DAYS,
  WEB_ANSWER_IDS,
  WEB_COMMENTS_PAGE,
} from './channel-points';
import { TERMINAL_LANGUAGES } from './languages';
import { VoteSchema } from './vote';

const When = Type.String({ format: 'date-time' });
const PointId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'the point\'s id, as in the embed code' });

// ---- Public: what a citizen's browser sends ----

export const WebVoteParamsSchema = Type.Object({ pointId: PointId });
export const WebVoteSchema = Type.Object(
  {
    // The terminals' vote id, the same schema (the 36-character form only), described for the widget.
    id: Type.Optional({
      ...VoteSchema.properties.id,
      description:
        'Made by the widget once per rating (crypto.randomUUID()): the rating sent again with it (a lost answer, «riprova») is stored once and answered as already stored; ' +
        'with other stars, answer or comment it is 409 vote_conflict. Left out (a copy of the widget from before it sent one): a new id each time, so a resend counts twice.',
    }),
    stars: Type.Integer({ minimum: 1, maximum: 5, description: '1 to 5 stars; 5 = ottimo ... 1 = pessimo on the five-face scale' }),
    answer: Type.Optional(Type.Enum(WEB_ANSWER_IDS, { description: 'the answer to the follow-up question; a difficulty for 1-3 stars, a liked aspect for 4-5' })),
    comment: Type.Optional(Type.String({ maxLength: MAX_WEB_COMMENT, description: `optional, at most ${MAX_WEB_COMMENT} characters; e-mail addresses, phone numbers, a codice fiscale and an IBAN are removed before storage` })),
  },
  { additionalProperties: false },
);
export type WebVote = Static<typeof WebVoteSchema>;

export const WebVoteReceiptSchema = Type.Object({
  stored: Type.Literal(true),
  alreadyStored: Type.Optional(Type.Literal(true, { description: 'the same rating had already arrived with this id (the widget lost the answer): stored before, not again' })),
  removed: Type.Array(Type.Enum(['email', 'phone', 'tax_code', 'iban']), { description: 'what was taken out of the comment before storage (empty: nothing): contacts, a codice fiscale, an IBAN' }),
  shortened: Type.Optional(
    Type.Literal(true, { description: `present when the comment, with what was taken out marked, came to more than ${MAX_WEB_COMMENT} characters and was cut to them (ending with …)` }),
  ),
});
export type WebVoteReceipt = Static<typeof WebVoteReceiptSchema>;

/** A single-use code is 22 base64url characters (128 random bits). */
export const VoteCodeSchema = Type.String({ minLength: 22, maxLength: 22, pattern: '^[A-Za-z0-9_-]{22}$', description: 'the code the QR carries' });
/** A language a citizen reads (ISO 639-1; zh is Simplified Chinese). */
const citizenLanguage = (description: string) => Type.Enum([...TERMINAL_LANGUAGES], { description });
export const MobileLookupSchema = Type.Object(
  { code: VoteCodeSchema, language: Type.Optional(citizenLanguage('the page\'s language: the service is named in it where an administrator translated it (Italian otherwise)')) },
  { additionalProperties: false },
);
export const MobileVoteSchema = Type.Object(
  { code: VoteCodeSchema, face: Type.Enum(['positivo', 'sufficiente', 'negativo'], { description: 'one of the three faces' }) },
  { additionalProperties: false },
);
export type MobileVote = Static<typeof MobileVoteSchema>;
/** The answer to a QR vote: 201 stored now, or 200 with alreadyStored when the same vote came again. */
export const MobileVoteReceiptSchema = Type.Object({
  stored: Type.Literal(true),
  alreadyStored: Type.Optional(Type.Literal(true, { description: 'the code had just been spent by this same face: the vote was stored before (the phone lost the answer), and not again' })),
});
export type MobileVoteReceipt = Static<typeof MobileVoteReceiptSchema>;
export type MobileFace = MobileVote['face'];
export const MobileCodeInfoSchema = Type.Object({
  administration: Type.String({ description: 'as the administration names itself, in Italian' }),
  office: Type.String({ description: 'in Italian' }),
  service: Type.String({ description: 'in the language asked for where translated, in Italian otherwise' }),
  serviceLanguage: citizenLanguage('the language `service` is written in: the one asked for, or it'),
});
export type MobileCodeInfo = Static<typeof MobileCodeInfoSchema>;

// ---- Dashboard: points, codes, the operator's votes, comments, the retention setting ----

export const ChannelPointSchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum(CHANNEL_POINT_KINDS),
  administrationId: Type.String(),
  officeId: Type.String(),
  serviceId: Type.Union([Type.String(), Type.Null()], { description: 'the service rated; null for a phone point (the operator picks it per call)' }),
  name: Type.String(),
  createdAt: When,
  archivedAt: Type.Union([When, Type.Null()]),
  embedCode: Type.Union([Type.String(), Type.Null()], { description: 'web points: the HTML to paste into the service\'s page (docs/channels.md), naming the collector by PUBLIC_URL when set' }),
  publicBase: Type.String({ description: 'the collector\'s address in the embed code and the QR codes: PUBLIC_URL, or the address the request came to when it is unset' }),
});
export type ChannelPoint = Static<typeof ChannelPointSchema>;

export const ChannelPointCreateSchema = Type.Object(
  {
    kind: Type.Enum(CHANNEL_POINT_KINDS),
    serviceId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'required for web and qr; not for phone' })),
  },
  { additionalProperties: false },
);
export type ChannelPointCreate = Static<typeof ChannelPointCreateSchema>;

export const CodeSheetRequestSchema = Type.Object({ count: Type.Integer({ minimum: 1, maximum: MAX_CODES_PER_SHEET }) }, { additionalProperties: false });
export const CodeSheetSchema = Type.Object({
  pointId: Type.String(),
  expiresAt: When,
  /** Each code once: the collector keeps only their hashes, so a lost sheet cannot be printed again. */
  codes: Type.Array(Type.Object({ code: Type.String(), url: Type.String({ description: 'what the QR encodes' }), qrSvg: Type.String({ description: 'the QR code as an SVG document, to print' }) })),
});
export type CodeSheet = Static<typeof CodeSheetSchema>;

export const PhoneVoteSchema = Type.Object(
  {
    serviceId: Type.String({ minLength: 1, maxLength: 64 }),
    face: Type.Enum(['positivo', 'sufficiente', 'negativo']),
  },
  { additionalProperties: false },
);
export type PhoneVote = Static<typeof PhoneVoteSchema>;
export const PhoneVoteReceiptSchema = Type.Object({ id: Type.String(), storedAt: When });

export const WebCommentSchema = Type.Object({
  voteId: Type.String(),
  at: When,
  officeId: Type.String(),
  service: Type.String(),
  stars: Type.Integer({ minimum: 1, maximum: 5 }),
  answer: Type.Union([Type.String(), Type.Null()], { description: 'the answer chosen, in the model\'s (Italian) words' }),
  // A string, not the enum: a dashboard older than the collector shows the words for an id it does not know.
  answerId: Type.Union([Type.String(), Type.Null()], { description: 'the answer chosen, by its id (WebVote.answer), for a client that words it in its own language' }),
  comment: Type.String(),
  redacted: Type.Boolean({ description: 'an e-mail address or phone number was taken out before storage' }),
});
export type WebComment = Static<typeof WebCommentSchema>;
export const WebCommentsSchema = Type.Object({
  keptDays: Type.Integer({ description: 'comments older than this are deleted (the administration\'s setting)' }),
  total: Type.Integer({ description: 'comments the office holds now, all pages together' }),
  comments: Type.Array(WebCommentSchema, { description: `newest first, at most ${WEB_COMMENTS_PAGE} a page` }),
  next: Type.Union([Type.Object({ before: When, beforeId: Type.String() }), Type.Null()], { description: 'the query of the page of older comments (?before=&beforeId=); null: none left' }),
});
export const WebCommentsQuerySchema = Type.Object({
  before: Type.Optional(When),
  beforeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'with `before`: the last comment\'s vote id, so that the next page also holds the comments of that same instant' })),
});
export type WebComments = Static<typeof WebCommentsSchema>;

export const ChannelSettingsSchema = Type.Object({
  administrationId: Type.String(),
  commentDays: Type.Integer({ minimum: MIN_COMMENT_DAYS, maximum: MAX_COMMENT_DAYS }),
});
export type ChannelSettings = Static<typeof ChannelSettingsSchema>;
export const ChannelSettingsInputSchema = Type.Object(
  { commentDays: Type.Integer({ minimum: MIN_COMMENT_DAYS, maximum: MAX_COMMENT_DAYS, description: `days a web comment is kept, ${MIN_COMMENT_DAYS}-${MAX_COMMENT_DAYS}` }) },
  { additionalProperties: false },
);
