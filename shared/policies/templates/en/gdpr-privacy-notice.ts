// GDPR privacy notice (Art. 13 and 14). Each numbered section answers one item of the articles; the
// section headings are what the completeness check looks for, so keep one item per section.
export default `# Privacy Notice

This notice explains how {{organisation.name}} handles personal data about you, what choices you have and how to reach us. It is given under Articles 13 and 14 of the General Data Protection Regulation (EU) 2016/679 ("GDPR").

Last updated: {{notice.lastUpdated}}

## 1. Who we are and how to contact us

{{organisation.legalName}}, {{organisation.address}}, is the controller of your personal data: we decide why and how it is processed.

You can reach us at {{organisation.contactEmail}}, or by post at the address above.

{{organisation.euRepresentativeStatement}}

## 2. Our data protection officer

{{organisation.dpoStatement}}

## 3. The categories of personal data we process

We process the following categories of personal data:

{{inventory.dataCategories}}

Of these, the following are special categories of personal data or data relating to criminal convictions, for which we apply the additional safeguards that Articles 9 and 10 GDPR require:

{{inventory.sensitiveData.gdpr}}

The people whose data we process include:

{{inventory.subjectCategories}}

## 4. Purposes of processing and legal basis

We process personal data only for specified purposes, and each purpose relies on a legal basis under Article 6(1) GDPR. Where special category data is involved, we also rely on a condition in Article 9(2) GDPR.

{{inventory.purposes.gdpr}}

## 5. Our legitimate interests

Where we rely on legitimate interests (Article 6(1)(f)), this section names the legitimate interests we pursue:

{{inventory.legitimateInterests}}

We use these interests only after weighing them against your interests and fundamental rights and freedoms. You may ask us for information on that balancing test.

## 6. Sources of your personal data

Some personal data is given to us by you; where it is not, we obtain it from the sources of personal data set out below.

{{inventory.sources}}

## 7. Who receives your personal data

We share personal data with the following recipients or categories of recipients, only to the extent needed for each purpose:

{{inventory.recipients}}

Service providers that process personal data on our behalf do so under a written contract that meets Article 28 GDPR, and only on our documented instructions. We may also disclose personal data where the law requires it, for example to courts, regulators or law-enforcement authorities.

## 8. Transfers outside the European Economic Area

When a recipient is located in a third country, outside the European Economic Area, we rely for each transfer on an adequacy decision of the European Commission or on appropriate safeguards under Article 46 GDPR, such as the standard contractual clauses adopted by the Commission. Our transfers are:

{{inventory.transfers.gdpr}}

You can obtain a copy of the safeguards we rely on by writing to {{organisation.contactEmail}}.

## 9. How long we keep your personal data

We keep personal data only as long as necessary for the purposes for which it was collected. Our retention periods are:

{{inventory.retention}}

When a retention period ends we delete the data or anonymise it so that it can no longer be linked to you. Where the law requires us to keep records for longer, we keep only what is needed and restrict access to it.

## 10. Your rights

Under the GDPR you have:

- the right of access to your personal data and to receive a copy of it (Article 15);
- the right to rectification of inaccurate or incomplete data (Article 16);
- the right to erasure ("right to be forgotten") in the cases set out in Article 17;
- the right to restriction of processing (Article 18);
- the right to data portability for data you gave us, processed by automated means on the basis of consent or a contract (Article 20);
- the right to object at any time to processing based on Article 6(1)(e) or (f), on grounds relating to your particular situation, and to object at any time to direct marketing (Article 21).

To make a request, use any of these channels:

{{inventory.requestChannels}}

We answer within one month of receiving your request. Where a request is complex, or we receive many, we may extend this by up to two further months and will tell you why within the first month. We may ask you to confirm your identity before acting on a request. Requests are free of charge unless they are manifestly unfounded or excessive.

## 11. Withdrawing your consent

Where we process personal data on the basis of your consent, you may withdraw your consent at any time, as easily as you gave it, through the channels in section 10 or the setting where you gave it. Withdrawal does not affect the lawfulness of processing carried out before it.

## 12. Complaints to a supervisory authority

If you believe that our processing of your personal data infringes the GDPR, you have the right to lodge a complaint with a supervisory authority. {{notice.supervisoryAuthority}} We would appreciate the chance to deal with your concern first, so please consider contacting us beforehand.

## 13. Whether you have to provide personal data

Where personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, we say so when we collect it. In those cases, if you do not provide the data, we may be unable to enter into or perform the contract with you, or to meet our own legal obligations. Where providing data is optional, not providing it has no consequence other than that we cannot offer the related feature.

## 14. Automated decision-making and profiling

{{inventory.automatedDecisions}}

Where such decisions are made, you may ask for human intervention, express your point of view and contest the decision.

## 15. How we protect your personal data

We apply technical and organisational measures appropriate to the risk, including access control, encryption, logging and staff training, in line with our information security policies.

## 16. Changes to this notice

We review this notice at least every {{document.reviewCycleMonths}} months and update it when our processing changes. The date at the top shows when it last changed.
`;
