// Errors of the runbooks area, with the issue key the UI translates (errors:issues.<key>).
import { AppError } from '../../../shared/contract';

export function invalid(path: (string | number)[], code: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path, code, message }] });
}

export function notFound(entity: string, id: string, path?: (string | number)[]): AppError {
  return new AppError('NOT_FOUND', `no such ${entity}`, { entity, id, ...(path ? { path } : {}) });
}
