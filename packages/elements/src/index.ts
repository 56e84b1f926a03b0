// The public door of @hapur/elements: classes and event types. Importing it registers nothing;
// import '@hapur/elements/all.js' (or the CDN bundle, or one block's `<name>.define.js`) to define the tags.
export * from './api.js';
// The staff blocks' events: their blocks load on their own entries, never from all.ts, so hapur.all.js does not carry
// them (~70 B gzip; a class it exported would never be the class of an event a staff block sends).
export * from './events/staff.js';
