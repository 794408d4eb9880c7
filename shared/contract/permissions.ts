// Who may call what. For now every workspace has a single owner; roles arrive with multi-user work.
import type { Permission } from './procedure';

export const ROLES = ['owner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
}

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set<Permission>(['public', 'workspace.read', 'workspace.write', 'workspace.keys']),
  viewer: new Set<Permission>(['public', 'workspace.read']),
};

export function actorMay(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].has(permission);
}

export const OWNER: Actor = { id: 'owner', role: 'owner' };
