// Registers every Hapur element (the CDN bundle's entry). Safe to load twice: see internal/define.ts.
// The defineElement calls live HERE, not only in side-effect imports of the *.define.ts modules:
// package.json "sideEffects" lists this file, so bundlers (Vite, Storybook's build) keep these calls,
// while a bare `import './x.define.js'` from here would be tree-shaken away (it was: measured).
import { HapurProvider } from './components/provider/provider.js';
import { HapurServiceInfo } from './components/service-info/service-info.js';
import { HapurServiceList } from './components/service-list/service-list.js';
import { defineElement } from './internal/define.js';

defineElement('hapur-provider', HapurProvider);
defineElement('hapur-service-info', HapurServiceInfo);
defineElement('hapur-service-list', HapurServiceList);

export * from './index.js';
