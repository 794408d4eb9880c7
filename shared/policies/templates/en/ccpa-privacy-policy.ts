// Privacy policy for California residents (Cal. Civ. Code 1798.130(a)(5); CCPA regulations 7011).
// Each section answers one required item; the completeness check finds them by their headings, so
// keep one item per section.
export default `# Privacy Policy for California Residents

Last updated: {{notice.lastUpdated}}

This policy describes how {{organisation.legalName}} ("we", "us") handles personal information about California residents ("consumers") online and offline, and explains the rights the California Consumer Privacy Act, as amended by the California Privacy Rights Act ("CCPA"), gives you. It covers the preceding 12 months and is reviewed at least once every 12 months.

## Personal information we have collected

In the preceding 12 months we have collected the following categories of personal information:

{{inventory.ccpa.categoriesCollected}}

Personal information does not include information that is publicly available, deidentified or aggregated, or that the CCPA otherwise excludes.

## Sources of personal information

We obtain personal information from the following categories of sources, listed by activity:

{{inventory.sources}}

## How we use personal information

We use personal information for the following business or commercial purposes:

{{inventory.purposes.ccpa}}

We do not use personal information for purposes that are incompatible with those for which it was collected without telling you first.

## Disclosure for a business purpose

In the preceding 12 months we have disclosed personal information for a business purpose as follows:

{{inventory.ccpa.disclosed}}

Service providers and contractors that receive personal information for a business purpose are bound by written contracts that limit their use of it to the services they perform for us.

## Sale and sharing of personal information

This section states whether we sell or share personal information. "Selling" means making personal information available to a third party for monetary or other valuable consideration; "sharing" means making it available for cross-context behavioural advertising.

{{inventory.ccpa.soldShared}}

## Consumers under 16

{{inventory.ccpa.minors}}

## Sensitive personal information

{{inventory.sensitiveData.ccpa}}

{{inventory.ccpa.sensitiveUse}}

## How long we keep personal information

We keep each category of personal information for the retention period of the activity for which it was collected, and no longer than reasonably necessary for that purpose:

{{inventory.retention}}

At the end of the period we delete the information or deidentify it.

## Your rights under the CCPA

Subject to the exceptions in the law, you have:

- the right to know the personal information we hold about you, including its categories, sources, purposes and the categories of third parties to whom we disclose it, and to obtain the specific pieces of personal information we hold;
- the right to delete personal information we collected from you;
- the right to correct inaccurate personal information;
- the right to opt out of the sale or sharing of your personal information;
- the right to limit the use and disclosure of your sensitive personal information to the purposes allowed by law;
- the right to non-discrimination: we will not deny you goods or services, charge you different prices or provide a different level of quality because you exercised a CCPA right, and we will not retaliate against employees, applicants or contractors who do so.

## How to exercise your rights

You may submit a request through any of these channels:

{{inventory.requestChannels}}

We confirm receipt of a request within 10 business days and respond within 45 calendar days. If we need more time, up to 45 more days, we tell you why within the first 45 days. We act on requests to opt out or to limit within 15 business days. We do not charge for requests unless they are manifestly unfounded or excessive.

## How we verify requests

To protect your information, we verify your identity before acting on a request to know, delete or correct. We match the information you provide, such as your name, e-mail address and details of your relationship with us, against the information we already hold; for specific pieces of personal information we require a higher degree of certainty. We do not require verification for requests to opt out or to limit, but may refuse them if we believe they are fraudulent.

## Authorized agents

You may designate an authorized agent to make a request on your behalf. We will ask the agent for your signed permission and may ask you to verify your own identity directly with us or to confirm that you gave the agent permission, unless the agent holds a power of attorney under the California Probate Code.

## Opt-out preference signals

{{inventory.ccpa.optOutSignals}}

## Contact us

If you have questions about this policy or our privacy practices, contact us at {{organisation.contactEmail}} or by post at {{organisation.address}}.
`;
