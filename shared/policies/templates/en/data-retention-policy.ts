// Data retention and deletion policy (ISO/IEC 27001:2022 A.5.33, A.8.10, A.7.14, A.5.34; SOC 2 C1.1, C1.2, P4.2, P4.3).
export default `# Data Retention and Deletion Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy makes sure that {{organisation.name}} keeps records and personal information for as long as they are needed for business, legal and regulatory purposes, and no longer, and that information is deleted or anonymised securely when its retention period ends. It supports the storage limitation principle of data protection law (GDPR Article 5(1)(e), PIPL Article 19).

## 2. Scope

It applies to all information held by or for the organisation, in any format and location, including e-mail, file shares, databases, cloud services, backups, archives, paper records, and information held by processors on our behalf.

## 3. Roles and responsibilities

- **Information owners** set and justify the retention period of their records and approve deletion.
- **System owners** implement automated deletion where possible and confirm that it works.
- **The {{document.owner}}** maintains this policy and the retention schedule and checks compliance.
- **The privacy lead** makes sure retention periods for personal information are recorded in the record of processing and reflected in privacy notices.
- **All personnel** keep information only in approved systems and do not keep private copies.

## 4. Retention schedule

- Every category of record has a retention period, a trigger (for example, end of contract or end of employment), a legal or business justification and an action at the end (delete, anonymise, or review).
- The retention schedule is kept in the record of processing activities. Where a law sets a minimum period, we keep the record for that period; where none is set, we choose the shortest period that serves the purpose.
- Personal information is not kept "just in case". When the purpose is achieved, consent is withdrawn or the service ends, it is deleted or anonymised unless another legal basis requires us to keep it.

## 5. Legal holds

When litigation, an investigation or an audit is reasonably expected, the {{document.owner}} may suspend deletion of the relevant records by a written legal hold. Records under hold are identified, protected and released for deletion when the hold ends.

## 6. Deletion and disposal

- Deletion is carried out by the method appropriate to the medium: secure deletion or cryptographic erasure for electronic data, overwriting or physical destruction for storage devices, and cross-cut shredding or certified destruction for paper.
- Devices and media are wiped or destroyed before reuse, sale or disposal; certificates of destruction are kept for devices that held confidential or personal information.
- Deleted data ages out of backups within the backup retention cycle and is not restored except for disaster recovery, after which deletions are re-applied.
- Processors are required by contract to delete or return personal information at the end of the service and to confirm this in writing.
- Where deletion is technically impossible, the data is put beyond use: all processing stops except storage under security measures, until deletion becomes possible.

## 7. Anonymisation

Data that is to be kept for statistics or research after its retention period is anonymised so that individuals can no longer be identified by any means reasonably likely to be used. Pseudonymised data is still personal information and remains subject to this policy.

## 8. Verification

System owners confirm at least annually that automated deletion runs as designed. Internal audit samples records against the retention schedule.

## 9. Exceptions

Keeping information beyond its retention period requires a documented reason approved by the information owner and the privacy lead, and a new review date.

## 10. Review

This policy and the retention schedule are reviewed at least every {{document.reviewCycleMonths}} months and when laws or processing activities change.
`;
