/** The monitoring template's module, on first use (hapur.all.js swaps in `checklist-staff-load.bundled.ts`). @internal */
export const loadStaff = () => import('./checklist-staff.js');
export type StaffModule = Awaited<ReturnType<typeof loadStaff>>;
