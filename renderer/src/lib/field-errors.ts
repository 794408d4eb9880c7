// INVALID_INPUT issues under the inputs they concern. The backend nests fields (`patch.justification`,
// `action.verifiedBy`, `controls.2.controlId`), so each issue is filed under every named segment of
// its path; a form looks up the name of its own field.
import type { TFunction } from 'i18next';
import { issueMessage } from '../client/error-message';
import { toClientError } from '../client/client';

export function issuesByField(t: TFunction, error: unknown): Record<string, string> {
  if (!error) return {};
  const clientError = toClientError(error);
  const result: Record<string, string> = {};
  if (clientError.code !== 'INVALID_INPUT') return result;
  for (const issue of clientError.details.issues ?? []) {
    for (const segment of issue.path) {
      if (typeof segment !== 'string' || segment === '' || segment in result) continue;
      result[segment] = issueMessage(t, issue);
    }
  }
  return result;
}

/** Whether every issue of an INVALID_INPUT error is shown on one of `fields` (so no banner is needed). */
export function allIssuesOnFields(error: unknown, fields: readonly string[]): boolean {
  if (!error) return true;
  const clientError = toClientError(error);
  if (clientError.code !== 'INVALID_INPUT') return false;
  const issues = clientError.details.issues ?? [];
  return issues.length > 0 && issues.every((issue) => issue.path.some((segment) => typeof segment === 'string' && fields.includes(segment)));
}
