// Notice at collection (Cal. Civ. Code 1798.100(a); CCPA regulations 7012). Each section answers one
// required item; the completeness check finds them by their headings, so keep one item per section.
export default `# Notice at Collection

{{organisation.legalName}} gives this notice to California residents at or before the point at which we collect personal information from them, as the California Consumer Privacy Act ("CCPA") requires.

Last updated: {{notice.lastUpdated}}

## Categories of personal information we collect

We collect the following categories of personal information:

{{inventory.ccpa.categoriesCollected}}

Of these, the following are sensitive personal information:

{{inventory.sensitiveData.ccpa}}

{{inventory.ccpa.sensitiveUse}}

## Purposes of collection and use

We collect and use it for the following business or commercial purposes:

{{inventory.purposes.ccpa}}

We will not collect additional categories, or use them for other purposes, without giving you a new notice.

## Sale or sharing

This section states whether we sell or share personal information.

{{inventory.ccpa.soldShared}}

Where personal information is sold or shared, you can opt out at any time through our "Do Not Sell or Share My Personal Information" page, or through any of these channels:

{{inventory.requestChannels}}

## How long we keep it

Each category is kept for the retention period of the activity for which it was collected:

{{inventory.retention}}

Where a period is given as criteria rather than a fixed time, we decide it by the length of our relationship with you, the limitation periods for legal claims, and the record-keeping periods that laws and regulations set. At the end of the period we delete the information or deidentify it.

## More information

Our full privacy policy explains your rights and how to exercise them. It is available where you received this notice, or on request from {{organisation.contactEmail}}.
`;
