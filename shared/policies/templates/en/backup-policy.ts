// Backup policy (ISO/IEC 27001:2022 A.8.13, A.5.30; SOC 2 A1.2, A1.3, CC7.5).
export default `# Backup Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy makes sure that {{organisation.name}} can recover its information, software and systems after loss, corruption, ransomware, accidental deletion or a disaster, within the recovery objectives the business has agreed.

## 2. Scope

It covers all production systems and data stores that hold business or personal information, including cloud services (whose built-in redundancy is not a backup), endpoint data that is not stored centrally, configuration and infrastructure-as-code, and the keys needed to read encrypted backups.

## 3. Roles and responsibilities

- **System owners** state the recovery point objective (RPO) and recovery time objective (RTO) for their systems and approve the backup scheme.
- **IT operations** configure, monitor and test backups and keep records of them.
- **The {{document.owner}}** maintains this policy, reviews test results and reports gaps to management.

## 4. Policy statements

### 4.1 Backup scheme

- Every system in scope is listed in the backup register with its owner, RPO, RTO, backup method, frequency, retention and location.
- Backup frequency meets the RPO; as a minimum, production data is backed up daily and critical databases continuously or at least hourly.
- Backups follow the 3-2-1 rule: at least three copies, on two different kinds of storage, one of them off-site or in a separate cloud account or region.
- At least one copy is immutable or offline, so that it cannot be altered or deleted with the credentials used for production.

### 4.2 Protection of backups

- Backups are encrypted in transit and at rest in line with the Cryptography Policy; the keys are stored separately from the backups and are themselves recoverable.
- Access to backup systems is restricted to named administrators with multi-factor authentication, and every restore and deletion is logged.
- Backups containing personal data are subject to the same retention and deletion rules as the source data; when a retention period ends, the data expires from backups within the backup retention cycle.

### 4.3 Monitoring

- Every backup job is monitored; failures raise an alert and are investigated and rerun within one working day.
- Backup status is reported monthly to the {{document.owner}}.

### 4.4 Restore testing

- Restores are tested at least quarterly for critical systems and at least annually for all others, restoring to an isolated environment and checking that the data is complete and usable.
- A full recovery exercise of a critical service, measured against its RTO, is performed at least annually as part of business continuity testing.
- Each test records the date, system, backup used, time taken, result and any corrective action; failed tests are treated as incidents until resolved.

### 4.5 Retention of backups

Unless the backup register states otherwise: daily backups are kept for 35 days, monthly backups for 12 months. Longer retention requires a documented legal or business reason.

## 5. Exceptions

A system may be excluded from backup only where its data can be fully rebuilt from other sources within the RTO; the exclusion is approved by the system owner and recorded in the backup register.

## 6. Compliance

Compliance is checked through monitoring reports, restore test records and internal audit.

## 7. Review

This policy and the backup register are reviewed at least every {{document.reviewCycleMonths}} months and after any significant change to systems or after a major incident.
`;
