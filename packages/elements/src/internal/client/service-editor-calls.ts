import {
  createCore,
  getServiceRevision,
  getStaffMe,
  listServiceChanges,
  putService,
  readServiceList,
  reviewService,
  withdrawService,
  type HapurStaffClient,
} from '@hapur/sdk';

/** The calls `<hapur-service-editor>` makes (names as on a staff client from `createClient({ …, token })`). @internal */
export type ServiceEditorCalls = Pick<
  HapurStaffClient,
  | 'getStaffMe'
  | 'listServices'
  | 'getServiceRevision'
  | 'putService'
  | 'withdrawService'
  | 'reviewService'
  | 'listServiceChanges'
>;

/**
 * The service editor's calls with one staff token; like the inbox's, never shared through the registry.
 * Its own core, so the list and the revisions are read with this token's ETags. @internal
 */
export function serviceEditorCalls(api: string, token: string): ServiceEditorCalls {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return {
    getStaffMe: (options) => getStaffMe(core, options),
    // The API's answer as is (this core never reads a static export): no transliteration table in the editor.
    listServices: (filter, options) => readServiceList(core, filter, options),
    getServiceRevision: (id, options) => getServiceRevision(core, id, options),
    putService: (id, service, base, options) => putService(core, id, service, base, options),
    withdrawService: (id, input, base, options) => withdrawService(core, id, input, base, options),
    reviewService: (id, base, options) => reviewService(core, id, base, options),
    listServiceChanges: (id, options) => listServiceChanges(core, id, options),
  };
}
