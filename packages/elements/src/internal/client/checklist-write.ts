import { createCore, recordPublicationCheck, type HapurStaffClient } from '@hapur/sdk';

/**
 * The staff write of the checklist's monitoring template, with the block's own token. Never shared
 * through the registry: a token belongs to the block it was given to. @internal
 */
export function checklistStaffWrite(api: string, token: string): Pick<HapurStaffClient, 'recordPublicationCheck'> {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return { recordPublicationCheck: (input, call) => recordPublicationCheck(core, input, call) };
}
