/** Renders the client's types (schema.d.ts) from an OpenAPI document. */
export function renderClientTypes(document: unknown): Promise<string>;
