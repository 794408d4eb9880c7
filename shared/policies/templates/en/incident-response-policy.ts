// Incident response policy (ISO/IEC 27001:2022 A.5.24–A.5.28, A.5.5, A.6.8; SOC 2 CC7.3–CC7.5, P6.6).
export default `# Incident Response Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy makes sure that {{organisation.name}} detects, reports, assesses and responds to information security events and incidents quickly and consistently, limits their harm, meets its legal notification duties, and learns from them.

## 2. Scope

It covers all events that may affect the confidentiality, integrity or availability of our information or systems, including personal data breaches, whether they arise in our own systems or at a supplier, and applies to all personnel and suppliers.

## 3. Definitions

- **Information security event:** an occurrence indicating a possible breach of security or failure of controls.
- **Information security incident:** one or more events that are likely to harm the organisation's operations or information.
- **Personal data breach:** a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data.

## 4. Roles and responsibilities

- **All personnel and suppliers** report suspected events immediately.
- **The incident manager** (by default the {{document.owner}}) leads the response, decides on severity and escalation and keeps the incident record.
- **The incident response team** (IT operations, security, the system owners concerned, and legal and privacy advisers as needed) contains, investigates and recovers.
- **The data protection officer or privacy lead** assesses personal data breaches and prepares notifications to authorities and individuals.
- **Management** approves external communication and provides resources.

## 5. Reporting

- Report any suspected event at once, and no later than within one hour of noticing it, to the security contact {{organisation.contactEmail}} or through the service desk. Do not investigate on your own or delete evidence.
- Suppliers must report incidents affecting our information without undue delay, as their contracts require.
- Reports may be made without fear of blame; what matters is that they are made quickly.

## 6. Assessment and classification

The incident manager assesses each reported event and decides whether it is an incident. Incidents are classified by severity:

| Severity | Typical situation | Target to start the response |
| --- | --- | --- |
| Critical | widespread outage, ransomware, confirmed breach of sensitive or large volumes of personal data | immediately, 24/7 |
| High | breach of personal or confidential data, compromise of a privileged account | within 4 hours |
| Medium | contained malware, limited service disruption, lost encrypted device | within 1 working day |
| Low | policy violation without data exposure, blocked attack | within 3 working days |

## 7. Response

1. **Contain** the incident to stop further harm (isolate systems, revoke credentials, block indicators).
2. **Preserve evidence:** logs, images and records are collected and kept in a way that preserves their integrity and chain of custody, so that they can be used in disciplinary or legal action.
3. **Eradicate** the cause and **recover** systems from trusted sources and backups, monitoring for recurrence.
4. **Communicate** with affected customers, partners and staff as approved by management.
5. **Record** every action, decision and time in the incident record.

## 8. Personal data breaches and legal notifications

Every incident that involves personal data is assessed by the privacy lead for the risk to individuals. Notification deadlines run from the moment we become aware of the breach:

- **GDPR:** notify the competent supervisory authority without undue delay and, where feasible, within 72 hours, unless the breach is unlikely to result in a risk to individuals; inform the individuals without undue delay where the risk is high. Every breach is documented, whether notified or not.
- **PIPL (China):** take remedial measures immediately and notify the departments responsible for personal information protection and the individuals concerned, unless the measures taken effectively avoid harm and the authorities do not require individual notice.
- **California:** notify affected residents within the time set by Civil Code 1798.82 and, where more than 500 residents are notified, send a sample notice to the Attorney General.
- **Contracts:** notify customers for whom we act as processor within the time agreed in the data processing agreement.

Other notifications (regulators of specific sectors, law enforcement, insurers, card schemes) are identified by the incident manager with legal advice. Contacts with authorities are kept up to date.

## 9. Learning from incidents

After every high or critical incident, and a sample of others, the team holds a post-incident review within ten working days to identify the root cause, what worked and what did not, and corrective actions with owners and due dates. Trends are reported to management review.

## 10. Testing

The response plan is tested at least annually through a tabletop exercise or simulation, including a personal data breach scenario.

## 11. Review

This policy is reviewed at least every {{document.reviewCycleMonths}} months and after any major incident.
`;
