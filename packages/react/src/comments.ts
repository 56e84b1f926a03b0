import '@hapur/elements/comments.js';
import { HapurComments as CommentsElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-comments>`: published citizen comments with the institution's responses, paginated.
 * Props: `planId`, `commitment`, `pageSize`, `api`, `client`, `comments`, `lang`; events: `onHapurLoad`, `onHapurError`.
 */
export const HapurComments = createComponent({
  react: React,
  tagName: 'hapur-comments',
  elementClass: CommentsElement,
  events: dataEvents,
  displayName: 'HapurComments',
});
