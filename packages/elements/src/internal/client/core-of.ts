import { createCore, type Core } from '@hapur/sdk';
import type { ApiEntry } from './registry.js';

/**
 * The SDK core of one base URL, shared by every method set on it: one read cache, one request dedupe,
 * one ETag memory, one retry policy. Each method set lives in its own module (`plan-reads.ts`,
 * `comment-reads.ts`, …) and pulls in only its own resource functions and schemas (the SDK's tree-shakable
 * form), never all of `createClient`: a bundler puts a module in every chunk that needs any of it, so one
 * module holding every set made each page load every block's schemas (issue #20).
 * @internal
 */
export const coreOf = (entry: ApiEntry): Core => (entry.core ??= createCore({ baseUrl: entry.base }));
