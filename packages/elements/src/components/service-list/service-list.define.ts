import '../service-info/service-info.define.js';
import { defineElement } from '../../internal/define.js';
import { HapurServiceList } from './service-list.js';

defineElement('hapur-service-list', HapurServiceList);
