// The command palette's search: catalog controls (by id and by title in either language) plus every
// indexed record, ranked by FTS5's bm25 with titles weighing more than bodies.
import type { Language, SearchHit } from '../../../shared/contract';
import { catalogEntries, type FrameworkKey } from '../frameworks/controls-queries';
import type { Db } from '../workspace/sqlcipher';
import { controlEntityId, controlLink, searchLink } from './search-links';
import { excerpt, ftsExpression, matchesAll, normaliseText, queryTerms, snippet, termMatchers, termPattern } from './search-text';

interface CatalogItem {
  framework: FrameworkKey;
  controlId: string;
  /** Lower case, `a.5.1` / `cc6.1`. */
  id: string;
  /** ISO without the `a.` prefix, so `5.1` finds A.5.1. */
  shortId: string;
  title: { en: string; 'zh-CN': string };
  order: number;
}

const CATALOG_ITEMS: readonly CatalogItem[] = (['iso27001', 'soc2'] as const).flatMap((framework) =>
  catalogEntries(framework).map((entry, index) => ({
    framework,
    controlId: entry.controlId,
    id: entry.controlId.toLowerCase(),
    shortId: entry.controlId.toLowerCase().replace(/^a\./, ''),
    title: entry.control.title,
    order: (framework === 'iso27001' ? 0 : 1000) + index,
  })),
);

/** 0: the id itself; 1: an id starting with the query; 2: every term in the id or a title. */
type CatalogScore = 0 | 1 | 2;

function catalogScore(item: CatalogItem, compact: string, matchers: readonly RegExp[]): CatalogScore | null {
  if (compact === item.id || compact === item.shortId) return 0;
  // "cc6" lists CC6.1 … CC6.8 and "a.8" the technological controls; a lone letter is too broad.
  if (compact.length >= 2 && /[\d.]/.test(compact) && (item.id.startsWith(compact) || item.shortId.startsWith(compact))) return 1;
  if (matchers.length === 0) return null;
  if (matchesAll(`${item.controlId} ${item.title.en}`, matchers) || matchesAll(`${item.controlId} ${item.title['zh-CN']}`, matchers)) return 2;
  return null;
}

function catalogHit(item: CatalogItem, language: Language, pattern: RegExp | null): SearchHit {
  const other: Language = language === 'en' ? 'zh-CN' : 'en';
  const own = `${item.controlId} ${item.title[language]}`;
  // A Chinese query while the UI is in English still shows where it matched.
  const marked = snippet(own, pattern) ?? snippet(`${item.controlId} ${item.title[other]}`, pattern) ?? excerpt(own);
  return {
    entityType: 'control',
    entityId: controlEntityId(item.framework, item.controlId),
    title: own,
    snippet: marked,
    link: controlLink(item.framework, item.controlId),
  };
}

interface DocumentRow {
  entityType: string;
  entityId: string;
  title: string;
  body: string;
}

/**
 * bm25 costs time in proportion to the number of matches. When a word occurs in a large share of
 * the records, only its newest matches are ranked: the palette stays instant and a longer query
 * narrows it down.
 */
const RANK_WINDOW = 2_000;

const RANKED_IDS = `SELECT id FROM (
  SELECT rowid AS id, bm25(search_index, 4.0, 1.0) AS score FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?
) ORDER BY score LIMIT ?`;

function rankedIds(db: Db, expression: string, limit: number): number[] {
  return db.prepare(RANKED_IDS).pluck().all(expression, RANK_WINDOW, limit) as number[];
}

function recordHits(db: Db, expression: string, limit: number, pattern: RegExp | null, language: Language): SearchHit[] {
  // Records whose title matches come first, then matches anywhere; titles are short, so the first
  // query stays cheap even for common words.
  const ids = rankedIds(db, `{title} : (${expression})`, limit);
  if (ids.length < limit) {
    const seen = new Set(ids);
    for (const id of rankedIds(db, expression, limit)) {
      if (ids.length === limit) break;
      if (!seen.has(id)) ids.push(id);
    }
  }
  const read = db.prepare<[number], DocumentRow>('SELECT entity_type AS entityType, entity_id AS entityId, title, body FROM search_documents WHERE id = ?');
  return ids.flatMap((id) => {
    const row = read.get(id);
    if (!row) return [];
    let title = row.title;
    if (row.entityType === 'control') {
      const item = CATALOG_ITEMS.find((candidate) => controlEntityId(candidate.framework, candidate.controlId) === row.entityId);
      if (item) title = `${item.controlId} ${item.title[language]}`;
    }
    return [
      {
        entityType: row.entityType,
        entityId: row.entityId,
        title,
        snippet: snippet(row.body, pattern) ?? snippet(row.title, pattern) ?? excerpt(row.body || row.title),
        link: searchLink(row.entityType, row.entityId),
      },
    ];
  });
}

export function searchWorkspace(db: Db, query: string, limit: number, language: Language): SearchHit[] {
  const terms = queryTerms(query);
  const pattern = termPattern(terms);
  const compact = normaliseText(query).replace(/\s+/g, '');
  const matchers = termMatchers(terms);

  const scored: { item: CatalogItem; score: CatalogScore }[] = [];
  for (const item of CATALOG_ITEMS) {
    const score = catalogScore(item, compact, matchers);
    if (score !== null) scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score || a.item.order - b.item.order);
  const byId = scored.filter((s) => s.score < 2).map((s) => catalogHit(s.item, language, pattern));
  const byTitle = scored.filter((s) => s.score === 2).map((s) => catalogHit(s.item, language, pattern));

  const expression = ftsExpression(terms);
  const records = expression ? recordHits(db, expression, limit, pattern, language) : [];

  // Ids typed exactly come first; then a few controls by title, so the palette can always jump to a
  // control; then the records; then any further controls.
  const titleShare = Math.max(3, Math.floor(limit / 3));
  const ordered = [...byId, ...byTitle.slice(0, titleShare), ...records, ...byTitle.slice(titleShare)];
  const hits: SearchHit[] = [];
  const seen = new Map<string, number>();
  for (const hit of ordered) {
    const key = `${hit.entityType}\u0000${hit.entityId}`;
    const at = seen.get(key);
    if (at !== undefined) {
      // A control found by its title and by its notes: keep the first place, show the notes.
      const kept = hits[at]!;
      if (hit.snippet.includes('\u0002') && hit.entityType === 'control' && kept.snippet !== hit.snippet) hits[at] = { ...kept, snippet: hit.snippet };
      continue;
    }
    if (hits.length === limit) break;
    seen.set(key, hits.length);
    hits.push(hit);
  }
  return hits;
}
