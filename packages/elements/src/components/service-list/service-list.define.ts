import { defineElement } from '../../internal/define.js';
// The list renders <hapur-service-info> cards, so it registers them too, through the card's own module. In the CDN
// loader's build the list's module holds a copy of the card's (vite.config.ts, CARRIED): one file for a page with both.
import '../service-info/service-info.define.js';
import { HapurServiceList } from './service-list.js';

defineElement('hapur-service-list', HapurServiceList);
