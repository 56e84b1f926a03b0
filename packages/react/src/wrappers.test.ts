import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { readFileSync } from 'node:fs';
import * as PublicBlocks from '@hapur/elements';
import * as StaffInbox from '@hapur/elements/staff-inbox.js';
import * as ProgressReport from '@hapur/elements/progress-report.js';
import * as ServiceEditor from '@hapur/elements/service-editor.js';
import * as ParticipationCalendar from '@hapur/elements/participation-calendar.js';
import * as ReasonedResponse from '@hapur/elements/reasoned-response.js';
import {
  HapurComments,
  HapurCommitmentTracker,
  HapurFeedbackForm,
  HapurFeedbackStatus,
  HapurParticipationStats,
  HapurParticipationCalendar,
  HapurReasonedResponse,
  HapurProvider,
  HapurPublicationChecklist,
  HapurServiceInfo,
  HapurServiceList,
  HapurStaffInbox,
  HapurProgressReport,
  HapurServiceEditor,
} from './index.js';
import {
  checklistEvents,
  dataEvents,
  feedbackFormEvents,
  progressReportEvents,
  serviceEditorEvents,
  staffInboxEvents,
  trackerEvents,
} from './events.js';

// The public blocks' door plus each staff block's own entry (staff blocks stay out of `@hapur/elements`).
const Elements = {
  ...PublicBlocks,
  ...StaffInbox,
  ...ProgressReport,
  ...ServiceEditor,
  ...ParticipationCalendar,
  ...ReasonedResponse,
};

// Server rendering with react-dom/server. In Node, Lit's own DOM shim provides `customElements`.
// @lit/react sets element *properties* (serviceId, client, onHapurLoad…) only in the browser, after
// hydration; on the server it renders the tag, plain attributes (kebab-case names included) and children.

// Attributes any React user passes: id, className (→ class), data-* and aria-*.
const common = { id: 'block-1', className: 'wide', 'data-testid': 'x', 'aria-label': 'Shërbimi' };
const noop = () => undefined;
/** Every event prop of a map, bound to a no-op handler. */
const handlers = (events: Record<string, string>) => Object.fromEntries(Object.keys(events).map((k) => [k, noop]));

// One row per wrapper: its tag, the element class it must register, its event map, and how to render it
// with the common attributes plus every event prop.
const wrappers = [
  { tag: 'hapur-provider', component: HapurProvider, events: {}, make: () => createElement(HapurProvider, common) },
  {
    tag: 'hapur-service-info',
    component: HapurServiceInfo,
    events: dataEvents,
    make: () => createElement(HapurServiceInfo, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-service-list',
    component: HapurServiceList,
    events: dataEvents,
    make: () => createElement(HapurServiceList, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-commitment-tracker',
    component: HapurCommitmentTracker,
    events: trackerEvents,
    make: () => createElement(HapurCommitmentTracker, { ...common, ...handlers(trackerEvents) }),
  },
  {
    tag: 'hapur-feedback-form',
    component: HapurFeedbackForm,
    events: feedbackFormEvents,
    make: () => createElement(HapurFeedbackForm, { ...common, ...handlers(feedbackFormEvents) }),
  },
  {
    tag: 'hapur-feedback-status',
    component: HapurFeedbackStatus,
    events: dataEvents,
    make: () => createElement(HapurFeedbackStatus, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-comments',
    component: HapurComments,
    events: dataEvents,
    make: () => createElement(HapurComments, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-participation-stats',
    component: HapurParticipationStats,
    events: dataEvents,
    make: () => createElement(HapurParticipationStats, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-participation-calendar',
    component: HapurParticipationCalendar,
    events: dataEvents,
    make: () => createElement(HapurParticipationCalendar, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-reasoned-response',
    component: HapurReasonedResponse,
    events: dataEvents,
    make: () => createElement(HapurReasonedResponse, { ...common, ...handlers(dataEvents) }),
  },
  {
    tag: 'hapur-publication-checklist',
    component: HapurPublicationChecklist,
    events: checklistEvents,
    make: () => createElement(HapurPublicationChecklist, { ...common, ...handlers(checklistEvents) }),
  },
  {
    tag: 'hapur-staff-inbox',
    component: HapurStaffInbox,
    events: staffInboxEvents,
    make: () => createElement(HapurStaffInbox, { ...common, ...handlers(staffInboxEvents) }),
  },
  {
    tag: 'hapur-progress-report',
    component: HapurProgressReport,
    events: progressReportEvents,
    make: () => createElement(HapurProgressReport, { ...common, ...handlers(progressReportEvents) }),
  },
  {
    tag: 'hapur-service-editor',
    component: HapurServiceEditor,
    events: serviceEditorEvents,
    make: () => createElement(HapurServiceEditor, { ...common, ...handlers(serviceEditorEvents) }),
  },
];

/** The events an element documents (`@event {Class} name` in its JSDoc, the source of custom-elements.json). */
function documentedEvents(tag: string): string[] {
  const name = tag.replace(/^hapur-/, '');
  const url = new URL(`../../elements/src/components/${name}/${name}.ts`, import.meta.url);
  return [...readFileSync(url, 'utf8').matchAll(/@event \{\w+\} ([\w-]+)/g)].map((m) => m[1]!).sort();
}

const render = (element: ReactElement) => renderToString(element);

describe('@hapur/react wrappers (server render)', () => {
  test("wraps every block @hapur/elements and the staff blocks' entries export", () => {
    const classes = Object.keys(Elements).filter((k) => /^Hapur(?!.*Event$)/.test(k));
    assert.deepEqual(wrappers.map((w) => w.component.displayName).sort(), classes.sort());
  });

  for (const { tag, component, events, make } of wrappers) {
    const name = component.displayName ?? '?';
    test(`${name} registers <${tag}> with the element class it wraps`, () => {
      const element = (Elements as Record<string, unknown>)[name];
      assert.ok(element, `@hapur/elements exports ${name}`);
      assert.equal(customElements.get(tag), element);
    });

    test(`${name} maps every event <${tag}> documents to a prop`, () => {
      assert.deepEqual(Object.values(events).sort(), documentedEvents(tag));
      for (const [prop, event] of Object.entries(events)) {
        const expected = 'on' + event.replace(/(^|-)(\w)/g, (_: string, _dash: string, c: string) => c.toUpperCase());
        assert.equal(prop, expected);
      }
    });

    test(`${name} renders <${tag}> with id, class, data- and aria- attributes, and no handler`, () => {
      const html = render(make());
      const open = new RegExp(`^<${tag}\\b[^>]*>`).exec(html)?.[0];
      assert.ok(open, `expected the output to start with <${tag}>, got ${html}`);
      assert.match(open, /\bid="block-1"/);
      assert.match(open, /\bclass="wide"/);
      assert.match(open, /\bdata-testid="x"/);
      assert.match(open, /\baria-label="Shërbimi"/);
      assert.ok(html.endsWith(`</${tag}>`));
      assert.doesNotMatch(html, /onhapur|=>|function/i);
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
        client: { listServices: () => Promise.resolve([]) } as unknown as PublicBlocks.HapurServiceList['client'],
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
