import {
  createCore,
  getStaffMe,
  listProgressHistory,
  postProgressUpdate,
  type HapurStaffClient,
  type StaffInbox,
} from '@hapur/sdk';

/** The staff calls of `<hapur-progress-report>`: who signed in, the report, the milestone's history. @internal */
export type ProgressReportCalls = Pick<HapurStaffClient, 'postProgressUpdate' | 'listProgressHistory'> & {
  staff: Pick<StaffInbox, 'me'>;
};

/**
 * The progress report's staff calls with one staff token. Like the inbox's, never shared through the
 * registry; the plan itself is a public read the block makes through the page's client (`planReads`),
 * the same one a tracker on the page uses. @internal
 */
export function progressReportCalls(api: string, token: string): ProgressReportCalls {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return {
    staff: { me: (options) => getStaffMe(core, options) },
    postProgressUpdate: (planId, milestoneId, input, call) =>
      postProgressUpdate(core, planId, milestoneId, input, call),
    listProgressHistory: (planId, milestoneId, options) => listProgressHistory(core, planId, milestoneId, options),
  };
}
