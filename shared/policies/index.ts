// Policy and privacy-notice templates: the catalog, the Markdown bodies, the facts they are filled
// with, the filler and the notice completeness check.
export * from './template-catalog';
export * from './template-bodies';
export * from './notice-facts';
export * from './fill-template';
export * from './completeness';
