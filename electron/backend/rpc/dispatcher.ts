// The backend's boundary: every call from any transport passes here. The procedure name is checked,
// the input validated against the contract's schema, the actor's permission and the lock state
// checked; the handler's result is validated against the output schema. Whatever happens, the
// caller gets an envelope, never an exception.
import {
  actorMay,
  AppError,
  isProcedureName,
  procedures,
  type Actor,
  type Envelope,
  type ErrorBody,
  type InputIssue,
  type ProcedureName,
  type ProcedureOutput,
  type ProcedureParsedInput,
} from '../../../shared/contract';

export interface HandlerContext {
  actor: Actor;
}

export type Handlers = {
  [P in ProcedureName]: (input: ProcedureParsedInput<P>, context: HandlerContext) => ProcedureOutput<P> | Promise<ProcedureOutput<P>>;
};

export interface DispatcherState {
  isUnlocked(): boolean;
  isBusy(): boolean;
}

function failure(body: ErrorBody): Envelope<never> {
  return { ok: false, error: body };
}

/** Logs what went wrong without record content or secrets: the procedure and the error's kind. */
function logInternal(procedure: string, error: unknown): void {
  // Anything can be thrown, null and undefined included.
  const err = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; code?: string; stack?: string };
  process.stderr.write(`[custos] ${procedure} failed: ${err.name ?? 'Error'}${err.code ? ` ${err.code}` : ''}\n${err.stack?.split('\n').slice(1, 6).join('\n') ?? ''}\n`);
}

export function createDispatcher(handlers: Handlers, state: DispatcherState) {
  return async function dispatch(name: string, rawInput: unknown, actor: Actor): Promise<Envelope<unknown>> {
    // Transports may pass any value: only a string names a procedure (an array would coerce to one).
    if (typeof name !== 'string' || !isProcedureName(name)) return failure({ code: 'UNKNOWN_PROCEDURE', message: `unknown procedure ${typeof name === 'string' ? JSON.stringify(name.slice(0, 100)) : `(${typeof name})`}` });
    const spec = procedures[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return failure({
        code: 'INVALID_INPUT',
        message: `invalid input for ${name}`,
        details: {
          procedure: name,
          issues: parsed.error.issues.flatMap((issue): InputIssue[] => {
            const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
            // One issue per unexpected key, so that `path` names the field as for any other problem.
            if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], code: issue.code, message: issue.message }));
            return [{ path, code: issue.code, message: issue.message }];
          }),
        },
      });
    }
    if (!actorMay(actor, spec.permission)) return failure({ code: 'FORBIDDEN', message: `${actor.role} may not call ${name}`, details: { procedure: name } });
    if (spec.permission !== 'public') {
      if (!state.isUnlocked()) return failure({ code: 'WORKSPACE_LOCKED', message: 'the workspace is locked', details: { procedure: name } });
      if (state.isBusy()) return failure({ code: 'BUSY', message: 'the workspace is busy', details: { procedure: name } });
    }
    try {
      const handler = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
      const value = await handler(parsed.data, { actor });
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        logInternal(name, new Error(`output of ${name} does not match the contract`));
        return failure({ code: 'INTERNAL', message: 'the backend produced an unexpected result' });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toBody());
      logInternal(name, error);
      return failure({ code: 'INTERNAL', message: 'an unexpected error occurred' });
    }
  };
}
