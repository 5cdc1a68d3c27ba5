// The collector's error answers in English about alerts, e-mail subscriptions, deliveries, channels and metrics (server/alerts, server/subscriptions, server/delivery, server/channels, server/metrics).

export const NOTICES_EN = {};

export type NoticesWords = typeof NOTICES_EN;
