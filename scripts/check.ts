/**
 * `npm run check`: validates the registry without building the site.
 * Prints one `file:line: message` line per problem and exits 1, or a one-line summary and exits 0.
 */
import { formatProblem } from '../src/registry/problems.ts';
import { displayPath, readRegistry, registryDir } from '../src/registry/read-registry.ts';

const dir = registryDir();
const { registry, problems } = await readRegistry(dir);

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`\n${problems.length} problem${plural(problems.length)} in ${files} file${plural(files)}; nothing was published.`);
  process.exitCode = 1;
} else {
  const perApi = registry.apis.map((api) => `${api.id} ${registry.errors.filter((e) => e.api === api.id).length}`);
  console.log(`${displayPath(dir)}: ${registry.errors.length} codes in ${registry.apis.length} APIs are valid (${perApi.join(', ')}).`);
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
