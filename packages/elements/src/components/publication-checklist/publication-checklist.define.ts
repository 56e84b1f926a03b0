import { defineElement } from '../../internal/define.js';
import { HapurPublicationChecklist } from './publication-checklist.js';

defineElement('hapur-publication-checklist', HapurPublicationChecklist);
