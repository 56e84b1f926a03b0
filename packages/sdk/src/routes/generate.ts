import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { RoutePath } from './paths.js';
import { API_ROUTES } from './table.js';
import type { RouteSpec } from './route-doc.js';

// Writes the zod-free path constants from the route table, so an endpoint is described once (table-*.ts): the public
// ones in the marked region of `paths.ts` (with `ROUTE_PATHS` and `RouteId`), the staff ones in
// `paths-staff.generated.ts`. Run by `npm run routes:build -w @hapur/sdk`; routes.test.ts fails when the committed
// files differ from what this returns.

const HEADER =
  '// Generated from the route table (table-*.ts) by `npm run routes:build -w @hapur/sdk`: do not edit. A test fails\n' +
  '// when it is stale.\n';

const q = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const constName = (id: string) => `${id}Route`;
/** The route's place, as the literal the blocks import: method, path, static files, staff token. */
function literal(r: RoutePath): string {
  const fields = [`method: ${q(r.method)}`, `path: ${q(r.path)}`];
  if (r.staticPaths) fields.push(`staticPaths: [${r.staticPaths.map(q).join(', ')}]`);
  return `{ ${fields.join(', ')} } as const`;
}

/** The two generated files' text, formatted as the repository's Prettier settings say, by file name. */
export async function routePathFiles(): Promise<Record<string, string>> {
  const routes = Object.values(API_ROUTES) as RouteSpec[];
  const staffFile = (r: RouteSpec) => r.staff === true || r.onlyStaffScreens === true;
  const staffIds = routes.filter(staffFile).map((r) => r.id);
  const staffText = [
    HEADER,
    "import type { RoutePath } from './paths.js';",
    '',
    '// The routes only staff screens call, apart from the public ones (`paths.ts` re-exports both files): a page with',
    '// public blocks only never downloads them (issue #20: they were a third of the route chunk every block page loaded).',
    '// A public route only staff screens call (`onlyStaffScreens` in the table) is here too.',
    '',
    '/** A call that needs a staff token (no static file answers it). */',
    '/* @__NO_SIDE_EFFECTS__ */',
    "function staff<const M extends RoutePath['method'], const P extends string>(",
    '  method: M,',
    '  path: P,',
    '): { readonly method: M; readonly path: P; readonly staff: true } {',
    '  return { method, path, staff: true };',
    '}',
    '',
    ...routes
      .filter(staffFile)
      .map((r) =>
        r.staff
          ? `export const ${constName(r.id)} = staff(${q(r.method)}, ${q(r.path)});`
          : `export const ${constName(r.id)} = ${literal(r)};`,
      ),
  ].join('\n');
  const BEGIN = '// BEGIN generated';
  const END = '// END generated\n';
  const pathsFile = fileURLToPath(new URL('./paths.ts', import.meta.url));
  const current = readFileSync(pathsFile, 'utf8');
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`routes:build: paths.ts has no "${BEGIN}" … "${END.trim()}" region`);
  const region = [
    `${BEGIN} from the route table by \`npm run routes:build -w @hapur/sdk\`: do not edit (a test fails when stale).`,
    `import { ${staffIds.map(constName).join(', ')} } from './paths-staff.generated.js';`,
    '',
    ...routes.filter((r) => !staffFile(r)).map((r) => `export const ${constName(r.id)} = ${literal(r)};`),
    '',
    '/** Every route, by id. Importing this pulls in all of them; a client function imports its own constant. */',
    'export const ROUTE_PATHS = {',
    ...routes.map((r) => `  ${r.id}: ${constName(r.id)},`),
    '} as const satisfies Readonly<Record<string, RoutePath>>;',
    '',
    "/** An endpoint's one name: its OpenAPI `operationId`, its SDK client function, its server handler. */",
    'export type RouteId = keyof typeof ROUTE_PATHS;',
    END,
  ].join('\n');
  const options = { ...(await resolveConfig(pathsFile)), parser: 'typescript' };
  return {
    'paths.ts': await format(current.slice(0, begin) + region + current.slice(end + END.length), options),
    'paths-staff.generated.ts': await format(staffText, options),
  };
}
