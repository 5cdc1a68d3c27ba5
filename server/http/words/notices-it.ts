// The collector's error answers in Italian about alerts, e-mail subscriptions, deliveries, channels and metrics (server/alerts, server/subscriptions, server/delivery, server/channels, server/metrics).
import type { NoticesWords } from './notices-en';

export const NOTICES_IT: NoticesWords = {};
