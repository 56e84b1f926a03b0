import { defineElement } from '../../internal/define.js';
import { HapurFeedbackForm } from './feedback-form.js';

defineElement('hapur-feedback-form', HapurFeedbackForm);
