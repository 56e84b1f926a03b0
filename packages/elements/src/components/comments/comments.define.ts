import { defineElement } from '../../internal/define.js';
import { HapurComments } from './comments.js';

defineElement('hapur-comments', HapurComments);
