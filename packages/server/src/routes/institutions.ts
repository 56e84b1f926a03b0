import { allInstitutions } from '../domain/institutions.js';
import { sendJson } from '../http/conditional.js';
import type { Handlers } from './define.js';

/** The public list of institutions: names in their languages and the public fields, as plans already show them. */
export const institutionHandlers = {
  listInstitutions: async (c) => sendJson(c, { items: await allInstitutions(c.get('deps').db) }),
} satisfies Handlers;
