// Story data: the SDK's shipped example services (fictional "Example Municipality", `example: true`).
import { NotFoundError, ServerError, type HapurClient, type PublicService } from '@hapur/sdk';
import examples from '../../packages/sdk/data/examples/services.json' with { type: 'json' };
/** What the service blocks read: a `createClient()` result fits, and so does this stand-in. */
type ServiceReader = Pick<HapurClient, 'getService' | 'listServices'>;

export const services = (examples as unknown as { services: PublicService[] }).services;
export const MUNICIPALITY = 'xk-example-municipality';

export function service(id: string): PublicService {
  const found = services.find((s) => s.id === id);
  if (!found) throw new Error(`stories: no example service "${id}"`);
  return found;
}

/** The richest example and one with only the mandatory fields. */
export const full = service('example-building-permit');
export const minimal: PublicService = {
  ...service('example-property-tax-payment'),
  eligibility: undefined,
  steps: undefined,
  requiredDocuments: undefined,
  costs: undefined,
  processingTime: undefined,
  processingTimeNote: undefined,
  legalDeadline: undefined,
  channels: [],
  contactPoint: undefined,
  complaint: undefined,
  legalResources: undefined,
  lastReviewedAt: undefined,
} as PublicService;

/** The same service with very long texts, to check wrapping and the collapsible sections. */
const long = (text: string) => Array.from({ length: 6 }, () => text).join('\n\n');
export const veryLong: PublicService = {
  ...full,
  name: {
    ...full.name,
    values: Object.fromEntries(Object.entries(full.name.values).map(([k, v]) => [k, `${v} — ${v} — ${v}`])),
  },
  description: {
    ...full.description,
    values: Object.fromEntries(Object.entries(full.description.values).map(([k, v]) => [k, long(v)])),
  },
};

/** Readers (stand-ins for an SDK client) that answer from the examples, never answer, or fail. */
export const exampleReader: ServiceReader = {
  getService: async (id) => service(id),
  listServices: async (filter = {}) =>
    services.filter((s) => !filter.institution || s.competentAuthorityIds.includes(filter.institution)),
};
export const pendingReader: ServiceReader = {
  getService: () => new Promise(() => undefined),
  listServices: () => new Promise(() => undefined),
};
export const failingReader: ServiceReader = {
  getService: async (id) => {
    throw new NotFoundError({ status: 404, method: 'GET', url: `https://example.org/api/v1/services/${id}` });
  },
  listServices: async () => {
    throw new NotFoundError({ status: 404, method: 'GET', url: 'https://example.org/api/v1/services' });
  },
};
/** The server failed (500) and gave a request id (`X-Request-Id`, `requestId` in the problem document). */
export const serverErrorReader: ServiceReader = {
  getService: async (id) => {
    throw new ServerError({
      status: 500,
      method: 'GET',
      url: `https://example.org/api/v1/services/${id}`,
      requestId: 'req-7f3a9c2e',
    });
  },
  listServices: async () => {
    throw new ServerError({
      status: 500,
      method: 'GET',
      url: 'https://example.org/api/v1/services',
      requestId: 'req-7f3a9c2e',
    });
  },
};
export const emptyReader: ServiceReader = { ...exampleReader, listServices: async () => [] };

/**
 * Story `play` helper: waits until every Hapur block in the story has rendered (its catalogue chunk
 * loaded and its data settled), so the a11y check that runs after `play` sees the real content.
 */
export async function blocksRendered({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const deadline = Date.now() + 3000;
  const blocks = () => [
    ...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'hapur-service-info, hapur-service-list',
    ),
  ];
  while (Date.now() < deadline) {
    const pending = blocks().filter(
      (el) => !el.shadowRoot?.childElementCount || (el.matches(':state(loading)') && !('storyLoading' in el.dataset)),
    );
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Promise.all(blocks().map((el) => el.updateComplete));
}
