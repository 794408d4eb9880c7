// Cryptography policy (ISO/IEC 27001:2022 A.8.24, A.5.14; SOC 2 CC6.1, CC6.7).
export default `# Cryptography Policy

| | |
| --- | --- |
| Organisation | {{organisation.legalName}} |
| Owner | {{document.owner}} |
| Version | {{document.version}} |
| Effective date | {{document.effectiveDate}} |
| Review cycle | every {{document.reviewCycleMonths}} months |

## 1. Purpose

This policy sets out when {{organisation.name}} uses cryptography to protect the confidentiality, integrity and authenticity of information, which algorithms and protocols are approved, and how cryptographic keys are managed throughout their life.

## 2. Scope

It applies to all systems, applications, devices and services that store or transmit our information, including those operated by suppliers on our behalf, and to everyone who designs, configures or operates them.

## 3. Roles and responsibilities

- **The {{document.owner}}** maintains this policy and the list of approved algorithms, and approves exceptions.
- **System owners and engineers** apply the required encryption in the systems they build and run.
- **Key custodians** generate, store, rotate and destroy keys according to this policy and keep records.

## 4. Where encryption is required

- **Data in transit:** all traffic that leaves a trusted network segment, and all traffic carrying confidential or personal information, is encrypted with TLS 1.2 or later (TLS 1.3 preferred). Unencrypted protocols (HTTP, FTP, Telnet, unauthenticated SMTP relay) are not used for such data.
- **Data at rest:** laptops and mobile devices use full-disk encryption; databases, file stores, backups and removable media holding confidential or personal information are encrypted.
- **Sensitive data:** special category data, sensitive personal information, payment data, credentials and secrets receive encryption at the field or file level where the platform supports it.
- **Passwords** are stored only as salted hashes using a memory-hard function (Argon2id, scrypt) or, where not available, bcrypt or PBKDF2 with a high work factor.
- **Information exchange** with third parties uses encrypted channels or encrypted files whose keys are shared over a separate channel.

## 5. Approved algorithms and protocols

| Use | Approved |
| --- | --- |
| Symmetric encryption | AES-256 or AES-128 in GCM mode (or XTS for disks); ChaCha20-Poly1305 |
| Asymmetric encryption and signatures | RSA 3072 bits or more; ECDSA or EdDSA on P-256, P-384 or Curve25519 |
| Hashing | SHA-256 or stronger (SHA-2, SHA-3) |
| Key exchange | ECDHE; DHE with at least 3072-bit groups |
| Transport | TLS 1.2 with forward-secret AEAD cipher suites; TLS 1.3 |

Deprecated algorithms (DES, 3DES, RC4, MD5, SHA-1 for signatures, SSL, TLS 1.0 and 1.1) must not be used. Where local law requires national algorithms (for example the SM2, SM3 and SM4 commercial cryptography standards in China), they are used in addition to or instead of those above, as the law requires.

## 6. Key management

- Keys are generated with a cryptographically secure random generator, inside a key management service or hardware security module where one is available.
- Keys are stored separately from the data they protect, never in source code, and accessible only to the services and custodians that need them.
- Each key has an owner, a purpose and a cryptoperiod; data-encryption keys are rotated at least annually, and immediately if compromise is suspected.
- Key backups are themselves encrypted and access-controlled so that encrypted data and backups remain recoverable.
- Keys that are no longer needed are destroyed securely, after confirming that no data still depends on them.
- TLS certificates are issued by approved certificate authorities, tracked in an inventory and renewed before expiry.

## 7. Legal considerations

Before cryptography is used in another country, or cryptographic products are imported or exported, the legal requirements of that country (such as import, use or disclosure rules) are checked with the {{document.owner}}.

## 8. Exceptions

Exceptions (for example, a legacy system that cannot support an approved protocol) require a written risk assessment, compensating controls and the approval of the {{document.owner}}; they are recorded with a remediation date.

## 9. Review

This policy and the approved algorithm list are reviewed at least every {{document.reviewCycleMonths}} months, and earlier when a weakness in an algorithm or protocol becomes known.
`;
