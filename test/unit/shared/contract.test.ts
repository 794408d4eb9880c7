import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  actorMay,
  AppError,
  AUDIT_PROBLEM_KINDS,
  ERROR_CODES,
  isErrorCode,
  isProcedureName,
  OWNER,
  PERMISSIONS,
  PROCEDURE_NAMES,
  procedures,
  ROLES,
} from '../../../shared/contract';

describe('procedure table', () => {
  it('has procedures, all named area.verb', () => {
    expect(PROCEDURE_NAMES.length).toBeGreaterThan(10);
    for (const name of PROCEDURE_NAMES) expect(name).toMatch(/^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/);
  });

  it.each(PROCEDURE_NAMES)('%s has input and output schemas, a valid permission and a summary', (name) => {
    const spec = procedures[name];
    expect(spec.input).toBeInstanceOf(z.ZodType);
    expect(spec.output).toBeInstanceOf(z.ZodType);
    expect(PERMISSIONS).toContain(spec.permission);
    expect(typeof spec.summary).toBe('string');
    expect(spec.summary.trim().length).toBeGreaterThan(5);
    expect(spec.summary.trim().endsWith('.')).toBe(true);
  });

  it('every input schema is an object schema that rejects strings and arrays', () => {
    for (const name of PROCEDURE_NAMES) {
      const input = procedures[name].input;
      expect(input.safeParse('text').success, name).toBe(false);
      expect(input.safeParse([]).success, name).toBe(false);
      expect(input.safeParse(42).success, name).toBe(false);
    }
  });

  it('every input schema refuses unknown keys', () => {
    for (const name of PROCEDURE_NAMES) {
      const result = procedures[name].input.safeParse({ __unexpected__: 1 });
      expect(result.success, name).toBe(false);
      if (!result.success) expect(result.error.issues.some((issue) => issue.code === 'unrecognized_keys'), name).toBe(true);
    }
  });

  it('isProcedureName accepts contract names only, not prototype keys', () => {
    for (const name of PROCEDURE_NAMES) expect(isProcedureName(name)).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '', 'app', 'app.ping ']) expect(isProcedureName(name)).toBe(false);
  });

  it('key-handling procedures need workspace.keys and data-changing ones workspace.write', () => {
    expect(procedures['workspace.rotateKey'].permission).toBe('workspace.keys');
    expect(procedures['workspace.changePassphrase'].permission).toBe('workspace.keys');
    expect(procedures['organisation.update'].permission).toBe('workspace.write');
    expect(procedures['workspace.settings.update'].permission).toBe('workspace.write');
    expect(procedures['audit.verify'].permission).toBe('workspace.read');
    expect(procedures['app.ping'].permission).toBe('public');
  });
});

describe('errors', () => {
  it('ERROR_CODES are unique, upper snake case and include the codes transports rely on', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    for (const code of ['INVALID_INPUT', 'UNKNOWN_PROCEDURE', 'UNAUTHORIZED', 'FORBIDDEN', 'WORKSPACE_LOCKED', 'INTERNAL']) expect(ERROR_CODES).toContain(code);
  });

  it('isErrorCode', () => {
    expect(isErrorCode('INTERNAL')).toBe(true);
    expect(isErrorCode('internal')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isErrorCode(1)).toBe(false);
  });

  it('AppError.toBody carries code, message and details only when present', () => {
    expect(new AppError('NOT_FOUND', 'gone').toBody()).toEqual({ code: 'NOT_FOUND', message: 'gone' });
    expect(new AppError('THROTTLED', 'wait', { retryAfterMs: 5 }).toBody()).toEqual({ code: 'THROTTLED', message: 'wait', details: { retryAfterMs: 5 } });
    const error = new AppError('INTERNAL', 'x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
  });

  it('audit problem kinds are the six the verifier reports', () => {
    expect([...AUDIT_PROBLEM_KINDS].sort()).toEqual(['deleted', 'edited', 'inserted', 'malformed', 'reordered', 'truncated']);
  });
});

describe('permissions', () => {
  it('owner may do everything; viewer only public and read', () => {
    expect(ROLES).toEqual(['owner', 'viewer']);
    for (const permission of PERMISSIONS) expect(actorMay(OWNER, permission)).toBe(true);
    const viewer = { id: 'v', role: 'viewer' as const };
    expect(actorMay(viewer, 'public')).toBe(true);
    expect(actorMay(viewer, 'workspace.read')).toBe(true);
    expect(actorMay(viewer, 'workspace.write')).toBe(false);
    expect(actorMay(viewer, 'workspace.keys')).toBe(false);
  });
});
