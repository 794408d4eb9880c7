// Full-text search across the workspace (SQLite FTS5), behind the command palette.
import { z } from 'zod';
import { procedure } from '../procedure';

export const searchHitSchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  title: z.string(),
  /** Matched text with the hits wrapped in \u0002 … \u0003 (never HTML). */
  snippet: z.string(),
  link: z.object({ screen: z.string(), params: z.record(z.string(), z.string()) }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchProcedures = {
  'search.query': procedure({
    input: z.object({ q: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.array(searchHitSchema),
    permission: 'workspace.read',
    summary: 'Find records by their text.',
  }),
} as const;
