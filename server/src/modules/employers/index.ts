export { employerImport } from './employer-import.ts';
export { employerImportRoutes } from './employer-imports.routes.ts';
export { employerResource } from './employers.policy.ts';
export { selectEmployerById } from './employers.queries.ts';
export { employerRoutes } from './employers.routes.ts';
export { createEmployer, registerEmployers } from './employers.service.ts';
export { readTaxCode } from './tax-code.ts';
