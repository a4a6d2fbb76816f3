import path from 'node:path';
import { repositoryUrl } from '../lib/site.ts';
import { registryDir } from './paths.ts';

/**
 * Where "Edit this entry" points: the file in the repository's web editor. Set the repository in
 * src/lib/site.ts, or REPOSITORY_URL at build time (for example https://github.com/acme/error-reference) and, if it is not `main`, REPOSITORY_BRANCH; the
 * `/edit/<branch>/<path>` form is understood by GitHub, GitLab, Gitea and Forgejo. Unset: no link.
 */
export function editUrl(registryPath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = repositoryUrl(env);
  if (!repository) return undefined;
  const branch = env['REPOSITORY_BRANCH'] || 'main';
  const folder = path.relative(process.cwd(), registryDir(env)).split(path.sep).join('/');
  return `${repository}/edit/${branch}/${folder}/${registryPath}`;
}
