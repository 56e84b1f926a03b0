// The form's send, with zod and the input and receipt schemas: imported on first use by `feedback-writes.ts`.
export { submitFeedback } from '@hapur/sdk';
