// The risk register's procedures: thin adapters from the contract onto risk-changes.ts and the
// queries. Inputs arrive validated by the dispatcher; the business rules live below this layer.
import { AppError, type risksProcedures } from '../../../shared/contract';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { acceptRisk, createRisk, deleteRisk, RISK_RECORD, updateRisk, updateRiskScales } from './risk-changes';
import { getRisk, getRiskScales, listRisks } from './risks-queries';

type RisksProcedure = keyof typeof risksProcedures;

export function risksHandlers({ session }: HandlerDeps): AreaHandlers<RisksProcedure> {
  return {
    'risks.scales.get': () => session.workspace().read(getRiskScales),
    'risks.scales.update': (input, { actor }) => session.workspace().change({ actor, procedure: 'risks.scales.update' }, (tx) => updateRiskScales(tx, input)),
    'risks.list': () => session.workspace().read(listRisks),
    'risks.get': ({ id }) => {
      const risk = session.workspace().read((db) => getRisk(db, id));
      if (!risk) throw new AppError('NOT_FOUND', 'no such risk', { entity: RISK_RECORD, id });
      return risk;
    },
    'risks.create': (input, { actor }) => session.workspace().change({ actor, procedure: 'risks.create' }, (tx) => createRisk(tx, input, [])),
    'risks.update': ({ id, risk }, { actor }) => session.workspace().change({ actor, procedure: 'risks.update' }, (tx) => updateRisk(tx, id, risk, ['risk'])),
    'risks.delete': ({ id }, { actor }) =>
      session.workspace().change({ actor, procedure: 'risks.delete' }, (tx) => {
        deleteRisk(tx, id);
        return { deleted: true as const };
      }),
    'risks.accept': ({ id, acceptedBy, note }, { actor }) => session.workspace().change({ actor, procedure: 'risks.accept' }, (tx) => acceptRisk(tx, id, acceptedBy, note)),
  };
}
