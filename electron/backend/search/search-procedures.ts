import type { HandlerDeps, AreaHandlers } from '../rpc/handlers';
import { searchWorkspace } from './search-queries';

export function searchHandlers({ session, settings }: HandlerDeps): AreaHandlers<'search.query'> {
  return {
    // Titles of catalog controls follow the UI language, which is the app's, not the workspace's.
    'search.query': ({ q, limit }) => session.workspace().read((db) => searchWorkspace(db, q, limit, settings.get().language)),
  };
}
