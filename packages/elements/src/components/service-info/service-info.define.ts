import { defineElement } from '../../internal/define.js';
import { HapurServiceInfo } from './service-info.js';

defineElement('hapur-service-info', HapurServiceInfo);
