/**
 * Reads a table's zod schema as a list of typed columns. This is the one mapping from zod to the
 * storage types every writer uses (CSV, Arrow, Parquet) and to the data dictionary.
 */
import type { z } from 'zod';

export type ColumnKind = 'string' | 'int32' | 'float64' | 'boolean' | 'timestamp' | 'string_list';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
}

export interface TableDef<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  schema: S;
  columns: Column[];
}

function kindOf(def: any, name: string): ColumnKind {
  switch (def.type) {
    case 'string':
      return def.format === 'datetime' ? 'timestamp' : 'string';
    case 'enum':
      return 'string';
    case 'number':
      return def.format === 'int32' ? 'int32' : 'float64';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (def.element._zod.def.type === 'string') return 'string_list';
      break;
  }
  throw new Error(`column ${name}: no storage type for zod type "${def.type}"`);
}

/** Builds a table definition from a zod object schema; descriptions come from `.describe()`. */
export function defineTable<S extends z.ZodObject>(name: string, description: string, schema: S): TableDef<S> {
  const columns = Object.entries(schema.shape).map(([col, s]) => {
    const zs = s as z.ZodType;
    let def: any = zs._zod.def;
    const nullable = def.type === 'nullable';
    if (nullable) def = def.innerType._zod.def;
    return { name: col, kind: kindOf(def, col), nullable, description: zs.description ?? '' };
  });
  return { name, description, schema, columns };
}
