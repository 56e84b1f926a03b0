// hapur.all.js: the downloads' module inside (every block is in that file already; a chunk would cost it more).
export { buildExport } from './tracker-download.js';
