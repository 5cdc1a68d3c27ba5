// The collector's error answers in Italian about votes, reports, participation and the public page (server/ingest, server/reports, server/participation, server/public).
import type { DataWords } from './data-en';

export const DATA_IT: DataWords = {};
