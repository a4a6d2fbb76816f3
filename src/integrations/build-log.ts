import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

// Astro colours its lines; the patterns below read the text alone.
// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[0-9;]*m/g;
/** The line Astro writes as it starts rendering one route: `  ├─ /groove/CATALOG_NO_RESULT/index.html`. */
const ROUTE = /^\s*├─ \//;
/** The line that follows it: how long the route took, or that it came from the incremental cache. */
const ROUTE_TIME = /^\s*\((\+[\d.]+m?s|cached|restored)\)\s*$/;
/** The line Astro ends the routes with: `✓ Completed in 1.35s.` */
const COMPLETED = /^✓ Completed in /;

/**
 * Astro's own terminal log (`astro/logger/node`), with its line per route folded into one count: a build of
 * the project's registry renders over a hundred routes, and 50,000 codes render 100,000, and a newcomer reads
 * the scroll as something to look at. Everything else passes through unchanged, including an empty route's
 * "file not created" note. astro.config.mjs names this module as the build's logger.
 */
export default function buildLog(config?: Parameters<typeof nodeDestination>[0]): AstroLoggerDestination {
  const terminal = nodeDestination(config);
  let routes = 0;
  return {
    write(event: AstroLoggerMessage) {
      const text = event.message.replace(COLOUR, '');
      if (event.level === 'info' && ROUTE.test(text)) {
        routes++;
        return;
      }
      if (event.level === 'info' && ROUTE_TIME.test(text)) return;
      if (event.level === 'info' && COMPLETED.test(text) && routes) {
        terminal.write({ ...event, message: `  ${routes} route${routes === 1 ? '' : 's'} rendered`, newLine: true });
        routes = 0;
      }
      terminal.write(event);
    },
  };
}
