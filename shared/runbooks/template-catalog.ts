// The runbook templates Custos ships, and how one becomes a runbook's first draft in a language.
import type { RunbookContent, RunbookLanguage } from '../contract/areas/runbooks';
import type { RunbookTemplate } from './template-types';
import { insiderMisuse } from './templates/insider-misuse';
import { lostDevice } from './templates/lost-device';
import { misdirectedEmail } from './templates/misdirected-email';
import { personalDataBreach } from './templates/personal-data-breach';
import { ransomware } from './templates/ransomware';
import { vendorBreach } from './templates/vendor-breach';

export const RUNBOOK_TEMPLATES: readonly RunbookTemplate[] = [personalDataBreach, ransomware, lostDevice, misdirectedEmail, vendorBreach, insiderMisuse];

export function runbookTemplate(id: string | null | undefined): RunbookTemplate | null {
  return RUNBOOK_TEMPLATES.find((template) => template.id === id) ?? null;
}

/** The template's content in one language: what a runbook made from it starts with. */
export function templateContent(template: RunbookTemplate, language: RunbookLanguage): RunbookContent {
  return {
    scope: template.scope[language],
    roles: template.roles.map((role) => ({ role: role.role, assignee: role.assignee[language] })),
    steps: template.steps.map((step) => ({
      id: step.id,
      title: step.title[language],
      instructions: step.instructions[language],
      role: step.role,
      targetMinutes: step.targetMinutes,
      decision: step.decision
        ? { question: step.decision.question[language], options: step.decision.options.map((option) => ({ answer: option.answer[language], goTo: option.goTo })) }
        : null,
    })),
    contacts: template.contacts.map((contact) => ({ name: contact.name[language], role: contact.role[language], phone: contact.phone, email: contact.email, external: contact.external })),
  };
}

/** A blank runbook: every role listed for someone to fill, no steps yet. */
export function blankContent(): RunbookContent {
  return { scope: '', roles: [], steps: [], contacts: [] };
}
