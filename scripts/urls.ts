/**
 * `npm run urls`: records every code URL in the registry's list of published URLs. It only ever adds:
 * a URL once published stays in the list, and the check then keeps its code from being deleted.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, readRegistry, registryDir } from '../src/registry/read-registry.ts';
import { formatPublished, PUBLISHED_FILE, readPublished } from '../src/registry/published.ts';

const dir = registryDir();
const file = path.join(dir, PUBLISHED_FILE);
const { registry } = await readRegistry(dir);
const previous = await readPublished(dir, displayPath(file));
const { text, added, total } = formatPublished(registry, previous);
await writeFile(file, text);
console.log(`${displayPath(file)}: ${total} URLs, ${added} newly recorded.`);
