// Supplier security policy (ISO/IEC 27001:2022 A.5.19–A.5.23; SOC 2 CC9.2, P6.4, P6.5).
export default `# Supplier Security Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy makes sure that suppliers who access, process, store or transmit information of {{organisation.name}}, or who provide services on which our security depends, protect that information to the standard we require, throughout the relationship.

## 2. Scope

It applies to all suppliers of products and services that touch our information or systems, including cloud and software-as-a-service providers, IT and managed service providers, processors of personal data, contractors and their subcontractors (the ICT supply chain).

## 3. Roles and responsibilities

- **The business owner** of each supplier relationship makes sure this policy is followed from selection to exit.
- **Procurement** makes sure contracts contain the required clauses.
- **The {{document.owner}}** sets the assessment requirements, reviews high-risk suppliers and keeps the supplier register.
- **The privacy lead** reviews data processing agreements and cross-border transfer arrangements.

## 4. Supplier register and classification

Every supplier in scope is recorded in the supplier register with its services, the information it can access, the countries where it processes data, its certifications, the contract and data processing agreement dates, and a risk tier:

- **Tier 1 (high):** access to personal, confidential or production data, or critical to our services;
- **Tier 2 (medium):** limited access to internal information;
- **Tier 3 (low):** no access to our information.

## 5. Before contracting

- Tier 1 and Tier 2 suppliers are assessed before signing: security questionnaire, review of independent assurance (ISO/IEC 27001 certificate and Statement of Applicability, SOC 2 report) and, for Tier 1, a review of their incident history and subprocessors.
- Risks found are accepted, mitigated through contract terms or controls, or lead to the choice of another supplier; the decision is recorded.
- Cloud services are assessed for data location, encryption, access management, logging, backup, and exit options.

## 6. Contract requirements

Contracts with Tier 1 and Tier 2 suppliers include, as relevant:

- the security controls the supplier must maintain and the standards it must meet;
- confidentiality obligations for the supplier and its staff;
- a data processing agreement meeting GDPR Article 28, PIPL Article 21 or the CCPA service-provider terms where personal information is processed;
- rules for subprocessors: prior notice or approval and flow-down of the same obligations;
- the locations where data may be processed and the mechanism for any cross-border transfer;
- notification of security incidents and personal data breaches without undue delay (for Tier 1, within 24 hours of discovery) and cooperation in the response;
- our right to audit or receive independent audit reports;
- return and deletion of our information at the end of the contract, confirmed in writing.

## 7. Monitoring and review

- Tier 1 suppliers are reviewed at least annually, Tier 2 at least every two years: updated assurance reports, certificate validity, incidents, changes in service or subprocessors, and performance against the contract.
- Expiring certificates and unsigned data processing agreements are followed up before the due date.
- Significant changes proposed by a supplier are assessed before they take effect.

## 8. Access by suppliers

Supplier access to our systems follows the Access Control Policy: named accounts, least privilege, multi-factor authentication, time limits and logging.

## 9. Ending the relationship

At the end of a contract access is removed, assets are returned, our information is returned or deleted and the deletion is confirmed in writing, and the supplier register is updated.

## 10. Exceptions

A supplier that cannot meet a requirement may be used only with a documented risk acceptance by the business owner and the {{document.owner}}, with compensating controls and a review date.

## 11. Review

This policy is reviewed at least every {{document.reviewCycleMonths}} months.
`;
