/**
 * The API's shapes, taken from the server's own response schemas (type-only imports:
 * nothing from the server is bundled), so the UI and the API cannot drift apart.
 */
import type { Static } from "typebox";
import type { MeResponse } from "../../../src/modules/auth/schemas.js";
import type { Agreement as AgreementSchema } from "../../../src/modules/agreements/agreements.js";
import type { ApiToken as ApiTokenSchema } from "../../../src/modules/api-tokens/api-tokens.js";
import type { AuditEntry as AuditEntrySchema } from "../../../src/modules/audit/routes.js";
import type { Depot as DepotSchema } from "../../../src/modules/depots/depots.js";
import type { Organisation as OrganisationSchema } from "../../../src/modules/organisations/organisations.js";
import type { Region as RegionSchema } from "../../../src/modules/regions/regions.js";
import type { User as UserSchema } from "../../../src/modules/users/users.js";

export type { OrganisationKind, Permission, Role } from "../../../src/core/roles.js";

export type Me = Static<typeof MeResponse>;
export type Locale = NonNullable<Me["user"]>["locale"];
export type Organisation = Static<typeof OrganisationSchema>;
export type Depot = Static<typeof DepotSchema>;
export type Agreement = Static<typeof AgreementSchema>;
export type Service = Agreement["services"][number];
export type Region = Static<typeof RegionSchema>;
export type User = Static<typeof UserSchema>;
export type ApiToken = Static<typeof ApiTokenSchema>;
export type CreatedApiToken = { token: ApiToken; secret: string };
export type AuditEntry = Static<typeof AuditEntrySchema>;

// Fleet, inspections and the release gate (issue 3).
import type { Vehicle as VehicleSchema } from "../../../src/modules/fleet/vehicles.js";
import type { MeterReading as MeterReadingSchema } from "../../../src/modules/fleet/meter-readings.js";
import type {
  Inspection as InspectionSchema,
  SubmitInspection as SubmitInspectionSchema,
  SubmittedInspection as SubmittedInspectionSchema,
} from "../../../src/modules/inspections/inspections.js";
import type { InspectionTemplate as InspectionTemplateSchema } from "../../../src/modules/inspections/templates.js";
import type { Defect as DefectSchema } from "../../../src/modules/inspections/defects.js";
import type {
  DepotBoard as DepotBoardSchema,
  ReleaseDecisionSchema,
} from "../../../src/modules/release/routes.js";

export type Vehicle = Static<typeof VehicleSchema>;
export type VehicleStatus = Vehicle["status"];
export type MeterReading = Static<typeof MeterReadingSchema>;
export type Meter = MeterReading["meter"];
export type Inspection = Static<typeof InspectionSchema>;
export type SubmitInspection = Static<typeof SubmitInspectionSchema>;
export type InspectionResult = SubmitInspection["results"][number];
export type SubmittedInspection = Static<typeof SubmittedInspectionSchema>;
export type InspectionTemplate = Static<typeof InspectionTemplateSchema>;
export type TemplateItem = InspectionTemplate["items"][number];
export type Defect = Static<typeof DefectSchema>;
export type DefectStatus = Defect["status"];
export type Severity = Defect["severity"];
export type ReleaseDecision = Static<typeof ReleaseDecisionSchema>;
export type ReleaseReason = ReleaseDecision["reasons"][number];
export type ReasonDefect = NonNullable<ReleaseReason["defects"]>[number];
export type ReleaseOverride = NonNullable<ReleaseDecision["override"]>;
export type DepotBoard = Static<typeof DepotBoardSchema>;
export type BoardVehicle = DepotBoard["vehicles"][number];
export type BoardState = BoardVehicle["state"];
export type BoardShift = DepotBoard["shift"];
/** GET /vehicles/:id/inspection-form: what a phone needs to inspect one vehicle. */
export interface InspectionForm {
  template: InspectionTemplate;
  /** What the operator asks of the check's evidence (absent in forms cached before it). */
  proof?: { passRestAllowed: boolean; qrScanRequired: boolean };
  meter: Meter;
  lastMeterValue: number | null;
  lastMeterAt: string | null;
  repairsToReview: Defect[];
}

// Training (issue 4).
import type {
  Certificate as CertificateSchema,
  Competency as CompetencySchema,
  Course as CourseSchema,
  Coverage as CoverageSchema,
  Enrolment as EnrolmentSchema,
  TrainingSession as TrainingSessionSchema,
  TrainingSessionDetail as TrainingSessionDetailSchema,
} from "../../../src/modules/training/schemas.js";

