// The chosen file as an import source: refused above the size limit (naming the limit and the size),
// else read whole and sent inline.
import { IMPORT_FILE_MAX_BYTES, type ImportSource } from '../../../../shared/contract/areas/inventory-import';
import { ClientError } from '../../client/client';
import { readFileBase64 } from '../../lib/files';

export async function uploadSource(file: File, procedure: string): Promise<ImportSource> {
  if (file.size > IMPORT_FILE_MAX_BYTES) throw new ClientError('FILE_TOO_LARGE', 'the file is too large', { limitBytes: IMPORT_FILE_MAX_BYTES, size: file.size }, procedure);
  return { kind: 'upload', name: file.name, base64: await readFileBase64(file) };
}
