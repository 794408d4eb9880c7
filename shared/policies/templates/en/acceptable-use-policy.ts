// Acceptable use policy (ISO/IEC 27001:2022 A.5.10, A.5.11, A.6.7, A.7.7, A.8.1).
export default `# Acceptable Use Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy tells everyone who works for or with {{organisation.name}} how they may use our information, devices, accounts and networks, so that our information stays protected and our systems stay available and lawful to use.

## 2. Scope

It applies to all employees, contractors and other people given access to our information or systems, and to all devices used for work, including company-issued laptops and phones and personal devices approved for work ("bring your own device"), wherever they are used.

## 3. Responsibilities

- **Every user** reads this policy, confirms it on joining and each year, and follows it.
- **Line managers** make sure their staff understand it and report concerns.
- **IT operations** configure devices and services to support it and monitor for misuse within the limits of the law.
- **The {{document.owner}}** maintains this policy and decides questions of interpretation.

## 4. General rules

- Use our information and systems for work. Occasional personal use is allowed if it is lawful, does not interfere with work, does not expose our information and does not use significant resources.
- Handle information according to its classification; do not copy confidential or personal data to personal accounts, personal devices or unapproved cloud services.
- Do not attempt to bypass security controls, disable security software, or access information you are not authorised to see.
- Do not install software or browser extensions that have not been approved; use only licensed software.
- Do not use our systems to create, store or send unlawful, discriminatory, harassing or offensive material.
- Use only approved services (including approved generative or online tools) for company information, and do not enter confidential or personal data into services that are not approved for it.

## 5. Accounts and passwords

- Keep your credentials secret; never share them or let others use your account.
- Use multi-factor authentication where it is offered and the approved password manager for all work passwords.
- Report at once any suspicion that your account or password has been compromised.

## 6. Devices

- Company devices must keep full-disk encryption, automatic updates, endpoint protection and screen locks enabled.
- Lock your screen whenever you leave your device; keep devices with you or locked away when travelling.
- Personal devices may be used for work only if enrolled in the approved management solution and meeting the same minimum protections.
- Report lost or stolen devices immediately so that they can be locked or wiped remotely.

## 7. E-mail, messaging and internet

- Be alert to phishing: check senders and links, and report suspicious messages using the report function.
- Do not forward work e-mail automatically to personal accounts.
- Send confidential or personal information outside the organisation only through approved, encrypted channels.
- Do not post confidential information about the organisation, its customers or colleagues on social media or public forums.

## 8. Remote and off-site working

- Work in a place where others cannot overlook your screen or overhear confidential conversations.
- Connect through trusted networks or the approved VPN; avoid public networks for confidential work without it.
- Do not print confidential information at home unless it is necessary, and dispose of such printouts by shredding.

## 9. Clear desk and clear screen

Leave no confidential papers or removable media unattended on desks, printers or meeting rooms; store them locked. Clear whiteboards after meetings.

## 10. Return of assets

When you leave, or when your role no longer needs them, return all devices, access cards, documents and other assets, and hand over any work information held elsewhere. Company information must then be deleted from any personal device.

## 11. Monitoring

To protect our systems and information we log and may review the use of our systems, in line with applicable law and our privacy notice for staff. Monitoring is proportionate and is not used to read private communications without a lawful reason.

## 12. Breaches and exceptions

Breaches of this policy may result in disciplinary action up to dismissal, or termination of a contract. Exceptions must be approved in writing by the {{document.owner}} and are recorded with an expiry date.

## 13. Review

This policy is reviewed at least every {{document.reviewCycleMonths}} months.
`;
