import path from 'node:path';
import { registryDir } from './paths.ts';

/**
 * Where "Edit this entry" points: the file in the repository's web editor. Set REPOSITORY_URL (for
 * example https://github.com/acme/error-reference) and, if it is not `main`, REPOSITORY_BRANCH; the
 * `/edit/<branch>/<path>` form is understood by GitHub, GitLab, Gitea and Forgejo. Unset: no link.
 */
export function editUrl(registryPath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env['REPOSITORY_URL']?.replace(/\/+$/, '');
  if (!repository) return undefined;
  const branch = env['REPOSITORY_BRANCH'] || 'main';
  const folder = path.relative(process.cwd(), registryDir(env)).split(path.sep).join('/');
  return `${repository}/edit/${branch}/${folder}/${registryPath}`;
}
