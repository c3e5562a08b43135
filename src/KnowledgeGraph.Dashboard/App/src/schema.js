// What the dashboard knows of the model comes from the API's own schema (introspection), not from a copy: the node
// kinds (with their descriptions) and, for every kind, which connection field follows which relationship type.
import { kindColor } from './palette.js';

const INTROSPECTION = `query DashboardSchema {
  kinds: __type(name: "NodeKind") { enumValues { name description } }
  schema: __schema { types { name kind description fields { name type { kind name ofType { kind name ofType { kind name } } } } } }
}`;

const named = (type) => (type ? type.name ?? named(type.ofType) : null);
const leaf = (type) => (type.ofType ? leaf(type.ofType) : type);

export async function loadSchema(client) {
  const data = await client.request('schema', INTROSPECTION);
  const kinds = data.kinds.enumValues.map((v, i) => ({ name: v.name, description: v.description, color: kindColor(i) }));
  const types = new Map(data.schema.types.map((t) => [t.name, t]));
  // kind -> [{ field, relationship }] from the connection types' descriptions ("... through FUNDED_BY.").
  const relationshipFields = new Map();
  for (const kind of kinds) {
    const type = types.get(kind.name);
    const fields = [];
    for (const field of type?.fields ?? []) {
      const connection = types.get(named(field.type));
      const match = connection?.name.endsWith('Connection') && /through ([A-Z_]+)\.?$/.exec(connection.description ?? '');
      if (!match) continue;
      // The relationship's own properties: the scalar fields of the connection's edge type.
      const edges = connection.fields.find((f) => f.name === 'edges');
      const edgeType = types.get(named(edges?.type));
      const scalar = (f) => ['SCALAR', 'ENUM'].includes(leaf(f.type).kind) && f.name !== 'cursor';
      const edgeProperties = (edgeType?.fields ?? []).filter(scalar).map((f) => f.name);
      fields.push({ field: field.name, relationship: match[1], edgeProperties });
    }
    relationshipFields.set(kind.name, fields);
  }
  return {
    kinds,
    kind: (name) => kinds.find((k) => k.name === name),
    color: (name) => kinds.find((k) => k.name === name)?.color ?? '#4b5563',
    /** The fields of a kind that follow a relationship type (two for a relationship between nodes of one kind). */
    fieldsFor: (kind, relationship) => (relationshipFields.get(kind) ?? []).filter((f) => f.relationship === relationship),
  };
}
