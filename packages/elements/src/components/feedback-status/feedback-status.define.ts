import { defineElement } from '../../internal/define.js';
import { HapurFeedbackStatus } from './feedback-status.js';

defineElement('hapur-feedback-status', HapurFeedbackStatus);
