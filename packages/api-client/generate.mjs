// Renders the client's types from an OpenAPI document with openapi-typescript (used by scripts/api-client.mjs
// and by the drift test).
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  '// Generated from packages/api-client/openapi.json by `npm run api:generate` (openapi-typescript). Do not edit.\n';

export async function renderClientTypes(document) {
  const ast = await openapiTS(structuredClone(document), { alphabetize: false });
  return HEADER + astToString(ast);
}
