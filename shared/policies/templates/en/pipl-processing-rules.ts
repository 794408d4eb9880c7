// Personal information processing rules under the PIPL (Art. 17, with the disclosures of Arts. 23,
// 24, 30 and 39). Each numbered section answers one statutory item; the completeness check finds
// them by their headings, so keep one item per section.
export default `# Personal Information Processing Rules

{{organisation.name}} ("we") takes the protection of personal information seriously. These rules are made under the Personal Information Protection Law of the People's Republic of China ("PIPL") and related laws and regulations, and explain in clear language how we handle your personal information. Please read them before you provide personal information to us; if anything is unclear, use the contact details below.

Updated on: {{notice.lastUpdated}}

## 1. Who we are and how to contact us

{{organisation.legalName}}, {{organisation.address}}, is the personal information handler responsible for the processing described here. You can write to us at {{organisation.contactEmail}}.

{{organisation.piplOfficerStatement}}

{{organisation.chinaRepresentativeStatement}}

## 2. Categories of personal information we process

We follow the principles of lawfulness, legitimacy, necessity and good faith, and handle only the minimum personal information needed. We process the following categories of personal information:

{{inventory.dataCategories}}

The individuals concerned include:

{{inventory.subjectCategories}}

## 3. Purposes and methods of processing

We process your personal information for the following purposes, each with its legal basis under Article 13 of the PIPL:

{{inventory.purposes.pipl}}

To achieve these purposes we collect, store, use, handle, transmit, provide and delete personal information. We collect it through forms you complete, records created when you use our services and our correspondence with you, and we store and use it in information systems under our control. If a purpose, a method or a category of personal information changes, we will inform you again and, where the law requires, obtain your consent again.

## 4. Retention period

We keep personal information only for the shortest time needed to achieve the purpose. The retention period for each activity is:

{{inventory.retention}}

When the period ends we delete the personal information or anonymise it. Where a period set by law has not yet ended, or deletion is technically infeasible, we stop all handling other than storage and the necessary security measures.

## 5. Sensitive personal information

Sensitive personal information is information that, once leaked or used unlawfully, can easily harm a person's dignity or endanger their personal or property safety. We process the following sensitive personal information:

{{inventory.sensitiveData.pipl}}

We process sensitive personal information only for a specific purpose, where it is sufficiently necessary, and under strict protection. Processing sensitive personal information is necessary for the purposes listed in section 3, without which we could not provide the related service or meet our legal duties; its impact on you lies mainly in the risk of discrimination, financial loss or threats to personal safety if it were leaked, which we counter with encrypted storage, least-privilege access and audited access logs. We obtain your separate consent before processing sensitive personal information, unless laws or administrative regulations provide otherwise. For a minor under 14 we obtain the consent of a parent or other guardian and apply dedicated processing rules.

## 6. Provision to other personal information handlers

We provide personal information to other personal information handlers, or entrust it to processors acting for us, in these cases:

{{inventory.recipients}}

Before we provide personal information to another handler we tell you its name, contact details, purposes, methods of handling and the categories of personal information, and obtain your separate consent unless the law provides otherwise. The recipient must stay within that scope and obtain your consent again for any change. When we entrust processing, we agree with the entrusted party on the purpose, period, methods, categories, protection measures and both parties' rights and obligations, and we supervise its activities.

## 7. Provision outside the People's Republic of China

This section describes any provision of personal information to recipients outside the People's Republic of China:

{{inventory.transfers.pipl}}

Before any such provision we meet the conditions of Article 38 of the PIPL (a CAC security assessment, personal information protection certification or the CAC standard contract), carry out a personal information protection impact assessment and obtain your separate consent. You can send requests through the channels in section 9 to assert your PIPL rights against an overseas recipient, and we will coordinate the response with that recipient.

## 8. Automated decision-making

{{inventory.automatedDecisions}}

Where we use personal information for automated decision-making, we ensure the transparency of the decisions and the fairness of their results, and we do not apply unreasonable differential treatment in prices or other trading conditions. Where a decision with a significant impact on your interests is made by automated means, you may ask us to explain it and refuse a decision made solely by automated means.

## 9. Your rights and how to exercise them

Under the PIPL you have the right:

- to know and to decide about the handling of your personal information, and to restrict or refuse it (Article 44);
- to consult and copy your personal information and, where the conditions set by the CAC are met, to have it transferred to another handler you designate (Article 45);
- to have inaccurate or incomplete personal information corrected or supplemented (Article 46);
- to have personal information deleted in the cases set by law (Article 47);
- to ask us to explain these rules (Article 48);
- to withdraw consent at any time where handling is based on consent; withdrawal does not affect handling already carried out (Article 15).

After a person's death, their close relatives may, for their own lawful and legitimate interests, consult, copy, correct or delete the deceased's personal information, unless the deceased arranged otherwise (Article 49).

You can exercise your rights through these channels:

{{inventory.requestChannels}}

After verifying your identity we respond within 15 working days. If we refuse a request we explain why. If you believe our handling harms your rights and interests, you may complain to or report to the departments responsible for personal information protection, or bring a lawsuit before a people's court.

## 10. How we protect your personal information

We maintain internal management systems and operating procedures for personal information, classify the information we hold, apply encryption and de-identification, set access permissions carefully, train our staff regularly and keep an incident response plan. If personal information is or may have been leaked, tampered with or lost, we take remedial measures at once and notify the responsible authorities and you as the law requires.

## 11. Changes to these rules

We review these rules at least every {{document.reviewCycleMonths}} months and update them when our handling changes. We will inform you prominently of significant changes, such as a change of purpose, method or category of personal information.
`;
