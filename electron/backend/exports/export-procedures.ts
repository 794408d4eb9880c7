// Procedures that export documents from the open workspace. The data is read in one go, then the
// file is rendered and delivered without holding the database.
import { localIsoDate } from '../frameworks/calendar-dates';
import { listControlRows } from '../frameworks/controls-queries';
import { getOrganisation } from '../organisation/organisation-queries';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { deliverExport } from './export-file';
import { buildSoa, renderSoa, SOA_MIME_TYPES, soaFileName } from './soa-export';

export function exportHandlers({ session, options }: HandlerDeps): AreaHandlers<'soa.export'> {
  return {
    'soa.export': async ({ format, destination }) => {
      const generatedAt = options.now?.() ?? new Date();
      const date = localIsoDate(generatedAt);
      const workspace = session.workspace();
      const { language } = readWorkspaceSettings(workspace);
      const source = workspace.read((db) => ({
        organisation: getOrganisation(db)?.legalName ?? '',
        rows: listControlRows(db, 'iso27001', date),
      }));
      const soa = buildSoa({ language, date, generatedAt, ...source });
      const content = await renderSoa(soa, format);
      return deliverExport({ fileName: soaFileName(soa.organisation, date, format), mimeType: SOA_MIME_TYPES[format], content }, destination);
    },
  };
}
