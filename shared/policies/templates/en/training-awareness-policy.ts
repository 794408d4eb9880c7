// Training and awareness policy (ISO/IEC 27001:2022 A.6.3, A.6.2, clause 7.2/7.3; SOC 2 CC1.4, CC2.2).
export default `# Security and Privacy Training and Awareness Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy makes sure that everyone working for {{organisation.name}} knows their information security and data protection responsibilities, has the competence their role requires, and stays alert to current threats.

## 2. Scope

It applies to all employees, contractors and temporary staff with access to our information or systems, and to their managers.

## 3. Roles and responsibilities

- **The {{document.owner}}** owns the training programme, sets its content and tracks completion.
- **Human resources** includes training in induction and keeps training records with personnel files.
- **Line managers** make sure their staff complete training on time and follow up on non-completion.
- **Every person** completes the required training and applies it.

## 4. Training requirements

| Audience | Training | When |
| --- | --- | --- |
| Everyone | Security and privacy induction: this organisation's policies, acceptable use, reporting incidents, handling personal data | before or within 10 working days of receiving access |
| Everyone | Annual refresher covering current threats, policy changes and lessons from incidents | every 12 months |
| Everyone | Phishing simulations with immediate feedback | at least quarterly |
| Staff who handle personal data | Data protection law for their role (GDPR, PIPL, CCPA as relevant), data subject requests, breach recognition | on appointment and every 12 months |
| Engineers and administrators | Secure development, secure configuration, privileged access | on appointment and every 12 months |
| Incident response team | Response procedures and exercises | at least annually |

People who change role receive the training of their new role before gaining its access.

## 5. Awareness activities

Besides formal training, the organisation runs ongoing awareness: short briefings on current threats, reminders before high-risk periods, and communication of lessons learned from incidents, without naming individuals.

## 6. Records and effectiveness

- Completion of each course is recorded with the person, course, version, date and result; records are kept for the duration of employment plus the period set in the retention schedule.
- Courses include an assessment; a person who does not pass repeats the course.
- Effectiveness is measured through assessment results, phishing simulation results and incident trends, and reported to management review at least annually.

## 7. Non-completion

Overdue training is escalated to the line manager after 14 days and to the {{document.owner}} after 30 days. Persistent non-completion may lead to suspension of access and disciplinary action.

## 8. Exceptions

Deferral of training (for example, during long absence) must be approved by the line manager and recorded; training is completed on return before access is restored.

## 9. Review

This policy and the training content are reviewed at least every {{document.reviewCycleMonths}} months.
`;
