// Every client function, in one namespace: one module per resource, each function named by its route id (the route
// table's `table-*.ts`) and taking the core first. `createClient` binds each function whose name is a route id, public
// routes always and staff routes with a token, so a new function in one of these modules is on the client, typed, with
// no other change; a new resource module is one line here. `index.ts` exports all of them.
export * from './plans.js';
export * from './comments.js';
export * from './services.js';
export * from './institutions.js';
export * from './feedback.js';
export * from './participation.js';
export * from './publication.js';
export * from './staff.js';
export * from './inbox.js';
export * from './cocreation.js';
export * from './service-upkeep.js';
export * from './progress.js';
export * from './self-assessment.js';
