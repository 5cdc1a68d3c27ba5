// Whether a text is an e-mail address by the same rule as the API's (UserCreateSchema's email,
// compiled by the Ajv the collector uses): a person the command line creates is one the
// dashboard would have accepted.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { UserCreateSchema } from '../contract/admin';

let check: ((value: unknown) => boolean) | null = null;

export function isEmailAddress(value: string): boolean {
  check ??= AjvCompiler()({}, { customOptions: {} })({ schema: UserCreateSchema.properties.email, method: 'POST', url: '/cli', httpPart: 'body' }) as (value: unknown) => boolean;
  return check(value.trim());
}
