/**
 * Training: my certificates, courses and sessions (enrolment, and for the hub's and the
 * manufacturer's trainers: new courses, sessions and results), certificates expiring
 * soon, and an operator's training coverage.
 */
import { useState } from "react";
import { PageHeader } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan } from "../session.js";
import { ExpiringCertificates, MyCertificates } from "../training/certificates.js";
import { CoursesAndSessions } from "../training/courses.js";
import { Coverage } from "../training/coverage.js";
import "../training/training.css";

type Tab = "mine" | "courses" | "expiring" | "coverage";

export function TrainingPage() {
  const { t } = useI18n();
  const can = useCan();
  // Everyone has certificates; who plans training (or reads reports) sees the rest.
  const plans = can("training.manage") || can("training.enrol") || can("reports.read");
  const tabs: Tab[] = plans ? ["mine", "courses", "expiring", "coverage"] : ["mine", "courses"];
  // A tab named in the address (`?tab=expiring`, from the manager's home page figure).
  const [tab, setTab] = useState<Tab>(() => {
    const asked = new URLSearchParams(window.location.search).get("tab");
    return tabs.find((key) => key === asked) ?? "mine";
  });
  return (
    <>
      <PageHeader title={t.training.title} subtitle={t.training.subtitle} />
      <div className="tabs" role="tablist" aria-label={t.training.title}>
        {tabs.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`training-tab-${key}`}
            data-tab={key}
            aria-selected={tab === key}
            aria-controls="training-panel"
            onClick={() => setTab(key)}
          >
            {t.training.tabs[key]}
          </button>
        ))}
      </div>
      <div id="training-panel" role="tabpanel" aria-labelledby={`training-tab-${tab}`}>
        {tab === "mine" ? <MyCertificates /> : null}
        {tab === "courses" ? <CoursesAndSessions /> : null}
        {tab === "expiring" ? <ExpiringCertificates /> : null}
        {tab === "coverage" ? <Coverage /> : null}
      </div>
    </>
  );
}
