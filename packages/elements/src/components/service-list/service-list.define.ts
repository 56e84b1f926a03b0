import { defineElement } from '../../internal/define.js';
import { HapurServiceInfo } from '../service-info/service-info.js';
import { HapurServiceList } from './service-list.js';

// The list renders <hapur-service-info> cards, so it registers them too.
defineElement('hapur-service-info', HapurServiceInfo);
defineElement('hapur-service-list', HapurServiceList);
