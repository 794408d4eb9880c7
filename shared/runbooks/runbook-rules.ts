// Pure rules on runbook content, shared by the backend (which enforces them) and the editor (which
// shows them as you type): step ids are unique, each role a step names is assigned, and each decision
// leads to a step of the same runbook (or ends it). Also the canonical JSON an approval hashes.
import type { RunbookContent } from '../contract/areas/runbooks';

export interface ContentIssue {
  path: (string | number)[];
  code: 'step_id_duplicate' | 'role_unassigned' | 'decision_target_unknown' | 'decision_target_self' | 'role_duplicate';
}

export function contentIssues(content: RunbookContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seenRoles = new Set<string>();
  content.roles.forEach((role, index) => {
    if (seenRoles.has(role.role)) issues.push({ path: ['content', 'roles', index, 'role'], code: 'role_duplicate' });
    seenRoles.add(role.role);
  });
  const ids = new Set<string>();
  content.steps.forEach((step, index) => {
    if (ids.has(step.id)) issues.push({ path: ['content', 'steps', index, 'id'], code: 'step_id_duplicate' });
    ids.add(step.id);
  });
  content.steps.forEach((step, index) => {
    if (!seenRoles.has(step.role)) issues.push({ path: ['content', 'steps', index, 'role'], code: 'role_unassigned' });
    step.decision?.options.forEach((option, optionIndex) => {
      const path = ['content', 'steps', index, 'decision', 'options', optionIndex, 'goTo'];
      if (option.goTo === step.id) issues.push({ path, code: 'decision_target_self' });
      else if (option.goTo !== null && !ids.has(option.goTo)) issues.push({ path, code: 'decision_target_unknown' });
    });
  });
  return issues;
}

/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always gives
 * the same bytes (and the same SHA-256) whatever order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** A new step id not used in the content: `step-1`, `step-2` … */
export function freshStepId(content: RunbookContent): string {
  const used = new Set(content.steps.map((step) => step.id));
  for (let n = content.steps.length + 1; ; n += 1) if (!used.has(`step-${n}`)) return `step-${n}`;
}

/** Moves the step at `index` one place up (-1) or down (+1); returns the same array when it cannot move. */
export function moveStep<T>(steps: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
