/**
 * Proto JSON history (as `temporal workflow show -o json` writes it) → History for the replayer. The SDK's own
 * `historyFromJSON` fails here because npm installed two copies of protobufjs 8 (one under @temporalio/common,
 * one under @temporalio/proto) and the parser rejects the other copy's types; this loads the parser from the
 * same copy as the proto definitions.
 */
import { createRequire } from 'node:module';

const protoRequire = createRequire(createRequire(import.meta.url).resolve('@temporalio/proto'));

/** A method of a CommonJS module object, bound to it; throws a readable error when the module changed shape. */
function method(owner: unknown, name: string): (...args: unknown[]) => unknown {
  const value: unknown = typeof owner === 'object' && owner !== null ? Reflect.get(owner, name) : undefined;
  if (typeof value !== 'function') throw new Error(`expected ${name}() on the loaded protobuf module`);
  return (...args) => Reflect.apply(value, owner, args);
}

export function historyFromProtoJson(json: unknown): unknown {
  const root = method(protoRequire('@temporalio/proto/lib/patch-protobuf-root'), 'patchProtobufRoot')(protoRequire('@temporalio/proto'));
  const historyType = method(root, 'lookupType')('temporal.api.history.v1.History');
  return method(protoRequire('protobufjs/ext/protojson'), 'fromJson')(historyType, json, { ignoreUnknownFields: true });
}
