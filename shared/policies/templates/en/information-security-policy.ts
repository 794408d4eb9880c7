// Information security policy (ISO/IEC 27001:2022 clause 5.2 and Annex A 5.1).
export default `# Information Security Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy sets out the direction and commitment of the management of {{organisation.name}} for protecting the confidentiality, integrity and availability of the information we hold and the information entrusted to us by customers, employees and partners. It is the top-level policy of our information security management system (ISMS) and the frame for all topic-specific policies.

## 2. Scope

This policy applies to:

- all information created, received, stored or transmitted by {{organisation.name}}, in any form;
- all systems, applications, devices, networks and facilities used to process that information, whether owned, leased or provided by a supplier;
- all employees, contractors, temporary staff and third parties with access to our information or systems.

The scope of the ISMS itself, including any exclusions, is recorded in the ISMS scope statement.

## 3. Information security objectives

Management sets measurable information security objectives each year, consistent with this policy and with the results of risk assessment. At a minimum we aim to:

- protect information against unauthorised access, disclosure, alteration and destruction;
- meet our legal, regulatory and contractual obligations, including data protection law;
- keep critical services available at the levels agreed with customers;
- detect, respond to and learn from information security incidents promptly;
- continually improve the suitability, adequacy and effectiveness of the ISMS.

Objectives, their owners, targets and progress are recorded and reported to management review.

## 4. Principles

1. **Risk-based protection.** Controls are selected on the basis of a documented risk assessment and proportionate to the value and sensitivity of the information.
2. **Least privilege and need to know.** People and systems receive only the access they need for their role.
3. **Security by design.** Security and privacy requirements are considered from the start of every project, change and acquisition.
4. **Defence in depth.** No single control is relied on to protect important information.
5. **Accountability.** Every information asset has a named owner, and actions on systems are attributable to individuals.
6. **Compliance.** We identify and meet the legal, statutory, regulatory and contractual requirements that apply to us.

## 5. Roles and responsibilities

- **Top management** approves this policy, provides resources, sets objectives and reviews the ISMS at planned intervals.
- **The {{document.owner}}** maintains this policy and the ISMS, coordinates risk assessment and treatment, reports on performance and advises management.
- **Information and asset owners** classify their information, approve access to it and make sure the controls required for it are in place.
- **Line managers** make sure their staff know and follow this policy and complete the required training.
- **All personnel** protect the information they handle, follow the policies that apply to them and report suspected incidents and weaknesses without delay.

Conflicting duties are segregated where the risk justifies it.

## 6. Topic-specific policies

This policy is supported by topic-specific policies, including access control, acceptable use, backup, cryptography, incident response, data retention and deletion, supplier security, and training and awareness. Each is approved by management, communicated to the people it concerns and reviewed on the same cycle as this policy.

## 7. Compliance and monitoring

Compliance with this policy and the topic-specific policies is checked through internal audits, management reviews, technical compliance checks and the monitoring of security events. Results are reported to management, and nonconformities are corrected through the corrective action process.

Breaches of this policy may lead to disciplinary action, termination of contracts and, where the law has been broken, referral to the authorities.

## 8. Exceptions

Where a requirement of this policy cannot be met, the person responsible must request an exception from the {{document.owner}} in writing, stating the reason, the risk, any compensating controls and a time limit. Exceptions are approved by the risk owner, recorded in the risk register and reviewed before they expire.

## 9. Communication

This policy is published to all personnel, made available to relevant interested parties on request, and included in induction and annual awareness training.

## 10. Review

This policy is reviewed at least every {{document.reviewCycleMonths}} months, and sooner after significant changes to the organisation, its risks, the law or its technology, or after a major incident. Changes are approved by top management and recorded in the document history.
`;
