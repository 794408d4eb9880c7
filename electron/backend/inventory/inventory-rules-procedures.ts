// The inventory rules' procedures and the findings of one control: thin adapters onto
// inventory-rules.ts and the findings engine.
import type { Actor } from '../../../shared/contract';
import type { inventoryRulesProcedures } from '../../../shared/contract/areas/inventory-rules';
import { todayFrom } from '../frameworks/calendar-dates';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { findingContext, loadFindingInventory } from './finding-context';
import { computeFindings } from './inventory-findings';
import { readInventoryRules, updateInventoryRules } from './inventory-rules';

type RulesProcedure = keyof typeof inventoryRulesProcedures;

export function inventoryRulesHandlers({ session, options }: HandlerDeps): AreaHandlers<RulesProcedure> {
  return {
    'inventory.rules.get': () => session.workspace().read(readInventoryRules),
    'inventory.rules.update': (input, { actor }: { actor: Actor }) => session.workspace().change({ actor, procedure: 'inventory.rules.update' }, (tx) => updateInventoryRules(tx, input)),
    // A control's own findings (the engine names the controls each kind bears on).
    'inventory.findings.forControl': ({ framework, controlId }) =>
      session
        .workspace()
        .read((db) => {
          const context = findingContext(db, todayFrom(options.now));
          return computeFindings(loadFindingInventory(db, context), context);
        })
        .filter((finding) => finding.controls.some((control) => control.framework === framework && control.controlId === controlId)),
  };
}
