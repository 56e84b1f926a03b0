import { defineElement } from '../../internal/define.js';
// The list renders <hapur-service-info> cards, so it registers them too: through the card's own module, so that a
// page with a list downloads the card's code in the card's one file (no extra shared chunk).
import '../service-info/service-info.define.js';
import { HapurServiceList } from './service-list.js';

defineElement('hapur-service-list', HapurServiceList);
