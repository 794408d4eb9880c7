// Hosts the app may hand to the system browser. Anything else a link points to is refused: the
// renderer has no business opening arbitrary sites, and a compromised page must not be able to use
// shell.openExternal as a launcher. Exact host names only; subdomains are not implied.
export const EXTERNAL_LINK_HOSTS: readonly string[] = Object.freeze([
  'gdpr-info.eu',
  'eur-lex.europa.eu',
  'oag.ca.gov',
  'cppa.ca.gov',
  'www.iso.org',
  'www.aicpa-cima.com',
  'www.cac.gov.cn',
  'github.com',
]);
