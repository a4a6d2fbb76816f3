import path from 'node:path';

/** The registry folder: `REGISTRY_DIR` when set, else `registry/` in the working directory. */
export function registryDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['REGISTRY_DIR'] || 'registry');
}

/** Paths in problems are relative to the working directory, so a terminal or editor can open them. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
