import {
  createCore,
  getPlanForDisplay,
  getStaffMe,
  listProgressHistory,
  postProgressUpdate,
  type HapurStaffClient,
  type StaffInbox,
} from '@hapur/sdk';

/** The calls of `<hapur-progress-report>`: who signed in, the plan, the report, the milestone's history. @internal */
export type ProgressReportCalls = Pick<HapurStaffClient, 'getPlan' | 'postProgressUpdate' | 'listProgressHistory'> & {
  staff: Pick<StaffInbox, 'me'>;
};

/**
 * The progress report's calls with one staff token. Like the inbox's, never shared through the registry.
 * The plan is a public read (no token sent) on the same core, for its ETag memory: the read after a save
 * asks the server (`If-None-Match`), where the page's document core would take the copy the browser cached
 * for a minute and show, then send, the milestone as it was before the save. @internal
 */
export function progressReportCalls(api: string, token: string): ProgressReportCalls {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return {
    staff: { me: (options) => getStaffMe(core, options) },
    getPlan: (planId, options) => getPlanForDisplay(core, planId, options),
    postProgressUpdate: (planId, milestoneId, input, call) =>
      postProgressUpdate(core, planId, milestoneId, input, call),
    listProgressHistory: (planId, milestoneId, options) => listProgressHistory(core, planId, milestoneId, options),
  };
}
