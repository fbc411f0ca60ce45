export { authRoutes, userRoutes } from './users.routes.ts';
export { bootstrapUser } from './users.service.ts';
export { countUsers } from './users.queries.ts';
