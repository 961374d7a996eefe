/**
 * The PostgreSQL schema of a subgraph's audit log: `audit_<subgraph>`, in the subgraph's own store. Apart from
 * the subgraph's data schema, so that the three providers sharing one database keep three chains, and the log's
 * migrations are the kit's, not the subgraph's.
 */
export function auditSchemaName(subgraph: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(subgraph)) throw new Error(`Not a subgraph name: "${subgraph}"`);
  return `audit_${subgraph}`;
}
