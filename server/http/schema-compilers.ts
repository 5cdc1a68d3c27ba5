// The compilers that turn the routes' TypeBox schemas into validators and serializers, kept for the
// whole process rather than per Fastify instance.
//
// Why: Fastify makes a fresh Ajv and a fresh set of fast-json-stringify serializers for every
// instance, so every collector built in one process compiles every route's schemas again: about
// two thirds of the half second buildApp takes. One collector per process never notices; the test
// suite builds hundreds per worker, and a restart inside a process (tests of restarts, the benches)
// repeats it. The schemas are module constants, so the same object is the same schema: Ajv already
// caches by schema object within one instance of itself, and serializers are cached here the same way.
import type { FastifyServerOptions } from 'fastify';
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type BuildSerializer = NonNullable<CompilersFactory['buildSerializer']>;
type Serializer = (doc: unknown) => string;

/** One Ajv per distinct set of options and shared schemas (the pool the default makes per instance). */
const buildValidator = AjvCompiler();

const selectSerializer = SerializerSelector();
/** Compiled serializers per set of options and shared schemas, then per response schema object. */
const serializers = new Map<string, WeakMap<object, Serializer>>();

const buildSerializer: BuildSerializer = (externalSchemas, serializerOptions) => {
  const compile = selectSerializer(externalSchemas, serializerOptions);
  const key = JSON.stringify([externalSchemas ?? {}, serializerOptions ?? {}]);
  let cache = serializers.get(key);
  if (!cache) serializers.set(key, (cache = new WeakMap()));
  const known = cache;
  return (route) => {
    const schema = route.schema as object;
    // A boolean or otherwise non-object schema cannot be a WeakMap key: compiled each time, as before.
    if (typeof schema !== 'object' || schema === null) return compile(route);
    let serializer = known.get(schema);
    if (!serializer) known.set(schema, (serializer = compile(route)));
    return serializer;
  };
};

export const compilersFactory: CompilersFactory = { buildValidator, buildSerializer };
