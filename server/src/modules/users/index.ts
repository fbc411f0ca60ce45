export { countUsers, selectUsers as findUsers } from './users.queries.ts';
export { authRoutes, userRoutes } from './users.routes.ts';
export { accountOpensWith, bootstrapUser, linkEmployerAccount } from './users.service.ts';
