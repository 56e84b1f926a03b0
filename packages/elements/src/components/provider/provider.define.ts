import { defineElement } from '../../internal/define.js';
import { HapurProvider } from './provider.js';

defineElement('hapur-provider', HapurProvider);
