// The demo organisation's people, named once so that owners, auditors and attendees agree across areas.
export const PEOPLE = {
  ceo: 'Ciarán Walsh (CEO)',
  ciso: 'Niamh O’Connor (CISO)',
  dpo: 'Aoife Brennan (DPO)',
  counsel: 'Emma Fitzgerald (General Counsel)',
  platform: 'Daniel Okafor (Head of Platform Engineering)',
  vpEngineering: 'Priya Raman (VP Engineering, San Francisco)',
  itOps: 'Tomás Ryan (IT Operations Lead)',
  peopleOps: 'Sarah Kim (People Operations, San Francisco)',
  shanghai: 'Li Wei 李伟 (Shanghai Office Lead)',
  internalAuditor: 'Grace Mulligan (ComplyWorks Ltd, outsourced internal audit)',
} as const;
