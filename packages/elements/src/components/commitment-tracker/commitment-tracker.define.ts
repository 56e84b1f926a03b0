import { defineElement } from '../../internal/define.js';
import { HapurCommitmentTracker } from './commitment-tracker.js';

defineElement('hapur-commitment-tracker', HapurCommitmentTracker);
