// Registers every Hapur element (the CDN bundle's entry). Safe to load twice: see internal/define.ts.
import './components/provider/provider.define.js';
import './components/service-info/service-info.define.js';
import './components/service-list/service-list.define.js';

export * from './index.js';
