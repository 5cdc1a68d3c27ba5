// The collector's error answers in Italian about people, roles, administrations, offices, services, terminals and signing in (server/admin, server/auth, server/store, server/terminals).
import type { ManageWords } from './manage-en';

export const MANAGE_IT: ManageWords = {};
