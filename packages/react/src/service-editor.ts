// A staff block's own entry registers the tag and exports the class (it is not in `@hapur/elements`).
import { HapurServiceEditor as EditorElement } from '@hapur/elements/service-editor.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { serviceEditorEvents } from './events.js';

/**
 * `<hapur-service-editor>`: staff keep their institution's service cards current (sign-in with a staff token,
 * the card's fields in its languages beside the live preview, save with a conflict check, withdraw, history).
 * Props: `api`, `token`, `client`, `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`,
 * `onHapurServiceSave`.
 */
export const HapurServiceEditor = createComponent({
  react: React,
  tagName: 'hapur-service-editor',
  elementClass: EditorElement,
  events: serviceEditorEvents,
  displayName: 'HapurServiceEditor',
});
