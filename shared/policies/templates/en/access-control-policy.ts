// Access control policy (ISO/IEC 27001:2022 A.5.15–A.5.18, A.8.2, A.8.3, A.8.5; SOC 2 CC6.1–CC6.3).
export default `# Access Control Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy sets the rules for granting, using, reviewing and removing access to the information and systems of {{organisation.name}}, so that only authorised people and services can use them, and only as far as their duties require.

## 2. Scope

It covers every user account, service account and access right on systems that store or process our information, including cloud services, internal applications, networks, databases, source code repositories and physical access to secure areas, for employees, contractors, suppliers and automated processes.

## 3. Roles and responsibilities

- **System and information owners** decide who may access their systems and information and approve requests and periodic reviews.
- **IT operations** create, change and remove accounts only on an approved request, and keep records of every change.
- **Line managers** request access for their staff, tell IT about moves and departures in advance, and confirm reviews.
- **Users** protect their authentication information, use only the access given to them and report suspected misuse.
- **The {{document.owner}}** maintains this policy and monitors compliance.

## 4. Policy statements

### 4.1 Principles

- Access is granted on the basis of least privilege and need to know, through roles wherever possible.
- Every user has a unique identity; shared or generic accounts are not allowed except where technically unavoidable, in which case an owner is named and use is logged.
- Conflicting duties (for example, requesting and approving the same change) are segregated.

### 4.2 Identity lifecycle

- Accounts are created only after a documented request approved by the system owner and, for staff, after screening is complete.
- Access changes when a person changes role: rights that are no longer needed are removed within five working days.
- Accounts of leavers are disabled no later than their last working day; for dismissals, immediately. Returned equipment and revoked credentials are confirmed.
- Accounts unused for 90 days are disabled, unless documented as needed.

### 4.3 Privileged access

- Administrative rights are assigned to named individuals, separate from their everyday accounts, and only for as long as needed.
- Privileged access requires multi-factor authentication and is logged; logs are protected against alteration by the administrators themselves.
- The list of privileged users is reviewed at least quarterly.
- Use of system utilities that can override controls is restricted to authorised administrators.

### 4.4 Authentication

- Multi-factor authentication is required for remote access, cloud services, e-mail and all privileged access.
- Passwords are at least 12 characters long, are checked against lists of known-compromised passwords and are not reused across systems; a password manager approved by the organisation is provided.
- Initial and reset credentials are delivered securely and must be changed at first use.
- Authentication information is never shared, written down in clear or sent by e-mail or chat.
- Sessions lock after a period of inactivity and systems limit repeated failed log-in attempts.

### 4.5 Access reviews

- System owners review user access to their systems at least every six months, and privileged access at least every three months.
- Findings (unneeded rights, orphaned accounts) are corrected within ten working days and the review is recorded.

### 4.6 Information access restriction

- Access to information in applications is restricted according to its classification; confidential and personal data is visible only to roles that need it.
- Access to source code and production data is limited to authorised staff, and production data is not copied to test environments without masking or approval.

### 4.7 Supplier and service accounts

- Suppliers receive time-limited access for a defined task, approved by the system owner and removed when the task ends.
- Service accounts have a named owner, cannot log in interactively where the platform allows, and their secrets are stored in an approved secrets manager and rotated.

## 5. Exceptions

Exceptions must be requested in writing from the {{document.owner}}, with the business reason, the risk and compensating controls, approved by the system owner, recorded and given an expiry date no longer than twelve months.

## 6. Compliance

Compliance is checked through access reviews, log monitoring and internal audit. Violations may lead to removal of access and disciplinary action.

## 7. Review

This policy is reviewed at least every {{document.reviewCycleMonths}} months and after significant changes to systems, organisation or risk.
`;
