// The files of a fresh consumer app, written into a temporary directory by pack-install.e2e.ts: one page
// with the custom elements and the SDK, one React page with @hapur/react, and a strict tsconfig so that
// `tsc` proves the published .d.ts files resolve for a consumer.

const elementsHtml = `<!doctype html>
<html lang="sq">
  <head><meta charset="utf-8" /><title>Hapur: elements</title></head>
  <body>
    <hapur-provider api="/api/v1">
      <hapur-service-list institution="xk-example-municipality"></hapur-service-list>
    </hapur-provider>
    <hapur-service-info id="info" service-id="example-building-permit"></hapur-service-info>
    <script type="module" src="./main.ts"></script>
  </body>
</html>
`;

const elementsMain = `import type { HapurServiceInfo } from '@hapur/elements';
import '@hapur/elements/all.js';
import { createClient } from '@hapur/sdk';

const info = document.querySelector<HapurServiceInfo>('#info');
if (info) info.client = createClient({ baseUrl: new URL('/api/v1', location.href) });
info?.addEventListener('hapur-load', (event) => console.info(event.detail.source));
`;

const reactHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Hapur: React</title></head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

const reactMain = `import React from 'react';
import { createRoot } from 'react-dom/client';
import { HapurProvider, HapurServiceInfo, HapurServiceList, type HeadingLevel } from '@hapur/react';

// The page records what the event props receive, for the test to read.
const record = (key: string, value: string) => {
  document.body.dataset[key] = value;
};
const level: HeadingLevel = 3;

createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <HapurProvider api="/api/v1">
      <HapurServiceInfo
        dataSrc="./service.json"
        headingLevel={level}
        onHapurLoad={(event) => record('infoLoad', event.detail.source)}
        onHapurError={(event) => record('infoError', String(event.detail.error))}
      />
      <HapurServiceList
        dataSrc="./services.json"
        onHapurLoad={(event) => record('listLoad', event.detail.source)}
        onHapurError={(event) => record('listError', String(event.detail.error))}
      />
    </HapurProvider>
  </React.StrictMode>,
);

// Never rendered: heading levels are 2–6, and tsc must say so (proves the props are typed, not any).
export function typeOnly() {
  // @ts-expect-error: 9 is not a HeadingLevel
  return <HapurServiceInfo headingLevel={9} />;
}
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['main.ts', 'react/main.tsx'],
};

/** Relative path → contents. */
export const consumerApp: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'hapur-pack-consumer', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify(tsconfig, null, 2),
  'index.html': elementsHtml,
  'main.ts': elementsMain,
  'react/index.html': reactHtml,
  'react/main.tsx': reactMain,
  // Server-side render from the installed packages, in plain Node (no source condition, no TypeScript).
  'ssr.mjs': `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { HapurServiceInfo } from '@hapur/react';
import { createClient } from '@hapur/sdk';
console.log(JSON.stringify({
  html: renderToString(createElement(HapurServiceInfo, { id: 'info', 'service-id': 'example-building-permit' })),
  createClient: typeof createClient,
  startServer: typeof (await import('@hapur/server')).startServer,
}));
`,
};