export type Competency = Static<typeof CompetencySchema>;
export type Course = Static<typeof CourseSchema>;
export type TrainingSession = Static<typeof TrainingSessionSchema>;
export type TrainingSessionDetail = Static<typeof TrainingSessionDetailSchema>;
export type Enrolment = Static<typeof EnrolmentSchema>;
export type Certificate = Static<typeof CertificateSchema>;
export type TrainingCoverage = Static<typeof CoverageSchema>;

// Hub service requests (issue 4).
import type { ServiceRequest as ServiceRequestSchema } from "../../../src/modules/service-requests/schemas.js";

export type ServiceRequest = Static<typeof ServiceRequestSchema>;

// Work orders and preventive maintenance (issue 4).
import type {
  WorkOrder as WorkOrderSchema,
  WorkOrderSummary as WorkOrderSummarySchema,
} from "../../../src/modules/work-orders/schemas.js";
import type { DueItemSchema } from "../../../src/modules/maintenance/due-routes.js";
import type { MaintenanceRecord as MaintenanceRecordSchema } from "../../../src/modules/maintenance/completions.js";
import type { MaintenanceProgramme as MaintenanceProgrammeSchema } from "../../../src/modules/maintenance/programmes.js";
import type { MaintenanceSettings as MaintenanceSettingsSchema } from "../../../src/modules/maintenance/settings.js";
import type { StockLevel as StockLevelSchema } from "../../../src/modules/parts/stock.js";

export type WorkOrderSummary = Static<typeof WorkOrderSummarySchema>;
export type WorkOrder = Static<typeof WorkOrderSchema>;
export type WorkOrderStatus = WorkOrder["status"];
export type WorkOrderPriority = WorkOrder["priority"];
export type WorkOrderSource = WorkOrder["source"];
export type WorkOrderTask = WorkOrder["tasks"][number];
export type DueItem = Static<typeof DueItemSchema>;
export type DueStatus = DueItem["status"];
/** GET /maintenance/calendar: a depot's due items per day. */
export interface MaintenanceCalendar {
  depotId: string;
  from: string;
  to: string;
  days: { date: string; items: DueItem[] }[];
}
export type MaintenanceRecord = Static<typeof MaintenanceRecordSchema>;
/** GET /vehicles/:id/maintenance: what is due for a vehicle and what was done. */
export interface VehicleMaintenance {
  vehicleId: string;
  today: string;
  due: DueItem[];
  history: MaintenanceRecord[];
}
export type MaintenanceProgramme = Static<typeof MaintenanceProgrammeSchema>;
export type MaintenanceTask = MaintenanceProgramme["tasks"][number];
export type MaintenanceSettings = Static<typeof MaintenanceSettingsSchema>;
export type StockLevel = Static<typeof StockLevelSchema>;

// Reports (issue 4): GET /reports/<name> rows; /reports/<name>.csv the same as CSV.
import type { AgreementTargetsRow } from "../../../src/modules/reports/agreement-targets.js";
import type { AvailabilityRow } from "../../../src/modules/reports/availability.js";
import type {
  CheckFlagsWeeklyRow,
  CheckProofRow,
} from "../../../src/modules/reports/check-proof.js";
import type { DefectsByCategoryRow } from "../../../src/modules/reports/defects-by-category.js";
import type { DeliveriesRow } from "../../../src/modules/reports/deliveries.js";
import type { MkbfRow } from "../../../src/modules/reports/mkbf.js";
import type { OverdueMaintenanceRow } from "../../../src/modules/reports/overdue-maintenance.js";
import type { TrainingCoverageRow } from "../../../src/modules/reports/training-coverage.js";
import type { WorkOrderBacklogRow } from "../../../src/modules/reports/work-order-backlog.js";

export type OverdueMaintenanceReportRow = Static<typeof OverdueMaintenanceRow>;
export type AvailabilityReportRow = Static<typeof AvailabilityRow>;
export type MkbfReportRow = Static<typeof MkbfRow>;
export type DefectsByCategoryReportRow = Static<typeof DefectsByCategoryRow>;
export type WorkOrderBacklogReportRow = Static<typeof WorkOrderBacklogRow>;
export type TrainingCoverageReportRow = Static<typeof TrainingCoverageRow>;
export type AgreementTargetsReportRow = Static<typeof AgreementTargetsRow>;
export type DeliveriesReportRow = Static<typeof DeliveriesRow>;
export type CheckProofReportRow = Static<typeof CheckProofRow>;
export type CheckFlagsWeeklyReportRow = Static<typeof CheckFlagsWeeklyRow>;

// The home page's figures (issue #14).
import type { HomeFigures as HomeFiguresSchema } from "../../../src/modules/home/home.js";
export type HomeFigures = Static<typeof HomeFiguresSchema>;
