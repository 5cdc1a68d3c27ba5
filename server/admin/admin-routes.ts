// The management API as one plugin: administrations, offices, services, reasons, terminals, people, audit log.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { administrationRoutes } from './administrations/routes';
import { apiKeyRoutes } from './api-keys/routes';
import { logoRoutes } from './administrations/logo-routes';
import { auditRoutes } from './audit/routes';
import type { AdminDeps } from './deps';
import { officeRoutes } from './offices/routes';
import { reasonRoutes } from './reasons/routes';
import { serviceRoutes } from './services/routes';
import { terminalAttentionRoutes } from './terminals/attention-routes';
import { terminalNameRoutes } from './terminals/name-routes';
import { terminalAdminRoutes } from './terminals/routes';
import { userRoutes } from './users/routes';

export type { AdminDeps };

export const adminRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime, publicUrl }) => {
  // Only the deps go on: the options also carry this plugin's own prefix, which would apply twice.
  const deps: AdminDeps = { db, now, realtime, publicUrl };
  for (const routes of [administrationRoutes, officeRoutes, serviceRoutes, reasonRoutes, terminalAdminRoutes, terminalNameRoutes, terminalAttentionRoutes, userRoutes, auditRoutes, apiKeyRoutes, logoRoutes]) {
    await app.register(routes, deps);
  }
};
