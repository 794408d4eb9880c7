// Argument schemas of the platform IPC handlers. The page is treated as untrusted input: every
// argument is parsed here before main touches a dialog, the shell or the keychain.
import { z } from 'zod';

const title = z.string().max(200);
const anyPath = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'nul');

export const chooseDirectoryArgs = z
  .object({ title: title.optional(), defaultPath: anyPath.optional() })
  .strict()
  .optional();

export const chooseWorkspaceArgs = z.object({ title: title.optional() }).strict().optional();

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(20),
  })
  .strict();

export const chooseSavePathArgs = z
  .object({
    title: title.optional(),
    defaultPath: anyPath.optional(),
    filters: z.array(fileFilterSchema).max(20).optional(),
  })
  .strict();

export const openExternalArgs = z.string().min(1).max(2048);

export const workspacePathArgs = anyPath;

export type ChooseDirectoryArgs = z.infer<typeof chooseDirectoryArgs>;
export type ChooseSavePathArgs = z.infer<typeof chooseSavePathArgs>;

/** A workspace is a folder bundle named `<Name>.custos`. */
export function isWorkspaceBundlePath(value: string): boolean {
  const trimmed = value.replace(/[/\\]+$/, '');
  return /(^|[/\\])[^/\\]+\.custos$/i.test(trimmed);
}

/**
 * The workspace bundle a picker selection stands for: the bundle itself, or the bundle holding a
 * selected workspace.db / keyring.json (macOS lets the user pick files inside packages).
 */
export function workspaceBundleFromSelection(selection: string): string | null {
  const trimmed = selection.replace(/[/\\]+$/, '');
  if (isWorkspaceBundlePath(trimmed)) return trimmed;
  const match = /^(.*)[/\\](workspace\.db|keyring\.json)$/i.exec(trimmed);
  if (match?.[1] && isWorkspaceBundlePath(match[1])) return match[1];
  return null;
}
