// The recovery key is the workspace's 32-byte data key, shown as 64 lowercase hex characters in
// 8 groups of 8 joined by '-'. Parsing is forgiving about case, spaces and dashes.

export const RECOVERY_KEY_GROUPS = 8;
export const RECOVERY_KEY_GROUP_LENGTH = 8;

export function formatRecoveryKey(hex: string): string {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('recovery key must be 64 lowercase hex characters');
  const groups: string[] = [];
  for (let i = 0; i < hex.length; i += RECOVERY_KEY_GROUP_LENGTH) groups.push(hex.slice(i, i + RECOVERY_KEY_GROUP_LENGTH));
  return groups.join('-');
}

/** Returns the 64-character lowercase hex, or null if the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(compact) ? compact : null;
}
