import type { Registry, RegistryCode } from '../registry/registry-folder.ts';
import { buildSiteModel, type ErrorRecord, type SiteModel } from './model.ts';

/** A validated code file as the `errors` collection stores it: its entry, its API id and its registry path. */
export function errorRecord(entry: RegistryCode): ErrorRecord {
  return { ...entry.data, api: entry.api, sourcePath: entry.registryPath };
}

/**
 * The site model straight from a validated registry, for the commands: the same joins the pages get from
 * the collections, without a build. Guides are a build's concern, so none is listed.
 */
export function siteModelFromRegistry(registry: Registry): SiteModel {
  return buildSiteModel(
    registry.apis.map((api) => ({ id: api.id, data: api.data })),
    registry.errors.map(errorRecord),
  );
}
