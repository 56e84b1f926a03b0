import { defineElement } from '../../internal/define.js';
import { HapurParticipationStats } from './participation-stats.js';

defineElement('hapur-participation-stats', HapurParticipationStats);
