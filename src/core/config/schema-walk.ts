/**
 * Walks a zod (v4) schema: peels wrappers (optional, default, …), finds the schema of a key and
 * reads metadata on the way. Used to name the known keys of an object in config errors and to find
 * the fields a plugin marks `.meta({ secret: true })`.
 */
import { z } from 'zod';

type Schema = z.core.$ZodType;

/** Wrapper kinds that hold one inner schema and change nothing about the keys inside it. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional', 'success']);

function def(schema: Schema): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

/** The schemas met while peeling wrappers, outermost first; the last one is the core schema. */
export function layers(schema: Schema): Schema[] {
  const out: Schema[] = [schema];
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const d = def(current);
    let next: Schema | undefined;
    if (wrappers.has(d.type)) next = d.innerType as Schema;
    else if (d.type === 'pipe') next = d.in as Schema;
    else if (d.type === 'lazy') next = (d.getter as () => Schema)();
    if (!next) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** The schema with its wrappers peeled. */
export function unwrap(schema: Schema): Schema {
  const all = layers(schema);
  return all[all.length - 1]!;
}

/** Metadata merged over all layers (inner layers first, outer ones win). */
export function metaOf(schema: Schema): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const layer of layers(schema).reverse()) Object.assign(merged, z.globalRegistry.get(layer) ?? {});
  return merged;
}

/** The shape of an object schema (after unwrapping), or undefined when it is not an object. */
export function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const core = unwrap(schema);
  const d = def(core);
  return d.type === 'object' ? (d.shape as Record<string, Schema>) : undefined;
}

/** The schema that validates `value[key]`, when it can be told. */
export function childSchema(schema: Schema, key: PropertyKey): Schema | undefined {
  const core = unwrap(schema);
  const d = def(core);
  switch (d.type) {
    case 'object': {
      const shape = d.shape as Record<string, Schema>;
      return typeof key === 'string' && key in shape ? shape[key] : (d.catchall as Schema | undefined);
    }
    case 'record':
      return d.valueType as Schema;
    case 'array':
      return d.element as Schema;
    case 'tuple':
      return typeof key === 'number' ? (d.items as Schema[])[key] : undefined;
    case 'union': {
      for (const option of d.options as Schema[]) {
        const found = childSchema(option, key);
        if (found) return found;
      }
      return undefined;
    }
    case 'intersection':
      return childSchema(d.left as Schema, key) ?? childSchema(d.right as Schema, key);
    default:
      return undefined;
  }
}

/** The schema at a path of keys, when it can be told. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    current = childSchema(current, key);
  }
  return current;
}
