// The collector's error answers in English about people, roles, administrations, offices, services, terminals and signing in (server/admin, server/auth, server/store, server/terminals).

export const MANAGE_EN = {};

export type ManageWords = typeof MANAGE_EN;
