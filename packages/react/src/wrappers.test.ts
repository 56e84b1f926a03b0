import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  HapurServiceInfo as ServiceInfoElement,
  HapurServiceList as ServiceListElement,
  HapurProvider as ProviderElement,
} from '@hapur/elements';
import { HapurProvider, HapurServiceInfo, HapurServiceList } from './index.js';

// Server rendering with react-dom/server. In Node, Lit's own DOM shim provides `customElements`.
// @lit/react sets element *properties* (serviceId, client, onHapurLoad…) only in the browser, after
// hydration; on the server it renders the tag, plain attributes (kebab-case names included) and children.

// Attributes any React user passes: id, className (→ class), data-* and aria-*.
const common = { id: 'block-1', className: 'wide', 'data-testid': 'x', 'aria-label': 'Shërbimi' };

const wrappers = [
  {
    name: HapurServiceInfo.displayName,
    tag: 'hapur-service-info',
    element: ServiceInfoElement,
    make: () => createElement(HapurServiceInfo, common),
  },
  {
    name: HapurServiceList.displayName,
    tag: 'hapur-service-list',
    element: ServiceListElement,
    make: () => createElement(HapurServiceList, common),
  },
  {
    name: HapurProvider.displayName,
    tag: 'hapur-provider',
    element: ProviderElement,
    make: () => createElement(HapurProvider, common),
  },
];

const render = (element: ReactElement) => renderToString(element);

describe('@hapur/react wrappers (server render)', () => {
  for (const { name, tag, element, make } of wrappers) {
    test(`${name} registers <${tag}> with the element class it wraps`, () => {
      assert.equal(customElements.get(tag), element);
      assert.equal(name, element.name);
    });

    test(`${name} renders <${tag}> with id, class, data- and aria- attributes`, () => {
      const html = render(make());
      const open = new RegExp(`^<${tag}\\b[^>]*>`).exec(html)?.[0];
      assert.ok(open, `expected the output to start with <${tag}>, got ${html}`);
      assert.match(open, /\bid="block-1"/);
      assert.match(open, /\bclass="wide"/);
      assert.match(open, /\bdata-testid="x"/);
      assert.match(open, /\baria-label="Shërbimi"/);
      assert.ok(html.endsWith(`</${tag}>`));
    });
  }

  test('kebab-case attributes reach the server HTML, so the element can load before hydration', () => {
    const html = render(
      createElement(HapurServiceInfo, {
        'service-id': 'example-building-permit',
        'heading-level': '3',
      } as Parameters<typeof HapurServiceInfo>[0]),
    );
    assert.match(html, /<hapur-service-info [^>]*service-id="example-building-permit"/);
    assert.match(html, /heading-level="3"/);
  });

  test('handlers and objects are not serialized into the HTML', () => {
    const html = render(
      createElement(HapurServiceList, {
        institution: 'xk-example-municipality',
        client: { listServices: () => Promise.resolve([]) } as unknown as ServiceListElement['client'],
        onHapurLoad: () => undefined,
        onHapurError: () => undefined,
      }),
    );
    assert.match(html, /^<hapur-service-list[^>]*>/);
    assert.doesNotMatch(html, /object Object|onhapur|=>/i);
  });

  test('children render inside the provider, in order', () => {
    const html = render(
      createElement(
        HapurProvider,
        { api: '/api/v1' },
        createElement(HapurServiceList, { id: 'list' }),
        createElement(HapurServiceInfo, { id: 'info' }),
      ),
    );
    assert.match(
      html,
      /^<hapur-provider[^>]*><hapur-service-list id="list"><\/hapur-service-list><hapur-service-info id="info"><\/hapur-service-info><\/hapur-provider>$/,
    );
  });
});
