import { existsSync } from 'node:fs';

/** Flags for a root user on a machine with no GPU and no network beyond the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Debian's Chromium, or the binary CHROMIUM_PATH names. No test tool may download a browser here, so a
 * missing one stops the run with instructions instead of a download attempt.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidate = env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install Debian's package (apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return candidate;
}
