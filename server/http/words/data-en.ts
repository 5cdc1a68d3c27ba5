// The collector's error answers in English about votes, reports, participation and the public page (server/ingest, server/reports, server/participation, server/public).

export const DATA_EN = {};

export type DataWords = typeof DATA_EN;
