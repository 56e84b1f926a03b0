// hapur.all.js: the file readers inside (zod is in that file for other blocks anyway), where `tracker-documents.ts`
// loads them on first need.
export { loadTrackerData, readTrackerDocuments } from './tracker-source.js';
