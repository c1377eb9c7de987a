/**
 * A flag of a pre-shift check in the reader's language (issue #15): what the evidence
 * showed, whether it holds the vehicle, and who confirmed the check.
 */
import type { Messages } from "../i18n/messages.js";

export interface CheckFlag {
  kind: string;
  reason: string;
  detail: Record<string, string | number | boolean>;
  holds: boolean;
  confirmedAt: string | null;
  confirmedByName: string | null;
  confirmNote: string | null;
}

const num = (value: string | number | boolean | undefined) =>
  typeof value === "number" ? value : Number(value ?? 0);

export function flagText(flag: CheckFlag, t: Pick<Messages, "release">): string {
  const words = t.release.flags;
  const d = flag.detail;
  switch (flag.reason) {
    case "short_check":
      return words.short_check(num(d.seconds), num(d.minimumSeconds));
    case "quick_answers":
      return words.quick_answers(num(d.quickAnswers), num(d.answers));
    case "outside_area":
      return words.outside_area(num(d.distanceM));
    case "no_qr_scan":
      return words.no_qr_scan;
    case "other_vehicle_qr":
      return words.other_vehicle_qr;
    case "clock_off":
      return words.clock_off(Math.round(Math.abs(num(d.offsetSeconds)) / 60));
    case "missing":
      return words.missing;
    case "impossible":
      return words.impossible(String(d.field ?? ""));
    default:
      return words.other(flag.reason);
  }
}

/** The flag with what follows from it: holding the vehicle, or confirmed by whom. */
export function flagLine(flag: CheckFlag, t: Pick<Messages, "release">): string {
  const text = flagText(flag, t);
  if (flag.confirmedAt)
    return `${text} — ${t.release.flags.confirmed(flag.confirmedByName ?? "", flag.confirmNote ?? "")}`;
  return flag.holds ? `${text} — ${t.release.flags.holds}` : text;
}
