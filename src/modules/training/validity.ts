/**
 * How long a certificate lasts and whether it counts today. A certificate is valid from
 * the day it was issued up to and including its expiry day (the same rule
 * missingCompetencies applies at sign-off), unless it was revoked.
 */
export const CERTIFICATE_STATUSES = ["valid", "expired", "revoked"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** How far ahead "expiring soon" looks by default: coverage and the expiring list. */
export const EXPIRING_SOON_DAYS = 60;

export function certificateStatus(
  certificate: { revoked_at: Date | null; expires_on: string },
  today: string,
): CertificateStatus {
  if (certificate.revoked_at) return "revoked";
  return certificate.expires_on >= today ? "valid" : "expired";
}
