import { defineElement } from '../../internal/define.js';
// The editor previews the real <hapur-service-info> card, so it registers it too (as the service list does).
import '../service-info/service-info.define.js';
import { HapurServiceEditor } from './service-editor.js';

defineElement('hapur-service-editor', HapurServiceEditor);

// A staff block is not in `@hapur/elements` (index.ts) nor in the CDN bundle: this entry is its public door.
export { HapurServiceEditor };
