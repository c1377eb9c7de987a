/**
 * Generated from the OpenAPI document by `npm run api:types`; do not edit by hand.
 * test/api/openapi-contract.test.ts fails when it differs from what the server serves.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am and what I may do */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name or language */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Work in another organisation I belong to */
        put: operations["switchMyOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; my other sessions end */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations I may see */
        get: operations["listOrganisations"];
        put?: never;
        /** Create an organisation (network admin) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation I may see */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an organisation or change its region */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All regions */
        get: operations["listRegions"];
        put?: never;
        /** Add a region (network admin) */
        post: operations["createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a region's country or name */
        patch: operations["updateRegion"];
        trace?: never;
    };
    "/api/v1/depots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depots I may see */
        get: operations["listDepots"];
        put?: never;
        /** Add a depot to an operator */
        post: operations["createDepot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One depot I may see */
        get: operations["getDepot"];
        put?: never;
        post?: never;
        /** Delete a depot that no vehicle or record refers to any more */
        delete: operations["deleteDepot"];
        options?: never;
        head?: never;
        /** Change a depot's name, address, region, time zone or shift starts */
        patch: operations["updateDepot"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in organisations I may see, searched by name, email, organisation and role */
        get: operations["listUsers"];
        put?: never;
        /** Create a person with their roles */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person I may see */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person's name or language, or disable or enable their account */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset someone's password; their sessions end */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a role in an organisation */
        post: operations["addUserMembership"];
        /** Take a role away */
        delete: operations["removeUserMembership"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service agreements I may see */
        get: operations["listServiceAgreements"];
        put?: never;
        /** Agree that a hub serves an operator (network admin) */
        post: operations["createServiceAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service agreement I may see */
        get: operations["getServiceAgreement"];
        put?: never;
        post?: never;
        /** Delete a service agreement */
        delete: operations["deleteServiceAgreement"];
        options?: never;
        head?: never;
        /** Change an agreement's validity, regions, services or target hours */
        patch: operations["updateServiceAgreement"];
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's API tokens */
        get: operations["listApiTokens"];
        put?: never;
        /** Create a token; its secret is shown once */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, newest first; filtered by who, what, when and which record */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The model catalogue */
        get: operations["listVehicleModels"];
        put?: never;
        /** Add a model to the catalogue (network admin) */
        post: operations["createVehicleModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle-models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model of the catalogue */
        get: operations["getVehicleModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vehicles I may see; search by plate, fleet number, VIN or serial */
        get: operations["listVehicles"];
        put?: never;
        /** Register a vehicle or machine */
        post: operations["createVehicle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vehicle or machine I may see */
        get: operations["getVehicle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a vehicle (depot, plate, status, …) */
        patch: operations["updateVehicle"];
        trace?: never;
    };
    "/api/v1/vehicles/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vehicles as CSV, or an Excel workbook with format=xlsx */
        get: operations["exportVehiclesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import vehicles from CSV (columns: fleet_number, vin, serial_number, registration_plate, maker, model, powertrain, depot, in_service_date, status); all rows or none */
        post: operations["importVehiclesCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/meter-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vehicle's meter readings, newest first (voided ones and those waiting for confirmation marked) */
        get: operations["listMeterReadings"];
        put?: never;
        /** Record a meter reading; an implausible jump needs confirm: true */
        post: operations["recordMeterReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/meter-readings/{readingId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a wrong reading, with a reason */
        post: operations["voidMeterReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/meter-readings/{readingId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispatcher or mechanic: confirm a reading that waits (it did not fit the others), so it counts */
        post: operations["confirmMeterReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checklists: built-in and my organisations' own */
        get: operations["listInspectionTemplates"];
        put?: never;
        /** Copy a template into an organisation to adapt it */
        post: operations["copyInspectionTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One checklist template I may see */
        get: operations["getInspectionTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a template: makes its next version */
        post: operations["createInspectionTemplateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an inspection photo (multipart field "photo": JPEG, PNG or WebP, up to 8 MB) */
        post: operations["uploadPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo's image */
        get: operations["getPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An operator's rules for the proof of its checks: pass-the-rest, QR scan, minimum length, and which flags hold a vehicle */
        get: operations["getInspectionSettings"];
        /** Change an operator's rules for the proof of its checks */
        put: operations["putInspectionSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flags raised on checks, newest first (for those who review checks) */
        get: operations["listInspectionFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When, where and how fast a check was made, and its flags (for those who review checks) */
        get: operations["getInspectionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that a flagged check was made: its flags stop holding the vehicle (managers) */
        post: operations["confirmInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/inspection-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checklist for this vehicle, its last meter value and repairs the driver must review */
        get: operations["getInspectionForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspections, newest first */
        get: operations["listInspections"];
        put?: never;
        /** Submit a pre-shift inspection (send an Idempotency-Key; a retry returns the first result); a meter value that does not fit is stored unconfirmed, never refused */
        post: operations["createInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection with its results */
        get: operations["getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/defects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Defects, newest first (status=unresolved for open and in repair) */
        get: operations["listDefects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/defects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One defect I may see */
        get: operations["getDefect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/defects/{id}/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mechanic: start a repair, or certify repaired / no repair needed */
        post: operations["recordDefectRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/defects/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Next driver: review the certified repair before the shift */
        post: operations["reviewDefectRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspections in a date range as CSV, or an Excel workbook with format=xlsx (from and to are included) */
        get: operations["exportInspectionsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/defects/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Defects opened in a date range as CSV, or an Excel workbook with format=xlsx, with who certified and reviewed them */
        get: operations["exportDefectsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May this vehicle go out for the shift, and if not, why not */
        get: operations["getVehicleRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/release-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Manager: release despite major or minor defects, with a written reason */
        post: operations["createReleaseOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dispatcher's depot board: every vehicle and whether it may go out */
        get: operations["getDepotBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/timetables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uploaded GTFS feeds I may see */
        get: operations["listTimetables"];
        put?: never;
        /** Upload a GTFS feed (multipart field "feed": a zip, up to 300 MB) */
        post: operations["uploadTimetable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/timetables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One uploaded GTFS feed with its summary */
        get: operations["getTimetable"];
        put?: never;
        post?: never;
        /** Delete a feed (its runs keep their results) */
        delete: operations["deleteTimetable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved scenarios I may see */
        get: operations["listScenarios"];
        put?: never;
        /** Save a scenario (checked by the planner's validator) */
        post: operations["createScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/scenarios/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default scenario every saved scenario is merged over */
        get: operations["getDefaultScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/scenarios/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check scenario text without saving it */
        post: operations["validateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved scenario */
        get: operations["getScenario"];
        /** Change a saved scenario's name or text (checked by the planner's validator) */
        put: operations["updateScenario"];
        post?: never;
        /** Delete a saved scenario */
        delete: operations["deleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan runs I may see, newest first */
        get: operations["listPlanRuns"];
        put?: never;
        /** Start a plan of a timetable on a date with a scenario (or the defaults); poll the run for progress */
        post: operations["startPlanRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run: status, progress, the input problem or a summary per technology */
        get: operations["getPlanRun"];
        put?: never;
        post?: never;
        /** Delete a run (a queued or running one is stopped) */
        delete: operations["deletePlanRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/runs/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished run's result (SoC traces, station power, options, sensitivity) */
        get: operations["getPlanRunResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/runs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished run's self-contained HTML report, in the caller's language (English or Russian) */
        get: operations["getPlanRunReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planner/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two finished runs side by side: per technology option, fleet, energy, TCO, CO₂ and feasible blocks, and b − a */
        get: operations["comparePlanRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work orders, urgent first: open before closed; blocking, then priority, then oldest (status=open for requested, scheduled and in progress) */
        get: operations["listWorkOrders"];
        put?: never;
        /** Open a work order by hand, with tasks and/or maintenance tasks */
        post: operations["createWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/from-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a work order for each overdue or due-soon maintenance task of an operator that has none open */
        post: operations["createWorkOrdersFromDue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A work order with tasks, labour, parts, downtime and whether I may sign it off */
        get: operations["getWorkOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open work order: title, priority, blocking, date, assignee */
        patch: operations["updateWorkOrder"];
        trace?: never;
    };
    "/api/v1/work-orders/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a task (described by hand, or a maintenance programme's task) */
        post: operations["addWorkOrderTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/tasks/{taskId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a task off (needs a valid certificate for each of its competencies) */
        post: operations["completeWorkOrderTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/labour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record hours worked on the order by one person on one day */
        post: operations["addWorkOrderLabour"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/labour/{labourId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a labour entry while the order is open */
        delete: operations["removeWorkOrderLabour"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use a part: taken from the vehicle's depot (or the hub's store) at once; never below zero */
        post: operations["addWorkOrderPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/parts/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Return an unused part to the stock it came from */
        delete: operations["returnWorkOrderPart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the order on: scheduled, in_progress, completed (certified sign-off), verified (a second certified person), or cancelled with a reason */
        post: operations["transitionWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parts of my organisations and the manufacturer's network catalogue */
        get: operations["listParts"];
        put?: never;
        /** Add a part to an organisation's catalogue */
        post: operations["createPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a part's number, name, unit or cost */
        patch: operations["updatePart"];
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock per depot or store, with each part's number, name and quantity */
        get: operations["listStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock movements (receipts, use on work orders, returns, adjustments), newest first */
        get: operations["listStockMovements"];
        put?: never;
        /** Receive parts into stock, or adjust stock after a count (with a note) */
        post: operations["createStockMovement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competencies work is signed off by (built-in first) */
        get: operations["listCompetencies"];
        put?: never;
        /** Manufacturer: add a competency to the network's catalogue */
        post: operations["createCompetency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses I may see: my organisations', my hub's and the manufacturer's */
        get: operations["listCourses"];
        put?: never;
        /** Offer a course of a hub or the manufacturer for one competency */
        post: operations["createCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course */
        get: operations["getCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a course's name, description, validity or whether it is offered */
        patch: operations["updateCourse"];
        trace?: never;
    };
    "/api/v1/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions of the courses I may see, by start, with places taken */
        get: operations["listTrainingSessions"];
        put?: never;
        /** Provider: schedule a session of one of its courses */
        post: operations["createTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with the enrolments I may see */
        get: operations["getTrainingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Provider: change place, times, trainer or capacity, or cancel the session */
        patch: operations["updateTrainingSession"];
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol a person of my organisations into a session (while places last) */
        post: operations["createEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/enrolments/{enrolmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a person off a planned session (the enrolment is kept as cancelled) */
        delete: operations["cancelEnrolment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/enrolments/{enrolmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider: record a trainee's result; passing issues the certificate */
        post: operations["completeEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates of the people I may see, and mine, soonest expiry first */
        get: operations["listCertificates"];
        put?: never;
        /** Record a certificate earned elsewhere */
        post: operations["createCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Valid certificates that expire within N days (default 60), soonest first */
        get: operations["listExpiringCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own certificates, with status and days left */
        get: operations["listMyCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate, with a reason: it no longer counts for sign-off */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per competency: certified mechanics (operators) or technicians (hubs), expiring within 60 days, headcount */
        get: operations["getTrainingCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests, the earliest missed or nearest target first, closed ones last: a hub's queue of every operator it serves, an operator's own */
        get: operations["listServiceRequests"];
        put?: never;
        /** Operator: ask the hub serving it to take over a work order or send a specialist */
        post: operations["createServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request */
        get: operations["getServiceRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hub: accept with one of its technicians (a take-over assigns the work order) */
        post: operations["acceptServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hub: decline an open request, with a reason */
        post: operations["declineServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hub: resolve an accepted request, saying what was done */
        post: operations["resolveServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: withdraw a request the hub has not answered yet */
        post: operations["cancelServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance programmes with their tasks: built-in and my organisations' own, or those in effect for one organisation */
        get: operations["listMaintenanceProgrammes"];
        put?: never;
        /** Copy a programme for an organisation (its copy replaces the built-in for its vehicles), or create a new one */
        post: operations["createMaintenanceProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A maintenance programme with its tasks */
        get: operations["getMaintenanceProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a programme, change what it applies to, or switch it off (not built-ins) */
        patch: operations["updateMaintenanceProgramme"];
        trace?: never;
    };
    "/api/v1/maintenance-programmes/{id}/adopt-built-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an organisation's copy with the built-in programme of its key as it is now (its tasks, intervals, tolerance) */
        post: operations["adoptBuiltInMaintenanceProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-programmes/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a task to an organisation's programme */
        post: operations["addMaintenanceProgrammeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-programmes/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a task from an organisation's programme (its completion records stay) */
        delete: operations["removeMaintenanceProgrammeTask"];
        options?: never;
        head?: never;
        /** Change a task's intervals, due-soon windows, schedule or competencies */
        patch: operations["updateMaintenanceProgrammeTask"];
        trace?: never;
    };
    "/api/v1/maintenance/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What maintenance is due, overdue first, then by forecast date (km, engine hours or days, whichever comes first) */
        get: operations["listDueMaintenance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A depot's maintenance calendar: due tasks per day by forecast or due date */
        get: operations["getMaintenanceCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vehicle's maintenance: what is due and what was done (newest first) */
        get: operations["getVehicleMaintenance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/maintenance-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a maintenance task done outside fleethub, so its schedule starts from the truth */
        post: operations["recordMaintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether work orders open by themselves from defects and from tasks coming due */
        get: operations["getMaintenanceSettings"];
        /** Switch automatic work orders from defects and from tasks coming due on or off */
        put: operations["updateMaintenanceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/overdue-maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue maintenance tasks today (and the safety-critical ones) by operator and region, beside the fleet size */
        get: operations["getOverdueMaintenanceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/overdue-maintenance.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue maintenance tasks today (and the safety-critical ones) by operator and region, beside the fleet size, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getOverdueMaintenanceReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of vehicle-days available per operator and depot (a blocking work order open that day, or in repair today, makes a day unavailable) */
        get: operations["getAvailabilityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/availability.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of vehicle-days available per operator and depot (a blocking work order open that day, or in repair today, makes a day unavailable), as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getAvailabilityReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/mkbf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mean km (engine hours for machinery) between failures per model: use in the period / critical and major defects opened in it */
        get: operations["getMkbfReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/mkbf.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mean km (engine hours for machinery) between failures per model: use in the period / critical and major defects opened in it, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getMkbfReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/defects-by-category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Defects opened in a period per category and severity, fire-risk categories first */
        get: operations["getDefectsByCategoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/defects-by-category.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Defects opened in a period per category and severity, fire-risk categories first, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getDefectsByCategoryReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/work-order-backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open work orders per operator and status by age (0–2, 3–7, 8–30, over 30 days), with the oldest */
        get: operations["getWorkOrderBacklogReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/work-order-backlog.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open work orders per operator and status by age (0–2, 3–7, 8–30, over 30 days), with the oldest, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getWorkOrderBacklogReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/training-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per operator (and hub) and competency: people certified today against the headcount */
        get: operations["getTrainingCoverageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/training-coverage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per operator (and hub) and competency: people certified today against the headcount, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getTrainingCoverageReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/agreement-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hub service requests raised in a period per agreement: response and resolution targets met, missed, still open past target */
        get: operations["getAgreementTargetsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/agreement-targets.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hub service requests raised in a period per agreement: response and resolution targets met, missed, still open past target, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getAgreementTargetsReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vehicles delivered (by in-service date) per region (the depot's, else the operator's) and year */
        get: operations["getDeliveriesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deliveries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vehicles delivered (by in-service date) per region (the depot's, else the operator's) and year, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getDeliveriesReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/check-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-shift checks per depot and person: how long they took, flags, faults reported per 100 checks, and who never finds anything */
        get: operations["getCheckProofReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/check-proof.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-shift checks per depot and person: how long they took, flags, faults reported per 100 checks, and who never finds anything, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getCheckProofReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/check-flags-weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-shift checks and their flags, week by week */
        get: operations["getCheckFlagsWeeklyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/check-flags-weekly.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-shift checks and their flags, week by week, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook) */
        get: operations["getCheckFlagsWeeklyReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/release-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An operator's release policy: the walkaround alone, or Russian pre-trip control */
        get: operations["getReleasePolicy"];
        /** Choose an operator's release policy */
        put: operations["putReleasePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a vehicle's or a driver's document with its expiry date */
        post: operations["createComplianceDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/compliance-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vehicle's documents with expiry, newest of each kind first */
        get: operations["listVehicleComplianceDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A depot's documents that have expired or expire soon (vehicles and drivers) */
        get: operations["getComplianceCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technical-controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Controller: record a vehicle's pre-trip technical control for a shift */
        post: operations["createTechnicalControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/pretrip-journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journal of pre-trip technical controls of a depot for a day */
        get: operations["getPretripJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/pretrip-journal.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journal of pre-trip technical controls of a depot for a day, as CSV or an Excel workbook (format=xlsx) */
        get: operations["exportPretripJournalCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/drivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drivers of a depot's operator (for admissions and controls) */
        get: operations["listDepotDrivers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Medical worker: admit a driver to the shift's trip, or not */
        post: operations["createMedicalAdmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/medical-admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A depot's medical admissions for a day: decision, time and who (no medical details) */
        get: operations["listMedicalAdmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waybills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a waybill for a vehicle and shift the gate lets go (refused for a held one) */
        post: operations["issueWaybill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waybills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A waybill with what order No. 390 asks it to carry */
        get: operations["getWaybill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waybills/{id}/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The electronic waybill's data by title T1–T6 as documented JSON (not the FTS XML; see docs/pretrip-control.md) */
        get: operations["getWaybillTitles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waybills/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Controller: close a waybill at return (odometer, post-trip control) */
        post: operations["closeWaybill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/waybills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A depot's waybills for the shifts of a day */
        get: operations["listDepotWaybills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-admissions/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Medical worker: an admission's medical details (every read is audited) */
        get: operations["getMedicalAdmissionDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The figures my home page shows for my roles, each linking to its list */
        get: operations["getHomeFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every refusal has this shape */
        Error: {
            error: {
                /** @enum {unknown} */
                code: "VALIDATION_FAILED" | "INVALID_JSON" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "CONFIRMATION_REQUIRED" | "IDEMPOTENCY_MISMATCH" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL" | "DATABASE_UNAVAILABLE";
                message: string;
                field?: string;
                /** @description Every problem found, e.g. each bad row of an import */
                details?: {
                    line?: number;
                    field?: string;
                    message: string;
                }[];
                /** @description The message's stable key (core/server-text.ts), when it has one: `message` is then written in the caller's language (the account's locale, else Accept-Language, else English) */
                key?: string;
                /** @description The values the message was written with (a word in each language) */
                params?: {
                    [key: string]: string | number | {
                        en: string;
                        ru: string;
                    };
                };
            };
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            kind: "manufacturer" | "hub" | "operator";
            name: string;
            parentId: string | null;
            regionId: string | null;
            regionName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Region: {
            /** Format: uuid */
            id: string;
            country: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        Depot: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            name: string;
            address: string | null;
            regionId: string | null;
            /** @description IANA time zone of the shift starts */
            timeZone: string;
            /** @description Local times HH:MM when shifts start; empty: one shift a day from midnight */
            shiftStarts: string[];
            /** @description The depot's area; null: checks are not placed */
            area: {
                latitude: number;
                longitude: number;
                /** @description Checks made further than this from the centre are flagged */
                radiusM: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {unknown} */
            locale: "en" | "ru";
            disabled: boolean;
            /** @description Only memberships in organisations you may see */
            memberships: {
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** @enum {unknown} */
                role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
            }[];
            /** Format: date-time */
            createdAt: string;
        };
        ServiceAgreement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            hubId: string;
            hubName: string;
            /** Format: uuid */
            operatorId: string;
            operatorName: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validFrom: string;
            validTo: string | null;
            inForce: boolean;
            regionIds: string[];
            services: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
            responseHours: number;
            resolutionHours: number;
            /** Format: date-time */
            createdAt: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @enum {unknown} */
            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
            /** @description The first characters, to recognise a token */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
        };
        AuditEntry: {
            id: number;
            /** Format: date-time */
            at: string;
            actor: string;
            /** @description The person who made the change; null for the system or an API token */
            actorId: string | null;
            organisationId: string | null;
            organisationName: string | null;
            action: string;
            entity: string;
            entityId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        VehicleModel: {
            /** Format: uuid */
            id: string;
            maker: string;
            model: string;
            /** @enum {unknown} */
            vehicleType: "city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other";
            /** @enum {unknown} */
            powertrain: "diesel" | "cng" | "battery_electric" | "hybrid";
            /** @enum {unknown} */
            lengthClass: "up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable";
            batteryKwh: number | null;
        };
        Vehicle: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            depotId: string | null;
            depotName: string | null;
            model: components["schemas"]["VehicleModel"];
            vin: string | null;
            serialNumber: string | null;
            registrationPlate: string | null;
            fleetNumber: string;
            inServiceDate: string | null;
            cngCylinderType: ("cng1" | "cng2" | "cng3" | "cng4") | null;
            /** @enum {unknown} */
            status: "active" | "in_repair" | "out_of_service" | "retired";
            /** Format: date-time */
            createdAt: string;
        };
        MeterReading: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vehicleId: string;
            /** @enum {unknown} */
            meter: "odometer_km" | "engine_hours";
            value: number;
            /** Format: date-time */
            readAt: string;
            /** @enum {unknown} */
            source: "inspection" | "manual" | "import";
            inspectionId: string | null;
            /**
             * @description counted: it counts for what is due; unconfirmed: it did not fit the vehicle's other readings and counts for nothing until a dispatcher or mechanic confirms it (or voids it); voided: it was wrong
             * @enum {unknown}
             */
            status: "counted" | "unconfirmed" | "voided";
            /** @description Why it waited (or waits) for confirmation */
            unconfirmedReason: string | null;
            confirmedAt: string | null;
            voided: boolean;
            voidReason: string | null;
            voidedAt: string | null;
        };
        InspectionTemplate: {
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            builtIn: boolean;
            key: string;
            version: number;
            name: {
                en: string;
                ru: string;
            };
            vehicleTypes: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
            items: {
                key: string;
                category: string;
                label: {
                    en: string;
                    ru: string;
                };
                /** @enum {unknown} */
                severity: "critical" | "major" | "minor";
                failNeedsComment: boolean;
                failNeedsPhoto: boolean;
                powertrains: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                fault?: {
                    en: string;
                    ru: string;
                };
                /** @description A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false */
                forbidsOperation?: boolean;
                /** @description Competencies signing off the repair of this item's defect needs; absent: those of its category */
                competencies?: string[];
                /**
                 * @description The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted
                 * @enum {unknown}
                 */
                measurement?: "tyre_tread_mm";
                /** @description The vehicle types the item applies to; absent or empty: all */
                vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
            }[];
            basedOnId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        InspectionFlag: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            /** Format: uuid */
            vehicleId: string;
            /** @enum {unknown} */
            kind: "too_fast" | "not_at_depot" | "clock" | "evidence";
            /** @description short_check, quick_answers, outside_area, no_qr_scan, other_vehicle_qr, clock_off, missing, impossible */
            reason: string;
            detail: {
                [key: string]: string | number | boolean;
            };
            /** @description Holds the vehicle until a manager confirms the check */
            holds: boolean;
            /** Format: date-time */
            createdAt: string;
            confirmedAt: string | null;
            confirmedByName: string | null;
            confirmNote: string | null;
        };
        Defect: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            vehicleId: string;
            inspectionId: string | null;
            itemKey: string;
            category: string;
            /** @enum {unknown} */
            severity: "critical" | "major" | "minor";
            description: string;
            /** @enum {unknown} */
            status: "open" | "in_repair" | "repaired" | "no_repair_needed";
            /** Format: date-time */
            openedAt: string;
            resolvedAt: string | null;
            reviewedAt: string | null;
            events: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: "repair_started" | "repaired" | "no_repair_needed" | "reviewed";
                byName: string;
                /** Format: date-time */
                at: string;
                note: string | null;
            }[];
            photos: {
                /** Format: uuid */
                id: string;
                /** @description The image, under this API (GET /photos/{id}) */
                url: string;
                /** @description A smaller image, when one exists; none is made today: scale the image */
                thumbnailUrl?: string;
            }[];
            /** @description What the mechanic did or found: the note of the latest "repaired" or "no repair needed" */
            repairNote: string | null;
            /** @description Who certified that */
            repairedByName: string | null;
            /** @description The checklist item named as a fault, e.g. High-pressure gas line damaged */
            fault: {
                en: string;
                ru: string;
            } | null;
            /** @description What the driver wrote about it */
            driverComment: string | null;
            /** @description The defect's work order (not cancelled). While it is open, completing it is the only way to certify the defect. Null in an inspection's response */
            workOrder: {
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {unknown} */
                status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
            } | null;
        };
        Inspection: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            vehicleId: string;
            /** Format: uuid */
            templateId: string;
            driverUserId: string | null;
            signedByName: string;
            /** Format: date-time */
            submittedAt: string;
            shiftStart: string | null;
            odometerKm: number | null;
            engineHours: number | null;
            passed: boolean;
            results: {
                itemKey: string;
                /** @enum {unknown} */
                outcome: "pass" | "fail" | "na";
                comment?: string;
                photoIds?: string[];
                /** @description For an item with a measurement (tyre_tread_mm): the shallowest tread depth measured, in mm */
                measuredValue?: number;
                /**
                 * @description For a tyre_tread_mm item: winter = winter tyres on every wheel, winter_studded = the same with studs, summer = anything less
                 * @enum {unknown}
                 */
                tyres?: "summer" | "winter" | "winter_studded";
            }[];
            comments: string | null;
            correctsId: string | null;
        };
        /** @description An uploaded GTFS feed */
        PlannerTimetable: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            fileName: string;
            sizeBytes: number;
            /** @description SHA-256 of the uploaded zip, hex */
            sha256: string;
            serviceStart: string | null;
            serviceEnd: string | null;
            tripCount: number;
            routeCount: number;
            stopCount: number;
            /** @description trips carry block_id; otherwise blocks are scheduled for the minimum fleet */
            hasBlockIds: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A saved planner scenario */
        PlannerScenario: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @description The scenario JSON as saved (overrides of the defaults) */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A plan computed as a job */
        PlannerRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            timetableId: string | null;
            timetableName: string;
            scenarioId: string | null;
            scenarioName: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            serviceDate: string;
            stopElevationsFile: string | null;
            sensitivity: boolean;
            /** @enum {unknown} */
            status: "queued" | "running" | "succeeded" | "failed";
            progress: {
                phase: string;
                done: number;
                total: number | null;
                fraction: number;
            } | null;
            error: {
                file: string | null;
                line: number | null;
                field: string | null;
                message: string;
            } | null;
            summary: {
                scenarioName: string;
                currency: string;
                serviceDate: string;
                blockMethod: string;
                tripCount: number;
                blockCount: number;
                revenueDistanceKm: number;
                options: {
                    id: string;
                    label: string;
                    technologies: string[];
                    fleet: number;
                    extraBusesForSplits: number;
                    unresolvedBlocks: number;
                    electricityKwhPerYear: number;
                    dieselLitresPerYear: number;
                    gasM3PerYear: number;
                    co2TonnesPerYear: number;
                    /** @description Present value over the horizon, in the run's currency */
                    tcoTotal: number;
                    /** @description Blocks run as they are (battery: feasible on every design day) */
                    feasibleBlocks: number;
                }[];
            } | null;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            durationMs: number | null;
        };
        WorkOrderSummary: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            vehicleId: string;
            fleetNumber: string;
            registrationPlate: string | null;
            depotId: string | null;
            depotName: string | null;
            /** @enum {unknown} */
            source: "defect" | "maintenance" | "manual";
            defectId: string | null;
            programmeKey: string | null;
            taskKey: string | null;
            title: string;
            /** @enum {unknown} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @description The vehicle may not go out while this order is open */
            blocking: boolean;
            /** @enum {unknown} */
            status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
            scheduledFor: string | null;
            assignedOrganisationId: string | null;
            assigneeUserId: string | null;
            assigneeName: string | null;
            /** Format: date-time */
            openedAt: string;
            startedAt: string | null;
            completedAt: string | null;
            verifiedAt: string | null;
            cancelledAt: string | null;
            /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
            downtimeHours: number;
        };
        Part: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            networkCatalogue: boolean;
            partNumber: string;
            name: string;
            unit: string;
            unitCost: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StockLevel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            depotId: string | null;
            location: string;
            /** Format: uuid */
            partId: string;
            partNumber: string;
            partName: string;
            unit: string;
            quantity: number;
            /** Format: date-time */
            updatedAt: string;
        };
        StockMovement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stockId: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            partId: string;
            partNumber: string;
            delta: number;
            /** @enum {unknown} */
            reason: "receipt" | "use" | "return" | "adjustment";
            workOrderId: string | null;
            workOrderNumber: number | null;
            note: string | null;
            byName: string | null;
            /** Format: date-time */
            at: string;
        };
        Competency: {
            key: string;
            name: {
                en: string;
                ru: string;
            };
            builtIn: boolean;
        };
        Course: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            competency: string;
            competencyName: {
                en: string;
                ru: string;
            };
            name: string;
            description: string | null;
            validityMonths: number;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrainingSession: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            courseName: string;
            competency: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string;
            trainerUserId: string | null;
            trainerName: string | null;
            capacity: number;
            /** @description Enrolments not cancelled (what fills the places) */
            enrolledCount: number;
            /** @enum {unknown} */
            status: "planned" | "completed" | "cancelled";
        };
        Enrolment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {unknown} */
            status: "enrolled" | "completed" | "failed" | "cancelled";
            certificateId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Certificate: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            competency: string;
            competencyName: {
                en: string;
                ru: string;
            };
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            issuedOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string;
            /** Format: uuid */
            issuedByOrganisationId: string;
            issuedByName: string;
            courseId: string | null;
            sessionId: string | null;
            /** @enum {unknown} */
            status: "valid" | "expired" | "revoked";
            /** @description Days until expiry; negative once expired */
            daysLeft: number;
            revokedAt: string | null;
            revokeReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        TrainingCoverage: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {unknown} */
            kind: "operator" | "hub";
            /**
             * @description Whose certificates count: an operator's mechanics, a hub's technicians
             * @enum {unknown}
             */
            role: "mechanic" | "hub_technician";
            headcount: number;
            expiringWithinDays: number;
            competencies: {
                competency: string;
                name: {
                    en: string;
                    ru: string;
                };
                /** @description People with a valid certificate today */
                certified: number;
                /** @description Of those, people whose last valid certificate expires within the window */
                expiringSoon: number;
            }[];
        };
        ServiceRequest: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            operatorId: string;
            operatorName: string;
            /** Format: uuid */
            hubId: string;
            hubName: string;
            /** Format: uuid */
            agreementId: string;
            /** @enum {unknown} */
            kind: "take_over" | "specialist";
            workOrderId: string | null;
            workOrderNumber: number | null;
            vehicleId: string | null;
            vehicleFleetNumber: string | null;
            description: string;
            /** @enum {unknown} */
            status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
            /** Format: date-time */
            requestedAt: string;
            requestedByName: string | null;
            /** Format: date-time */
            responseDueAt: string;
            /** Format: date-time */
            resolutionDueAt: string;
            acceptedAt: string | null;
            assigneeUserId: string | null;
            assigneeName: string | null;
            resolvedAt: string | null;
            resolutionNote: string | null;
            declinedAt: string | null;
            declineReason: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
            responseOverdue: boolean;
            /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
            resolutionOverdue: boolean;
        };
        MaintenanceProgramme: {
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            builtIn: boolean;
            key: string;
            name: {
                en: string;
                ru: string;
            };
            vehicleTypes: string[];
            powertrains: string[];
            lengthClasses: string[];
            modelIds: string[];
            basedOnId: string | null;
            /** @description A maker's own programme; empty: any */
            makers: string[];
            replaces: string | null;
            /** @description Percent of each interval past the due point before the task is overdue */
            tolerancePercent: number;
            active: boolean;
            tasks: components["schemas"]["MaintenanceTask"][];
        };
        MaintenanceTask: {
            /** Format: uuid */
            id: string;
            key: string;
            name: {
                en: string;
                ru: string;
            };
            intervalKm: number | null;
            intervalHours: number | null;
            intervalDays: number | null;
            dueSoonKm: number | null;
            dueSoonHours: number | null;
            dueSoonDays: number | null;
            /** @enum {unknown} */
            schedule: "fixed" | "floating";
            safetyCritical: boolean;
            competencies: string[];
            /** @description Keys of this programme's tasks it includes: doing it resets theirs */
            includes: string[];
            recordedBy: "shift_check" | null;
        };
        MaintenanceDueItem: {
            /** Format: uuid */
            vehicleId: string;
            /** Format: uuid */
            organisationId: string;
            depotId: string | null;
            fleetNumber: string;
            programmeKey: string;
            programmeName: {
                en: string;
                ru: string;
            };
            taskKey: string;
            taskName: {
                en: string;
                ru: string;
            };
            /** @enum {unknown} */
            schedule: "fixed" | "floating";
            safetyCritical: boolean;
            competencies: string[];
            recordedBy: "shift_check" | null;
            /** @enum {unknown} */
            status: "overdue" | "due" | "due_soon" | "ok";
            dueDate: string | null;
            dueKm: number | null;
            dueHours: number | null;
            currentKm: number | null;
            currentHours: number | null;
            remainingKm: number | null;
            remainingHours: number | null;
            remainingDays: number | null;
            forecastDate: string | null;
            lastCompletedOn: string | null;
            avgDailyKm: number | null;
            avgDailyHours: number | null;
        };
        MaintenanceRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vehicleId: string;
            programmeKey: string;
            taskKey: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            completedOn: string;
            meterKm: number | null;
            meterHours: number | null;
            /**
             * Format: date
             * @description Where the next due point counts from (the plan point, for a fixed task)
             */
            basisDate: string;
            basisKm: number | null;
            basisHours: number | null;
            workOrderId: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        OverdueMaintenanceReportRow: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            regionId: string | null;
            regionName: string | null;
            /** @description Vehicles in service (not retired) */
            vehicles: number;
            overdueTasks: number;
            safetyCriticalOverdueTasks: number;
            /** @description Vehicles with at least one overdue task */
            vehiclesOverdue: number;
            vehiclesSafetyCriticalOverdue: number;
        };
        AvailabilityReportRow: {
            /**
             * @description operator: the operator's whole fleet; depot: one depot (or no depot)
             * @enum {unknown}
             */
            level: "operator" | "depot";
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            depotId: string | null;
            depotName: string | null;
            vehicles: number;
            vehicleDays: number;
            unavailableDays: number;
            availableDays: number;
            /** @description availableDays / vehicleDays, 0 to 1 */
            availability: number | null;
        };
        MkbfReportRow: {
            /** Format: uuid */
            modelId: string;
            maker: string;
            model: string;
            /** @enum {unknown} */
            vehicleType: "city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other";
            /** @enum {unknown} */
            powertrain: "diesel" | "cng" | "battery_electric" | "hybrid";
            /**
             * @description The meter the model's use is read from
             * @enum {unknown}
             */
            meter: "odometer_km" | "engine_hours";
            vehicles: number;
            /** @description Odometer models */
            distanceKm: number | null;
            /** @description Machinery */
            engineHours: number | null;
            /** @description Critical and major defects opened in the period */
            failures: number;
            kmBetweenFailures: number | null;
            hoursBetweenFailures: number | null;
        };
        DefectsByCategoryReportRow: {
            category: string;
            /** @enum {unknown} */
            severity: "critical" | "major" | "minor";
            /** @description A category that can start a fire (DOMAIN.md §2) */
            fireRisk: boolean;
            /** @description Defects opened in the period */
            defects: number;
            /** @description Vehicles they were found on */
            vehicles: number;
            /** @description Of those, still open or in repair now */
            unresolved: number;
        };
        WorkOrderBacklogReportRow: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {unknown} */
            status: "requested" | "scheduled" | "in_progress";
            open: number;
            age0To2Days: number;
            age3To7Days: number;
            age8To30Days: number;
            ageOver30Days: number;
            /** Format: uuid */
            oldestWorkOrderId: string;
            oldestWorkOrderNumber: number;
            /** Format: date-time */
            oldestOpenedAt: string;
            oldestAgeDays: number;
        };
        TrainingCoverageReportRow: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {unknown} */
            kind: "operator" | "hub";
            /**
             * @description Whose certificates count
             * @enum {unknown}
             */
            role: "mechanic" | "hub_technician";
            competency: string;
            competencyNameEn: string;
            competencyNameRu: string;
            headcount: number;
            /** @description People with a certificate valid today */
            certified: number;
            /** @description certified / headcount; null without headcount */
            coverage: number | null;
            /** @description Certified people whose certificate ends soon */
            expiringSoon: number;
            expiringWithinDays: number;
        };
        AgreementTargetsReportRow: {
            /** Format: uuid */
            agreementId: string;
            /** Format: uuid */
            operatorId: string;
            operatorName: string;
            /** Format: uuid */
            hubId: string;
            hubName: string;
            /** @description The agreement's response target */
            responseHours: number;
            /** @description The agreement's resolution target */
            resolutionHours: number;
            /** @description Requests raised in the period */
            requests: number;
            respondedWithinTarget: number;
            responseMissed: number;
            resolvedWithinTarget: number;
            /** @description Resolved, but after the target */
            resolutionMissed: number;
            /** @description Still open or accepted past the target */
            openPastTarget: number;
            declined: number;
            cancelled: number;
        };
        DeliveriesReportRow: {
            regionId: string | null;
            regionName: string | null;
            country: string | null;
            year: number;
            vehicles: number;
        };
        CheckProofReportRow: {
            depotId: string | null;
            depotName: string | null;
            personId: string | null;
            /** @description Who signed the checks */
            personName: string;
            checks: number;
            /** @description Median time from opening to sending a check (checks with evidence) */
            medianSeconds: number | null;
            flaggedChecks: number;
            /** @description Checks flagged too fast */
            tooFast: number;
            /** @description Checks flagged not at the depot or vehicle */
            notAtDepot: number;
            /** @description Checks flagged for the phone's clock */
            clock: number;
            /** @description Checks without evidence, or with impossible evidence */
            evidence: number;
            /** @description Items reported failed */
            faultsReported: number;
            faultsPer100Checks: number | null;
            /** @description At least 20 checks and no fault reported, while others reported faults on the same vehicles in the period */
            neverFinds: boolean;
        };
        CheckFlagsWeeklyReportRow: {
            /** @description The Monday the week starts (UTC) */
            week: string;
            checks: number;
            flaggedChecks: number;
            flaggedShare: number | null;
            tooFast: number;
            notAtDepot: number;
            clock: number;
            evidence: number;
        };
        ComplianceDocument: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            vehicleId: string | null;
            fleetNumber: string | null;
            registrationPlate: string | null;
            driverUserId: string | null;
            driverName: string | null;
            /** @enum {unknown} */
            kind: "osago" | "diagnostic_card" | "tachograph_skzi" | "tachograph_calibration" | "cng_cylinder_requalification" | "driving_licence" | "tachograph_card" | "medical_certificate";
            kindName: {
                en: string;
                ru: string;
            };
            number: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            issuedOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string;
            /** @enum {unknown} */
            state: "valid" | "expiring" | "expired";
            /** @description Days from today to the expiry (negative: expired) */
            daysLeft: number;
            /** @description The newest document of its kind for its vehicle or driver (the one that counts) */
            current: boolean;
        };
        TechnicalControl: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            vehicleId: string;
            fleetNumber: string;
            registrationPlate: string | null;
            model: string;
            depotId: string | null;
            /** Format: date-time */
            shiftStart: string;
            /** Format: date-time */
            shiftEnd: string;
            driverUserId: string | null;
            driverName: string | null;
            passed: boolean;
            /** Format: date-time */
            controlledAt: string;
            odometerKm: number;
            notes: string | null;
            /** Format: uuid */
            controllerUserId: string;
            controllerName: string;
            /** Format: uuid */
            controllerOrganisationId: string;
            signature: string;
            inspectionId: string | null;
        };
        MedicalAdmission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            driverUserId: string;
            driverName: string;
            depotId: string | null;
            /** @enum {unknown} */
            stage: "pre_trip" | "post_trip";
            /** Format: date-time */
            shiftStart: string;
            /** Format: date-time */
            shiftEnd: string;
            admitted: boolean;
            /** Format: date-time */
            examinedAt: string;
            /** Format: uuid */
            byUserId: string;
            byName: string;
            /** Format: uuid */
            byOrganisationId: string;
            /** @description Medical details are on record (medical workers only) */
            hasDetails: boolean;
        };
        Waybill: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {unknown} */
            status: "open" | "closed";
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            depot: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @description The depot's IANA time zone: the form's dates and times are the depot's */
                timeZone: string;
            } | null;
            vehicle: {
                /** Format: uuid */
                id: string;
                fleetNumber: string;
                registrationPlate: string | null;
                model: string;
                vin: string | null;
            };
            driver: {
                /** Format: uuid */
                id: string;
                name: string;
                licenceNumber: string | null;
            };
            /** Format: date-time */
            shiftStart: string;
            /** Format: date-time */
            shiftEnd: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validFrom: string;
            /** Format: date-time */
            issuedAt: string;
            issuedBy: {
                id: string | null;
                name: string;
            };
            preTripControl: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                at: string;
                odometerKm: number;
                passed: boolean;
                controller: {
                    id: string | null;
                    name: string;
                };
                signature: string;
            };
            preTripMedical: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                at: string;
                admitted: boolean;
                medicalWorker: {
                    id: string | null;
                    name: string;
                };
            };
            return: {
                /** Format: date-time */
                at: string;
                odometerKm: number;
                distanceKm: number;
                meterReadingId: string | null;
                postTripControlPassed: boolean;
                postTripSignature: string | null;
                postTripNotes: string | null;
                postTripMedical: {
                    /** Format: date-time */
                    at: string;
                    fit: boolean;
                    medicalWorker: {
                        id: string | null;
                        name: string;
                    };
                } | null;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    /** Format: uuid */
                    organisationId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            locale: "en" | "ru";
                        } | null;
                        organisation: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "manufacturer" | "hub" | "operator";
                        };
                        roles: ("network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker")[];
                        permissions: ("organisations.create" | "organisations.update" | "regions.write" | "depots.write" | "users.read" | "users.write" | "agreements.write" | "tokens.manage" | "audit.read" | "fleet.write" | "meters.write" | "meters.confirm" | "templates.write" | "inspections.submit" | "inspections.review" | "inspections.confirm" | "defects.repair" | "defects.review" | "release.override" | "board.read" | "planner.use" | "maintenance.plan" | "workorders.write" | "workorders.signoff" | "parts.manage" | "training.manage" | "training.enrol" | "service.request" | "service.handle" | "reports.read" | "release.policy" | "pretrip.control" | "medical.admit" | "documents.write" | "waybills.write")[];
                        navigation: {
                            key: string;
                            path: string;
                        }[];
                        memberships: {
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "manufacturer" | "hub" | "operator";
                            };
                            roles: ("network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker")[];
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            locale: "en" | "ru";
                        } | null;
                        organisation: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "manufacturer" | "hub" | "operator";
                        };
                        roles: ("network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker")[];
                        permissions: ("organisations.create" | "organisations.update" | "regions.write" | "depots.write" | "users.read" | "users.write" | "agreements.write" | "tokens.manage" | "audit.read" | "fleet.write" | "meters.write" | "meters.confirm" | "templates.write" | "inspections.submit" | "inspections.review" | "inspections.confirm" | "defects.repair" | "defects.review" | "release.override" | "board.read" | "planner.use" | "maintenance.plan" | "workorders.write" | "workorders.signoff" | "parts.manage" | "training.manage" | "training.enrol" | "service.request" | "service.handle" | "reports.read" | "release.policy" | "pretrip.control" | "medical.admit" | "documents.write" | "waybills.write")[];
                        navigation: {
                            key: string;
                            path: string;
                        }[];
                        memberships: {
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "manufacturer" | "hub" | "operator";
                            };
                            roles: ("network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker")[];
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {unknown} */
                    locale?: "en" | "ru";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    switchMyOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                kind?: "manufacturer" | "hub" | "operator";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "manufacturer" | "hub" | "operator";
                    name: string;
                    parentId?: string | null;
                    regionId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "manufacturer" | "hub" | "operator";
                        name: string;
                        parentId: string | null;
                        regionId: string | null;
                        regionName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "manufacturer" | "hub" | "operator";
                        name: string;
                        parentId: string | null;
                        regionId: string | null;
                        regionName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    regionId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "manufacturer" | "hub" | "operator";
                        name: string;
                        parentId: string | null;
                        regionId: string | null;
                        regionName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        country: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        country: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        country: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDepots: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Depot"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDepot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    name: string;
                    address?: string | null;
                    regionId?: string | null;
                    timeZone?: string;
                    shiftStarts?: string[];
                    /** @description The depot's area; null: checks are not placed */
                    area?: {
                        latitude: number;
                        longitude: number;
                        /** @description Checks made further than this from the centre are flagged */
                        radiusM: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        name: string;
                        address: string | null;
                        regionId: string | null;
                        /** @description IANA time zone of the shift starts */
                        timeZone: string;
                        /** @description Local times HH:MM when shifts start; empty: one shift a day from midnight */
                        shiftStarts: string[];
                        /** @description The depot's area; null: checks are not placed */
                        area: {
                            latitude: number;
                            longitude: number;
                            /** @description Checks made further than this from the centre are flagged */
                            radiusM: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        name: string;
                        address: string | null;
                        regionId: string | null;
                        /** @description IANA time zone of the shift starts */
                        timeZone: string;
                        /** @description Local times HH:MM when shifts start; empty: one shift a day from midnight */
                        shiftStarts: string[];
                        /** @description The depot's area; null: checks are not placed */
                        area: {
                            latitude: number;
                            longitude: number;
                            /** @description Checks made further than this from the centre are flagged */
                            radiusM: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDepot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDepot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    address?: string | null;
                    regionId?: string | null;
                    timeZone?: string;
                    shiftStarts?: string[];
                    /** @description The depot's area; null: checks are not placed */
                    area?: {
                        latitude: number;
                        longitude: number;
                        /** @description Checks made further than this from the centre are flagged */
                        radiusM: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        name: string;
                        address: string | null;
                        regionId: string | null;
                        /** @description IANA time zone of the shift starts */
                        timeZone: string;
                        /** @description Local times HH:MM when shifts start; empty: one shift a day from midnight */
                        shiftStarts: string[];
                        /** @description The depot's area; null: checks are not placed */
                        area: {
                            latitude: number;
                            longitude: number;
                            /** @description Checks made further than this from the centre are flagged */
                            radiusM: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Text in the person's name or email (any case) */
                q?: string;
                organisationId?: string;
                role?: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                /** @description At most this many; all without */
                limit?: number;
                /** @description Skip this many (paging) */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                    /** @enum {unknown} */
                    locale?: "en" | "ru";
                    memberships: {
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {unknown} */
                        role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        locale: "en" | "ru";
                        disabled: boolean;
                        /** @description Only memberships in organisations you may see */
                        memberships: {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {unknown} */
                            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        locale: "en" | "ru";
                        disabled: boolean;
                        /** @description Only memberships in organisations you may see */
                        memberships: {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {unknown} */
                            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {unknown} */
                    locale?: "en" | "ru";
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        locale: "en" | "ru";
                        disabled: boolean;
                        /** @description Only memberships in organisations you may see */
                        memberships: {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {unknown} */
                            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addUserMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** @enum {unknown} */
                    role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        locale: "en" | "ru";
                        disabled: boolean;
                        /** @description Only memberships in organisations you may see */
                        memberships: {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {unknown} */
                            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeUserMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** @enum {unknown} */
                    role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        locale: "en" | "ru";
                        disabled: boolean;
                        /** @description Only memberships in organisations you may see */
                        memberships: {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {unknown} */
                            role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listServiceAgreements: {
        parameters: {
            query?: {
                operatorId?: string;
                hubId?: string;
                inForce?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAgreement"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    hubId: string;
                    /** Format: uuid */
                    operatorId: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom: string;
                    validTo?: string | null;
                    regionIds?: string[];
                    services: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
                    responseHours: number;
                    resolutionHours: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validTo: string | null;
                        inForce: boolean;
                        regionIds: string[];
                        services: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
                        responseHours: number;
                        resolutionHours: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validTo: string | null;
                        inForce: boolean;
                        regionIds: string[];
                        services: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
                        responseHours: number;
                        resolutionHours: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom?: string;
                    validTo?: string | null;
                    regionIds?: string[];
                    services?: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
                    responseHours?: number;
                    resolutionHours?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validTo: string | null;
                        inForce: boolean;
                        regionIds: string[];
                        services: ("maintenance" | "specialist_visit" | "training" | "parts_supply" | "warranty")[];
                        responseHours: number;
                        resolutionHours: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    role: "network_admin" | "hub_manager" | "hub_technician" | "trainer" | "operator_manager" | "dispatcher" | "mechanic" | "driver" | "planner" | "technical_controller" | "medical_worker";
                    /**
                     * @description Days until the token expires: 90 when left out, at most 365. A token also dies when its maker is disabled or loses the role that allowed minting it.
                     * @default 90
                     */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["ApiToken"];
                        /** @description Shown only now: send as `Authorization: Bearer <secret>` */
                        secret: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Who: changes by this person */
                actorId?: string;
                /** @description What: one action (create, delete, …) */
                action?: "create" | "revoke" | "update" | "repair_started" | "repaired" | "no_repair_needed" | "reviewed" | "seed" | "delete" | "enrol" | "cancel" | "pass" | "fail" | "read" | "void" | "confirm" | "accept" | "decline" | "resolve" | "receipt" | "adjustment" | "password" | "login" | "logout" | "import" | "release_override" | "issue" | "close" | "create_from_due" | "assign" | "add_task" | "task_done" | "add_labour" | "remove_labour" | "use_part" | "return_part" | "transition" | "complete";
                /** @description Which kind of record (user, membership, …) */
                entity?: "api_token" | "certificate" | "competency" | "compliance_document" | "course" | "defect" | "demo_network" | "depot" | "enrolment" | "inspection" | "inspection_flags" | "inspection_settings" | "inspection_template" | "maintenance_programme" | "maintenance_record" | "maintenance_settings" | "maintenance_task" | "medical_admission" | "medical_admission_details" | "membership" | "meter_reading" | "organisation" | "part" | "planner_run" | "planner_scenario" | "planner_timetable" | "region" | "release_policy" | "service_agreement" | "service_request" | "stock" | "technical_control" | "training_session" | "user" | "vehicle" | "vehicle_model" | "waybill" | "work_order";
                /** @description Which record (its id) */
                entityId?: string;
                /** @description When: at or after */
                from?: string;
                /** @description When: before */
                to?: string;
                limit?: number;
                /** @description Entries older than this id */
                before?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVehicleModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleModel"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVehicleModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    maker: string;
                    model: string;
                    /** @enum {unknown} */
                    vehicleType: "city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other";
                    /** @enum {unknown} */
                    powertrain: "diesel" | "cng" | "battery_electric" | "hybrid";
                    /** @enum {unknown} */
                    lengthClass: "up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable";
                    batteryKwh?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        maker: string;
                        model: string;
                        /** @enum {unknown} */
                        vehicleType: "city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other";
                        /** @enum {unknown} */
                        powertrain: "diesel" | "cng" | "battery_electric" | "hybrid";
                        /** @enum {unknown} */
                        lengthClass: "up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable";
                        batteryKwh: number | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVehicleModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        maker: string;
                        model: string;
                        /** @enum {unknown} */
                        vehicleType: "city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other";
                        /** @enum {unknown} */
                        powertrain: "diesel" | "cng" | "battery_electric" | "hybrid";
                        /** @enum {unknown} */
                        lengthClass: "up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable";
                        batteryKwh: number | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVehicles: {
        parameters: {
            query?: {
                organisationId?: string;
                depotId?: string;
                status?: "active" | "in_repair" | "out_of_service" | "retired";
                /** @description Plate, fleet number, VIN or serial, or part of one */
                q?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vehicle"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    depotId?: string | null;
                    /** Format: uuid */
                    modelId: string;
                    vin?: string | null;
                    serialNumber?: string | null;
                    registrationPlate?: string | null;
                    fleetNumber: string;
                    inServiceDate?: string | null;
                    cngCylinderType?: ("cng1" | "cng2" | "cng3" | "cng4") | null;
                    /** @enum {unknown} */
                    status?: "active" | "in_repair" | "out_of_service" | "retired";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        depotId: string | null;
                        depotName: string | null;
                        model: components["schemas"]["VehicleModel"];
                        vin: string | null;
                        serialNumber: string | null;
                        registrationPlate: string | null;
                        fleetNumber: string;
                        inServiceDate: string | null;
                        cngCylinderType: ("cng1" | "cng2" | "cng3" | "cng4") | null;
                        /** @enum {unknown} */
                        status: "active" | "in_repair" | "out_of_service" | "retired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        depotId: string | null;
                        depotName: string | null;
                        model: components["schemas"]["VehicleModel"];
                        vin: string | null;
                        serialNumber: string | null;
                        registrationPlate: string | null;
                        fleetNumber: string;
                        inServiceDate: string | null;
                        cngCylinderType: ("cng1" | "cng2" | "cng3" | "cng4") | null;
                        /** @enum {unknown} */
                        status: "active" | "in_repair" | "out_of_service" | "retired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    depotId?: string | null;
                    /** Format: uuid */
                    modelId?: string;
                    vin?: string | null;
                    serialNumber?: string | null;
                    registrationPlate?: string | null;
                    fleetNumber?: string;
                    inServiceDate?: string | null;
                    cngCylinderType?: ("cng1" | "cng2" | "cng3" | "cng4") | null;
                    /** @enum {unknown} */
                    status?: "active" | "in_repair" | "out_of_service" | "retired";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        depotId: string | null;
                        depotName: string | null;
                        model: components["schemas"]["VehicleModel"];
                        vin: string | null;
                        serialNumber: string | null;
                        registrationPlate: string | null;
                        fleetNumber: string;
                        inServiceDate: string | null;
                        cngCylinderType: ("cng1" | "cng2" | "cng3" | "cng4") | null;
                        /** @enum {unknown} */
                        status: "active" | "in_repair" | "out_of_service" | "retired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportVehiclesCsv: {
        parameters: {
            query?: {
                organisationId?: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importVehiclesCsv: {
        parameters: {
            query: {
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV text */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMeterReadings: {
        parameters: {
            query?: {
                meter?: "odometer_km" | "engine_hours";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterReading"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordMeterReading: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    meter: "odometer_km" | "engine_hours";
                    value: number;
                    /** Format: date-time */
                    readAt?: string;
                    /** @description Store an implausible jump that has been checked */
                    confirm?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        vehicleId: string;
                        /** @enum {unknown} */
                        meter: "odometer_km" | "engine_hours";
                        value: number;
                        /** Format: date-time */
                        readAt: string;
                        /** @enum {unknown} */
                        source: "inspection" | "manual" | "import";
                        inspectionId: string | null;
                        /**
                         * @description counted: it counts for what is due; unconfirmed: it did not fit the vehicle's other readings and counts for nothing until a dispatcher or mechanic confirms it (or voids it); voided: it was wrong
                         * @enum {unknown}
                         */
                        status: "counted" | "unconfirmed" | "voided";
                        /** @description Why it waited (or waits) for confirmation */
                        unconfirmedReason: string | null;
                        confirmedAt: string | null;
                        voided: boolean;
                        voidReason: string | null;
                        voidedAt: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidMeterReading: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                readingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        vehicleId: string;
                        /** @enum {unknown} */
                        meter: "odometer_km" | "engine_hours";
                        value: number;
                        /** Format: date-time */
                        readAt: string;
                        /** @enum {unknown} */
                        source: "inspection" | "manual" | "import";
                        inspectionId: string | null;
                        /**
                         * @description counted: it counts for what is due; unconfirmed: it did not fit the vehicle's other readings and counts for nothing until a dispatcher or mechanic confirms it (or voids it); voided: it was wrong
                         * @enum {unknown}
                         */
                        status: "counted" | "unconfirmed" | "voided";
                        /** @description Why it waited (or waits) for confirmation */
                        unconfirmedReason: string | null;
                        confirmedAt: string | null;
                        voided: boolean;
                        voidReason: string | null;
                        voidedAt: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmMeterReading: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                readingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        vehicleId: string;
                        /** @enum {unknown} */
                        meter: "odometer_km" | "engine_hours";
                        value: number;
                        /** Format: date-time */
                        readAt: string;
                        /** @enum {unknown} */
                        source: "inspection" | "manual" | "import";
                        inspectionId: string | null;
                        /**
                         * @description counted: it counts for what is due; unconfirmed: it did not fit the vehicle's other readings and counts for nothing until a dispatcher or mechanic confirms it (or voids it); voided: it was wrong
                         * @enum {unknown}
                         */
                        status: "counted" | "unconfirmed" | "voided";
                        /** @description Why it waited (or waits) for confirmation */
                        unconfirmedReason: string | null;
                        confirmedAt: string | null;
                        voided: boolean;
                        voidReason: string | null;
                        voidedAt: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInspectionTemplates: {
        parameters: {
            query?: {
                latestOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionTemplate"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    copyInspectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    basedOnId: string;
                    /** Format: uuid */
                    organisationId: string;
                    key?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        version: number;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        items: {
                            key: string;
                            category: string;
                            label: {
                                en: string;
                                ru: string;
                            };
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            failNeedsComment: boolean;
                            failNeedsPhoto: boolean;
                            powertrains: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                            fault?: {
                                en: string;
                                ru: string;
                            };
                            /** @description A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false */
                            forbidsOperation?: boolean;
                            /** @description Competencies signing off the repair of this item's defect needs; absent: those of its category */
                            competencies?: string[];
                            /**
                             * @description The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted
                             * @enum {unknown}
                             */
                            measurement?: "tyre_tread_mm";
                            /** @description The vehicle types the item applies to; absent or empty: all */
                            vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        }[];
                        basedOnId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        version: number;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        items: {
                            key: string;
                            category: string;
                            label: {
                                en: string;
                                ru: string;
                            };
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            failNeedsComment: boolean;
                            failNeedsPhoto: boolean;
                            powertrains: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                            fault?: {
                                en: string;
                                ru: string;
                            };
                            /** @description A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false */
                            forbidsOperation?: boolean;
                            /** @description Competencies signing off the repair of this item's defect needs; absent: those of its category */
                            competencies?: string[];
                            /**
                             * @description The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted
                             * @enum {unknown}
                             */
                            measurement?: "tyre_tread_mm";
                            /** @description The vehicle types the item applies to; absent or empty: all */
                            vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        }[];
                        basedOnId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInspectionTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        en: string;
                        ru: string;
                    };
                    vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                    items: {
                        key: string;
                        category: string;
                        label: {
                            en: string;
                            ru: string;
                        };
                        /** @enum {unknown} */
                        severity: "critical" | "major" | "minor";
                        failNeedsComment: boolean;
                        failNeedsPhoto: boolean;
                        powertrains: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                        fault?: {
                            en: string;
                            ru: string;
                        };
                        /** @description A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false */
                        forbidsOperation?: boolean;
                        /** @description Competencies signing off the repair of this item's defect needs; absent: those of its category */
                        competencies?: string[];
                        /**
                         * @description The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted
                         * @enum {unknown}
                         */
                        measurement?: "tyre_tread_mm";
                        /** @description The vehicle types the item applies to; absent or empty: all */
                        vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        version: number;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        items: {
                            key: string;
                            category: string;
                            label: {
                                en: string;
                                ru: string;
                            };
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            failNeedsComment: boolean;
                            failNeedsPhoto: boolean;
                            powertrains: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                            fault?: {
                                en: string;
                                ru: string;
                            };
                            /** @description A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false */
                            forbidsOperation?: boolean;
                            /** @description Competencies signing off the repair of this item's defect needs; absent: those of its category */
                            competencies?: string[];
                            /**
                             * @description The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted
                             * @enum {unknown}
                             */
                            measurement?: "tyre_tread_mm";
                            /** @description The vehicle types the item applies to; absent or empty: all */
                            vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                        }[];
                        basedOnId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadPhoto: {
        parameters: {
            query: {
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A JPEG, PNG or WebP image
                     */
                    photo: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        contentType: string;
                        sizeBytes: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionSettings: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @description Drivers may pass the remaining NON-critical items at once (off by default) */
                        passRestAllowed: boolean;
                        /** @description A check without a scan of the vehicle's QR code is flagged */
                        qrScanRequired: boolean;
                        /** @description A check shorter than this is flagged; null: 4 s an item, at least 60 s */
                        minimumCheckSeconds: number | null;
                        /** @description Per kind of flag (too_fast, not_at_depot, clock, evidence): warn only (default) or also hold the vehicle until a manager confirms the check */
                        flagActions: {
                            [key: string]: "warn" | "hold";
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putInspectionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    passRestAllowed: boolean;
                    qrScanRequired: boolean;
                    minimumCheckSeconds: number | null;
                    flagActions: {
                        [key: string]: "warn" | "hold";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @description Drivers may pass the remaining NON-critical items at once (off by default) */
                        passRestAllowed: boolean;
                        /** @description A check without a scan of the vehicle's QR code is flagged */
                        qrScanRequired: boolean;
                        /** @description A check shorter than this is flagged; null: 4 s an item, at least 60 s */
                        minimumCheckSeconds: number | null;
                        /** @description Per kind of flag (too_fast, not_at_depot, clock, evidence): warn only (default) or also hold the vehicle until a manager confirms the check */
                        flagActions: {
                            [key: string]: "warn" | "hold";
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInspectionFlags: {
        parameters: {
            query?: {
                depotId?: string;
                vehicleId?: string;
                from?: string;
                to?: string;
                /** @description Only flags that hold a vehicle and wait for confirmation */
                waiting?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFlag"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        inspectionId: string;
                        flags: components["schemas"]["InspectionFlag"][];
                        durationSeconds: number | null;
                        minimumSeconds: number;
                        /** @description Null: the check came without evidence (flagged) */
                        evidence: {
                            openedAt: string | null;
                            sentAt: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            clockOffsetSeconds: number | null;
                            itemTimes: {
                                itemKey: string;
                                /** Format: date-time */
                                at: string;
                                viaPassRest?: boolean;
                            }[];
                            position: {
                                latitude: number;
                                longitude: number;
                                accuracyM: number;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            qr: {
                                /** Format: date-time */
                                scannedAt: string;
                                vehicleId: string | null;
                                matchesVehicle: boolean;
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the manager checked: e.g. 'watched the driver check the bus again' */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: number;
                        /** Format: uuid */
                        inspectionId: string;
                        flags: components["schemas"]["InspectionFlag"][];
                        durationSeconds: number | null;
                        minimumSeconds: number;
                        /** @description Null: the check came without evidence (flagged) */
                        evidence: {
                            openedAt: string | null;
                            sentAt: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            clockOffsetSeconds: number | null;
                            itemTimes: {
                                itemKey: string;
                                /** Format: date-time */
                                at: string;
                                viaPassRest?: boolean;
                            }[];
                            position: {
                                latitude: number;
                                longitude: number;
                                accuracyM: number;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            qr: {
                                /** Format: date-time */
                                scannedAt: string;
                                vehicleId: string | null;
                                matchesVehicle: boolean;
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        template: components["schemas"]["InspectionTemplate"];
                        /** @description What the operator asks of the check's evidence */
                        proof: {
                            /** @description The phone may offer 'pass the rest' for non-critical items */
                            passRestAllowed: boolean;
                            qrScanRequired: boolean;
                        };
                        /** @enum {unknown} */
                        meter: "odometer_km" | "engine_hours";
                        lastMeterValue: number | null;
                        lastMeterAt: string | null;
                        repairsToReview: components["schemas"]["Defect"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInspections: {
        parameters: {
            query?: {
                vehicleId?: string;
                from?: string;
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInspection: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    vehicleId: string;
                    /** Format: uuid */
                    templateId: string;
                    /** Format: date-time */
                    shiftStart?: string;
                    /** Format: date-time */
                    submittedAt?: string;
                    odometerKm?: number;
                    engineHours?: number;
                    results: {
                        itemKey: string;
                        /** @enum {unknown} */
                        outcome: "pass" | "fail" | "na";
                        comment?: string;
                        photoIds?: string[];
                        /** @description For an item with a measurement (tyre_tread_mm): the shallowest tread depth measured, in mm */
                        measuredValue?: number;
                        /**
                         * @description For a tyre_tread_mm item: winter = winter tyres on every wheel, winter_studded = the same with studs, summer = anything less
                         * @enum {unknown}
                         */
                        tyres?: "summer" | "winter" | "winter_studded";
                    }[];
                    comments?: string;
                    /** @description The driver's signature: their name and that they confirm the check */
                    signature: {
                        name: string;
                        /** @enum {boolean} */
                        confirmed: true;
                    };
                    /** Format: uuid */
                    correctsId?: string;
                    /** @description The driver checked an implausible jump: it counts at once instead of waiting for confirmation */
                    confirmMeterJump?: boolean;
                    /** @description When the check was opened and sent and each item answered (the phone's clock), where the phone was (only with the person's consent) and which vehicle's QR code it scanned */
                    evidence?: {
                        /** Format: date-time */
                        openedAt: string;
                        /** Format: date-time */
                        sentAt: string;
                        /**
                         * Format: date-time
                         * @description The phone's clock when this request left it (a queued check: when it was finally sent); gives the clock offset, and is not part of the check for Idempotency-Key
                         */
                        deviceClock: string;
                        itemTimes: {
                            itemKey: string;
                            /** Format: date-time */
                            at: string;
                            /** @description Answered by 'pass the rest' (non-critical items only) */
                            viaPassRest?: boolean;
                        }[];
                        position?: {
                            latitude: number;
                            longitude: number;
                            /** @description The phone's accuracy radius, metres */
                            accuracyM: number;
                            /** Format: date-time */
                            at: string;
                        };
                        /** @description The vehicle's QR code scanned at the start */
                        qr?: {
                            text: string;
                            /** Format: date-time */
                            scannedAt: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspection: components["schemas"]["Inspection"];
                        defectsOpened: components["schemas"]["Defect"][];
                        /** @description The meter reading stored with it: status unconfirmed (with unconfirmedReason) when it did not fit the vehicle's other readings, for a dispatcher or mechanic to confirm or void; the inspection and its defects are stored all the same. Null only for an inspection imported without its reading */
                        meterReading: components["schemas"]["MeterReading"] | null;
                        /** @description What the server found wrong with the check's evidence (too fast, not at the depot, clock, evidence missing or impossible); the check is stored all the same */
                        flags: components["schemas"]["InspectionFlag"][];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspection: components["schemas"]["Inspection"];
                        defectsOpened: components["schemas"]["Defect"][];
                        /** @description The meter reading stored with it: status unconfirmed (with unconfirmedReason) when it did not fit the vehicle's other readings, for a dispatcher or mechanic to confirm or void; the inspection and its defects are stored all the same. Null only for an inspection imported without its reading */
                        meterReading: components["schemas"]["MeterReading"] | null;
                        /** @description What the server found wrong with the check's evidence (too fast, not at the depot, clock, evidence missing or impossible); the check is stored all the same */
                        flags: components["schemas"]["InspectionFlag"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        /** Format: uuid */
                        templateId: string;
                        driverUserId: string | null;
                        signedByName: string;
                        /** Format: date-time */
                        submittedAt: string;
                        shiftStart: string | null;
                        odometerKm: number | null;
                        engineHours: number | null;
                        passed: boolean;
                        results: {
                            itemKey: string;
                            /** @enum {unknown} */
                            outcome: "pass" | "fail" | "na";
                            comment?: string;
                            photoIds?: string[];
                            /** @description For an item with a measurement (tyre_tread_mm): the shallowest tread depth measured, in mm */
                            measuredValue?: number;
                            /**
                             * @description For a tyre_tread_mm item: winter = winter tyres on every wheel, winter_studded = the same with studs, summer = anything less
                             * @enum {unknown}
                             */
                            tyres?: "summer" | "winter" | "winter_studded";
                        }[];
                        comments: string | null;
                        correctsId: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDefects: {
        parameters: {
            query?: {
                vehicleId?: string;
                depotId?: string;
                status?: "open" | "in_repair" | "repaired" | "no_repair_needed" | "unresolved";
                severity?: "critical" | "major" | "minor";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Defect"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDefect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        inspectionId: string | null;
                        itemKey: string;
                        category: string;
                        /** @enum {unknown} */
                        severity: "critical" | "major" | "minor";
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "in_repair" | "repaired" | "no_repair_needed";
                        /** Format: date-time */
                        openedAt: string;
                        resolvedAt: string | null;
                        reviewedAt: string | null;
                        events: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "repair_started" | "repaired" | "no_repair_needed" | "reviewed";
                            byName: string;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        }[];
                        photos: {
                            /** Format: uuid */
                            id: string;
                            /** @description The image, under this API (GET /photos/{id}) */
                            url: string;
                            /** @description A smaller image, when one exists; none is made today: scale the image */
                            thumbnailUrl?: string;
                        }[];
                        /** @description What the mechanic did or found: the note of the latest "repaired" or "no repair needed" */
                        repairNote: string | null;
                        /** @description Who certified that */
                        repairedByName: string | null;
                        /** @description The checklist item named as a fault, e.g. High-pressure gas line damaged */
                        fault: {
                            en: string;
                            ru: string;
                        } | null;
                        /** @description What the driver wrote about it */
                        driverComment: string | null;
                        /** @description The defect's work order (not cancelled). While it is open, completing it is the only way to certify the defect. Null in an inspection's response */
                        workOrder: {
                            /** Format: uuid */
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordDefectRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "start" | "repaired" | "no_repair_needed";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        inspectionId: string | null;
                        itemKey: string;
                        category: string;
                        /** @enum {unknown} */
                        severity: "critical" | "major" | "minor";
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "in_repair" | "repaired" | "no_repair_needed";
                        /** Format: date-time */
                        openedAt: string;
                        resolvedAt: string | null;
                        reviewedAt: string | null;
                        events: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "repair_started" | "repaired" | "no_repair_needed" | "reviewed";
                            byName: string;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        }[];
                        photos: {
                            /** Format: uuid */
                            id: string;
                            /** @description The image, under this API (GET /photos/{id}) */
                            url: string;
                            /** @description A smaller image, when one exists; none is made today: scale the image */
                            thumbnailUrl?: string;
                        }[];
                        /** @description What the mechanic did or found: the note of the latest "repaired" or "no repair needed" */
                        repairNote: string | null;
                        /** @description Who certified that */
                        repairedByName: string | null;
                        /** @description The checklist item named as a fault, e.g. High-pressure gas line damaged */
                        fault: {
                            en: string;
                            ru: string;
                        } | null;
                        /** @description What the driver wrote about it */
                        driverComment: string | null;
                        /** @description The defect's work order (not cancelled). While it is open, completing it is the only way to certify the defect. Null in an inspection's response */
                        workOrder: {
                            /** Format: uuid */
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reviewDefectRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        inspectionId: string | null;
                        itemKey: string;
                        category: string;
                        /** @enum {unknown} */
                        severity: "critical" | "major" | "minor";
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "in_repair" | "repaired" | "no_repair_needed";
                        /** Format: date-time */
                        openedAt: string;
                        resolvedAt: string | null;
                        reviewedAt: string | null;
                        events: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "repair_started" | "repaired" | "no_repair_needed" | "reviewed";
                            byName: string;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        }[];
                        photos: {
                            /** Format: uuid */
                            id: string;
                            /** @description The image, under this API (GET /photos/{id}) */
                            url: string;
                            /** @description A smaller image, when one exists; none is made today: scale the image */
                            thumbnailUrl?: string;
                        }[];
                        /** @description What the mechanic did or found: the note of the latest "repaired" or "no repair needed" */
                        repairNote: string | null;
                        /** @description Who certified that */
                        repairedByName: string | null;
                        /** @description The checklist item named as a fault, e.g. High-pressure gas line damaged */
                        fault: {
                            en: string;
                            ru: string;
                        } | null;
                        /** @description What the driver wrote about it */
                        driverComment: string | null;
                        /** @description The defect's work order (not cancelled). While it is open, completing it is the only way to certify the defect. Null in an inspection's response */
                        workOrder: {
                            /** Format: uuid */
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportInspectionsCsv: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD */
                from: string;
                /** @description YYYY-MM-DD */
                to: string;
                organisationId?: string;
                depotId?: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportDefectsCsv: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD */
                from: string;
                /** @description YYYY-MM-DD */
                to: string;
                organisationId?: string;
                depotId?: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVehicleRelease: {
        parameters: {
            query?: {
                /** @description Any moment of the shift to decide for (default: now) */
                shiftStart?: string;
                /** @description The shift under way at that moment, or the one after it */
                shift?: "current" | "next";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        vehicleId: string;
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        releasable: boolean;
                        reasons: {
                            /** @enum {unknown} */
                            code: "VEHICLE_NOT_ACTIVE" | "NO_PRE_SHIFT_INSPECTION" | "CRITICAL_DEFECT_OPEN" | "OPERATION_FORBIDDEN_DEFECT" | "MAJOR_DEFECT_OPEN" | "MINOR_DEFECT_OPEN" | "REPAIR_NOT_REVIEWED" | "MAINTENANCE_OVERDUE" | "WORK_ORDER_OPEN" | "CHECK_FLAGGED" | "PRETRIP_CONTROL_MISSING" | "PRETRIP_CONTROL_FAILED" | "MEDICAL_ADMISSION_MISSING" | "DRIVER_NOT_ADMITTED" | "VEHICLE_DOCUMENT_EXPIRED" | "DRIVER_DOCUMENT_EXPIRED";
                            message: string;
                            overridable: boolean;
                            defectIds?: string[];
                            defects?: {
                                /** Format: uuid */
                                id: string;
                                itemKey: string;
                                severity: string;
                                /** @description The checklist item named as a fault, e.g. Gas smell at the cylinders */
                                fault: {
                                    en: string;
                                    ru: string;
                                } | null;
                                label: {
                                    en: string;
                                    ru: string;
                                } | null;
                                description: string;
                                driverComment: string | null;
                                /** Format: date-time */
                                openedAt: string;
                            }[];
                            params?: {
                                [key: string]: string | number;
                            };
                            /** @description The roles that can clear this reason */
                            clearedBy?: string[];
                        }[];
                        override: {
                            /** Format: uuid */
                            id: string;
                            reason: string;
                            byName: string;
                            /** Format: date-time */
                            at: string;
                            codes: string[];
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReleaseOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description Any moment of the shift the release is for; it covers that whole shift
                     */
                    shiftStart: string;
                    /** @description Why the vehicle may go out despite the reasons */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        vehicleId: string;
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        releasable: boolean;
                        reasons: {
                            /** @enum {unknown} */
                            code: "VEHICLE_NOT_ACTIVE" | "NO_PRE_SHIFT_INSPECTION" | "CRITICAL_DEFECT_OPEN" | "OPERATION_FORBIDDEN_DEFECT" | "MAJOR_DEFECT_OPEN" | "MINOR_DEFECT_OPEN" | "REPAIR_NOT_REVIEWED" | "MAINTENANCE_OVERDUE" | "WORK_ORDER_OPEN" | "CHECK_FLAGGED" | "PRETRIP_CONTROL_MISSING" | "PRETRIP_CONTROL_FAILED" | "MEDICAL_ADMISSION_MISSING" | "DRIVER_NOT_ADMITTED" | "VEHICLE_DOCUMENT_EXPIRED" | "DRIVER_DOCUMENT_EXPIRED";
                            message: string;
                            overridable: boolean;
                            defectIds?: string[];
                            defects?: {
                                /** Format: uuid */
                                id: string;
                                itemKey: string;
                                severity: string;
                                /** @description The checklist item named as a fault, e.g. Gas smell at the cylinders */
                                fault: {
                                    en: string;
                                    ru: string;
                                } | null;
                                label: {
                                    en: string;
                                    ru: string;
                                } | null;
                                description: string;
                                driverComment: string | null;
                                /** Format: date-time */
                                openedAt: string;
                            }[];
                            params?: {
                                [key: string]: string | number;
                            };
                            /** @description The roles that can clear this reason */
                            clearedBy?: string[];
                        }[];
                        override: {
                            /** Format: uuid */
                            id: string;
                            reason: string;
                            byName: string;
                            /** Format: date-time */
                            at: string;
                            codes: string[];
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepotBoard: {
        parameters: {
            query?: {
                /** @description Any moment of the shift to decide for (default: now) */
                shiftStart?: string;
                /** @description The shift under way at that moment, or the one after it */
                shift?: "current" | "next";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId: string;
                        depotName: string;
                        timeZone: string;
                        shiftStarts: string[];
                        /** Format: date-time */
                        shiftStart: string;
                        shift: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            /** @description The depot's local start time, HH:MM */
                            localStart: string;
                        };
                        nextShift: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            /** @description The depot's local start time, HH:MM */
                            localStart: string;
                        };
                        total: number;
                        releasable: number;
                        blocked: number;
                        counts: {
                            ready: number;
                            not_checked: number;
                            held: number;
                            released: number;
                        };
                        vehicles: {
                            /** Format: uuid */
                            vehicleId: string;
                            fleetNumber: string;
                            registrationPlate: string | null;
                            model: string;
                            powertrain: string;
                            /** @enum {unknown} */
                            status: "active" | "in_repair" | "out_of_service" | "retired";
                            /** @enum {unknown} */
                            state: "ready" | "not_checked" | "held" | "released";
                            releasable: boolean;
                            reasons: {
                                /** @enum {unknown} */
                                code: "VEHICLE_NOT_ACTIVE" | "NO_PRE_SHIFT_INSPECTION" | "CRITICAL_DEFECT_OPEN" | "OPERATION_FORBIDDEN_DEFECT" | "MAJOR_DEFECT_OPEN" | "MINOR_DEFECT_OPEN" | "REPAIR_NOT_REVIEWED" | "MAINTENANCE_OVERDUE" | "WORK_ORDER_OPEN" | "CHECK_FLAGGED" | "PRETRIP_CONTROL_MISSING" | "PRETRIP_CONTROL_FAILED" | "MEDICAL_ADMISSION_MISSING" | "DRIVER_NOT_ADMITTED" | "VEHICLE_DOCUMENT_EXPIRED" | "DRIVER_DOCUMENT_EXPIRED";
                                message: string;
                                overridable: boolean;
                                defectIds?: string[];
                                defects?: {
                                    /** Format: uuid */
                                    id: string;
                                    itemKey: string;
                                    severity: string;
                                    /** @description The checklist item named as a fault, e.g. Gas smell at the cylinders */
                                    fault: {
                                        en: string;
                                        ru: string;
                                    } | null;
                                    label: {
                                        en: string;
                                        ru: string;
                                    } | null;
                                    description: string;
                                    driverComment: string | null;
                                    /** Format: date-time */
                                    openedAt: string;
                                }[];
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description The roles that can clear this reason */
                                clearedBy?: string[];
                            }[];
                            override: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                byName: string;
                                /** Format: date-time */
                                at: string;
                                codes: string[];
                            } | null;
                            /** @description Meter readings waiting for a dispatcher or mechanic to confirm or void them */
                            unconfirmedReadings: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                meter: "odometer_km" | "engine_hours";
                                value: number;
                                /** Format: date-time */
                                readAt: string;
                                reason: string;
                            }[];
                            /** @description What the server found wrong with the shift's newest check (too fast, not at the depot, clock, evidence); warnings and holds */
                            checkFlags: components["schemas"]["InspectionFlag"][];
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTimetables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlannerTimetable"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadTimetable: {
        parameters: {
            query?: {
                organisationId?: string;
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A GTFS feed as a zip file
                     */
                    feed: Blob;
                };
            };
        };
        responses: {
            /** @description An uploaded GTFS feed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        fileName: string;
                        sizeBytes: number;
                        /** @description SHA-256 of the uploaded zip, hex */
                        sha256: string;
                        serviceStart: string | null;
                        serviceEnd: string | null;
                        tripCount: number;
                        routeCount: number;
                        stopCount: number;
                        /** @description trips carry block_id; otherwise blocks are scheduled for the minimum fleet */
                        hasBlockIds: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTimetable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An uploaded GTFS feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        fileName: string;
                        sizeBytes: number;
                        /** @description SHA-256 of the uploaded zip, hex */
                        sha256: string;
                        serviceStart: string | null;
                        serviceEnd: string | null;
                        tripCount: number;
                        routeCount: number;
                        stopCount: number;
                        /** @description trips carry block_id; otherwise blocks are scheduled for the minimum fleet */
                        hasBlockIds: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTimetable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlannerScenario"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId?: string;
                    name: string;
                    /** @description Scenario JSON text, merged over the defaults (see docs/planner.md). Errors name the line and field. */
                    text?: string;
                    /** @description The scenario as an object, instead of text */
                    scenario?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A saved planner scenario */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        /** @description The scenario JSON as saved (overrides of the defaults) */
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDefaultScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The default scenario, as JSON text */
                        text: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Scenario JSON text, merged over the defaults (see docs/planner.md). Errors name the line and field. */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        problem: {
                            file: string | null;
                            line: number | null;
                            field: string | null;
                            message: string;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A saved planner scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        /** @description The scenario JSON as saved (overrides of the defaults) */
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Scenario JSON text, merged over the defaults (see docs/planner.md). Errors name the line and field. */
                    text?: string;
                    /** @description The scenario as an object, instead of text */
                    scenario?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A saved planner scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        /** @description The scenario JSON as saved (overrides of the defaults) */
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlanRuns: {
        parameters: {
            query?: {
                timetableId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlannerRun"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startPlanRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    timetableId: string;
                    scenarioId?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    /** @default true */
                    sensitivity?: boolean;
                    stopElevations?: {
                        fileName: string;
                        /** @description CSV with the columns stop_id and elevation_m (docs/planner.md § Gradient) */
                        csv: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description A plan computed as a job */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        timetableId: string | null;
                        timetableName: string;
                        scenarioId: string | null;
                        scenarioName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        serviceDate: string;
                        stopElevationsFile: string | null;
                        sensitivity: boolean;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        progress: {
                            phase: string;
                            done: number;
                            total: number | null;
                            fraction: number;
                        } | null;
                        error: {
                            file: string | null;
                            line: number | null;
                            field: string | null;
                            message: string;
                        } | null;
                        summary: {
                            scenarioName: string;
                            currency: string;
                            serviceDate: string;
                            blockMethod: string;
                            tripCount: number;
                            blockCount: number;
                            revenueDistanceKm: number;
                            options: {
                                id: string;
                                label: string;
                                technologies: string[];
                                fleet: number;
                                extraBusesForSplits: number;
                                unresolvedBlocks: number;
                                electricityKwhPerYear: number;
                                dieselLitresPerYear: number;
                                gasM3PerYear: number;
                                co2TonnesPerYear: number;
                                /** @description Present value over the horizon, in the run's currency */
                                tcoTotal: number;
                                /** @description Blocks run as they are (battery: feasible on every design day) */
                                feasibleBlocks: number;
                            }[];
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                        durationMs: number | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plan computed as a job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        timetableId: string | null;
                        timetableName: string;
                        scenarioId: string | null;
                        scenarioName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        serviceDate: string;
                        stopElevationsFile: string | null;
                        sensitivity: boolean;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        progress: {
                            phase: string;
                            done: number;
                            total: number | null;
                            fraction: number;
                        } | null;
                        error: {
                            file: string | null;
                            line: number | null;
                            field: string | null;
                            message: string;
                        } | null;
                        summary: {
                            scenarioName: string;
                            currency: string;
                            serviceDate: string;
                            blockMethod: string;
                            tripCount: number;
                            blockCount: number;
                            revenueDistanceKm: number;
                            options: {
                                id: string;
                                label: string;
                                technologies: string[];
                                fleet: number;
                                extraBusesForSplits: number;
                                unresolvedBlocks: number;
                                electricityKwhPerYear: number;
                                dieselLitresPerYear: number;
                                gasM3PerYear: number;
                                co2TonnesPerYear: number;
                                /** @description Present value over the horizon, in the run's currency */
                                tcoTotal: number;
                                /** @description Blocks run as they are (battery: feasible on every design day) */
                                feasibleBlocks: number;
                            }[];
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                        durationMs: number | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlanRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanRunResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The planner's PlanResult (src/planner/plan-types.ts) without the per-trip lists: timetable, designDays, vehicleTypes, blocks, electric (SoC traces, station power profiles, remedies), options, sensitivity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemaVersion: number;
                        scenarioName: string;
                        currency: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanRunReport: {
        parameters: {
            query?: {
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page with inline CSS and SVG charts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    comparePlanRuns: {
        parameters: {
            query: {
                a: string;
                b: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        a: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            timetableId: string | null;
                            timetableName: string;
                            scenarioId: string | null;
                            scenarioName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            serviceDate: string;
                            stopElevationsFile: string | null;
                            sensitivity: boolean;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            progress: {
                                phase: string;
                                done: number;
                                total: number | null;
                                fraction: number;
                            } | null;
                            error: {
                                file: string | null;
                                line: number | null;
                                field: string | null;
                                message: string;
                            } | null;
                            summary: {
                                scenarioName: string;
                                currency: string;
                                serviceDate: string;
                                blockMethod: string;
                                tripCount: number;
                                blockCount: number;
                                revenueDistanceKm: number;
                                options: {
                                    id: string;
                                    label: string;
                                    technologies: string[];
                                    fleet: number;
                                    extraBusesForSplits: number;
                                    unresolvedBlocks: number;
                                    electricityKwhPerYear: number;
                                    dieselLitresPerYear: number;
                                    gasM3PerYear: number;
                                    co2TonnesPerYear: number;
                                    /** @description Present value over the horizon, in the run's currency */
                                    tcoTotal: number;
                                    /** @description Blocks run as they are (battery: feasible on every design day) */
                                    feasibleBlocks: number;
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            durationMs: number | null;
                        };
                        b: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            timetableId: string | null;
                            timetableName: string;
                            scenarioId: string | null;
                            scenarioName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            serviceDate: string;
                            stopElevationsFile: string | null;
                            sensitivity: boolean;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            progress: {
                                phase: string;
                                done: number;
                                total: number | null;
                                fraction: number;
                            } | null;
                            error: {
                                file: string | null;
                                line: number | null;
                                field: string | null;
                                message: string;
                            } | null;
                            summary: {
                                scenarioName: string;
                                currency: string;
                                serviceDate: string;
                                blockMethod: string;
                                tripCount: number;
                                blockCount: number;
                                revenueDistanceKm: number;
                                options: {
                                    id: string;
                                    label: string;
                                    technologies: string[];
                                    fleet: number;
                                    extraBusesForSplits: number;
                                    unresolvedBlocks: number;
                                    electricityKwhPerYear: number;
                                    dieselLitresPerYear: number;
                                    gasM3PerYear: number;
                                    co2TonnesPerYear: number;
                                    /** @description Present value over the horizon, in the run's currency */
                                    tcoTotal: number;
                                    /** @description Blocks run as they are (battery: feasible on every design day) */
                                    feasibleBlocks: number;
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            durationMs: number | null;
                        };
                        /** @description Per technology option: each run's figures and b − a */
                        options: {
                            id: string;
                            label: string;
                            a: {
                                fleet: number;
                                extraBusesForSplits: number;
                                unresolvedBlocks: number;
                                electricityKwhPerYear: number;
                                dieselLitresPerYear: number;
                                gasM3PerYear: number;
                                co2TonnesPerYear: number;
                                /** @description Present value over the horizon, in the run's currency */
                                tcoTotal: number;
                                /** @description Blocks run as they are (battery: feasible on every design day) */
                                feasibleBlocks: number;
                            } | null;
                            b: {
                                fleet: number;
                                extraBusesForSplits: number;
                                unresolvedBlocks: number;
                                electricityKwhPerYear: number;
                                dieselLitresPerYear: number;
                                gasM3PerYear: number;
                                co2TonnesPerYear: number;
                                /** @description Present value over the horizon, in the run's currency */
                                tcoTotal: number;
                                /** @description Blocks run as they are (battery: feasible on every design day) */
                                feasibleBlocks: number;
                            } | null;
                            difference: {
                                fleet: number;
                                extraBusesForSplits: number;
                                unresolvedBlocks: number;
                                electricityKwhPerYear: number;
                                dieselLitresPerYear: number;
                                gasM3PerYear: number;
                                co2TonnesPerYear: number;
                                /** @description Present value over the horizon, in the run's currency */
                                tcoTotal: number;
                                /** @description Blocks run as they are (battery: feasible on every design day) */
                                feasibleBlocks: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkOrders: {
        parameters: {
            query?: {
                status?: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled" | "open";
                vehicleId?: string;
                depotId?: string;
                organisationId?: string;
                source?: "defect" | "maintenance" | "manual";
                assigneeUserId?: string;
                /** @description true: only orders that hold their vehicle off the road */
                blocking?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderSummary"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    vehicleId: string;
                    title: string;
                    description?: string;
                    /** @enum {unknown} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    blocking?: boolean;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    scheduledFor?: string;
                    /** Format: uuid */
                    defectId?: string;
                    tasks?: {
                        description: string;
                        competencies?: string[];
                        /** @default true */
                        required?: boolean;
                    }[];
                    maintenanceTasks?: {
                        programmeKey: string;
                        taskKey: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkOrdersFromDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string | null;
                    /** @enum {unknown} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    blocking?: boolean;
                    scheduledFor?: string | null;
                    assigneeUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addWorkOrderTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Either a description (with competencies), or a programmeKey and taskKey */
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    competencies?: string[];
                    required?: boolean;
                    programmeKey?: string;
                    taskKey?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeWorkOrderTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addWorkOrderLabour: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    workDate: string;
                    hours: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeWorkOrderLabour: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                labourId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addWorkOrderPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partId: string;
                    quantity: number;
                    /**
                     * Format: uuid
                     * @description Take from this depot of the operator instead of the vehicle's own (not for hub stores)
                     */
                    depotId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    returnWorkOrderPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    to: "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    scheduledFor?: string;
                    /** Format: date-time */
                    completedAt?: string;
                    meterKm?: number;
                    meterHours?: number;
                    /** @description Store a meter value that jumps implausibly far, after checking it */
                    confirmMeterJump?: boolean;
                    note?: string;
                    /**
                     * @description For a defect's order: what completing it certifies (default repaired). No repair needed is a certification like any other
                     * @enum {unknown}
                     */
                    defectOutcome?: "repaired" | "no_repair_needed";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        depotId: string | null;
                        depotName: string | null;
                        /** @enum {unknown} */
                        source: "defect" | "maintenance" | "manual";
                        defectId: string | null;
                        programmeKey: string | null;
                        taskKey: string | null;
                        title: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description The vehicle may not go out while this order is open */
                        blocking: boolean;
                        /** @enum {unknown} */
                        status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
                        scheduledFor: string | null;
                        assignedOrganisationId: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        /** Format: date-time */
                        openedAt: string;
                        startedAt: string | null;
                        completedAt: string | null;
                        verifiedAt: string | null;
                        cancelledAt: string | null;
                        /** @description Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block */
                        downtimeHours: number;
                        /** @description The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these */
                        allowedTransitions: ("scheduled" | "in_progress" | "completed" | "verified" | "cancelled")[];
                        description: string | null;
                        defect: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            /** @enum {unknown} */
                            severity: "critical" | "major" | "minor";
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                /** @description The image, under this API (GET /photos/{id}) */
                                url: string;
                                /** @description A smaller image, when one exists; none is made today: scale the image */
                                thumbnailUrl?: string;
                            }[];
                        } | null;
                        createdByName: string | null;
                        completedBy: string | null;
                        completedByName: string | null;
                        completionKm: number | null;
                        completionHours: number | null;
                        completionNote: string | null;
                        verifiedBy: string | null;
                        verifiedByName: string | null;
                        cancelReason: string | null;
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            programmeKey: string | null;
                            taskKey: string | null;
                            competencies: string[];
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                        }[];
                        labour: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            workDate: string;
                            hours: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        parts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partId: string;
                            partNumber: string;
                            partName: string;
                            unit: string;
                            quantity: number;
                            unitCost: number | null;
                            cost: number | null;
                            /** Format: uuid */
                            stockId: string;
                            location: string;
                            byName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totalHours: number;
                        partsCost: number;
                        requiredCompetencies: string[];
                        /** @description Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs */
                        signOff: {
                            canComplete: boolean;
                            canVerify: boolean;
                            missingCompetencies: string[];
                        };
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listParts: {
        parameters: {
            query?: {
                organisationId?: string;
                /** @description Part number or name, or part of one */
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    partNumber: string;
                    name: string;
                    /** @description pcs, l, kg, m, … */
                    unit?: string;
                    unitCost?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        networkCatalogue: boolean;
                        partNumber: string;
                        name: string;
                        unit: string;
                        unitCost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partNumber?: string;
                    name?: string;
                    /** @description pcs, l, kg, m, … */
                    unit?: string;
                    unitCost?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        networkCatalogue: boolean;
                        partNumber: string;
                        name: string;
                        unit: string;
                        unitCost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStock: {
        parameters: {
            query?: {
                organisationId?: string;
                depotId?: string;
                partId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevel"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStockMovements: {
        parameters: {
            query?: {
                stockId?: string;
                organisationId?: string;
                partId?: string;
                workOrderId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovement"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createStockMovement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** Format: uuid */
                    depotId?: string;
                    /** Format: uuid */
                    partId: string;
                    /** @description Positive brings parts in; an adjustment may be negative */
                    delta: number;
                    /** @enum {unknown} */
                    reason: "receipt" | "adjustment";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stock: components["schemas"]["StockLevel"];
                        movement: components["schemas"]["StockMovement"];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCompetencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Competency"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCompetency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Lower-case letters, digits and underscores, starting with a letter */
                    key: string;
                    name: {
                        en: string;
                        ru: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        builtIn: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCourses: {
        parameters: {
            query?: {
                organisationId?: string;
                competency?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Course"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCourse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    competency: string;
                    name: string;
                    description?: string | null;
                    /** @description How long a certificate from this course stays valid */
                    validityMonths: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        competency: string;
                        competencyName: {
                            en: string;
                            ru: string;
                        };
                        name: string;
                        description: string | null;
                        validityMonths: number;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        competency: string;
                        competencyName: {
                            en: string;
                            ru: string;
                        };
                        name: string;
                        description: string | null;
                        validityMonths: number;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /** @description How long a certificate from this course stays valid */
                    validityMonths?: number;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        competency: string;
                        competencyName: {
                            en: string;
                            ru: string;
                        };
                        name: string;
                        description: string | null;
                        validityMonths: number;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTrainingSessions: {
        parameters: {
            query?: {
                courseId?: string;
                organisationId?: string;
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
                status?: "planned" | "completed" | "cancelled";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    courseId: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    place: string;
                    /** Format: uuid */
                    trainerUserId: string;
                    capacity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        courseId: string;
                        courseName: string;
                        competency: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        place: string;
                        trainerUserId: string | null;
                        trainerName: string | null;
                        capacity: number;
                        /** @description Enrolments not cancelled (what fills the places) */
                        enrolledCount: number;
                        /** @enum {unknown} */
                        status: "planned" | "completed" | "cancelled";
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        courseId: string;
                        courseName: string;
                        competency: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        place: string;
                        trainerUserId: string | null;
                        trainerName: string | null;
                        capacity: number;
                        /** @description Enrolments not cancelled (what fills the places) */
                        enrolledCount: number;
                        /** @enum {unknown} */
                        status: "planned" | "completed" | "cancelled";
                        /** @description All of them for the provider; for others, only people they may see */
                        enrolments: components["schemas"]["Enrolment"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    place?: string;
                    /** Format: uuid */
                    trainerUserId?: string;
                    capacity?: number;
                    /**
                     * @description Cancel the session and its enrolments
                     * @enum {unknown}
                     */
                    status?: "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        courseId: string;
                        courseName: string;
                        competency: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        place: string;
                        trainerUserId: string | null;
                        trainerName: string | null;
                        capacity: number;
                        /** @description Enrolments not cancelled (what fills the places) */
                        enrolledCount: number;
                        /** @enum {unknown} */
                        status: "planned" | "completed" | "cancelled";
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        sessionId: string;
                        /** Format: uuid */
                        userId: string;
                        userName: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        /** @enum {unknown} */
                        status: "enrolled" | "completed" | "failed" | "cancelled";
                        certificateId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        sessionId: string;
                        /** Format: uuid */
                        userId: string;
                        userName: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        /** @enum {unknown} */
                        status: "enrolled" | "completed" | "failed" | "cancelled";
                        certificateId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    passed: boolean;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    completedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolment: components["schemas"]["Enrolment"];
                        certificate: components["schemas"]["Certificate"] | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                userId?: string;
                organisationId?: string;
                competency?: string;
                status?: "valid" | "expired" | "revoked" | "all";
                /** @description Only valid certificates expiring within this many days */
                expiringWithinDays?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                    /** Format: uuid */
                    organisationId: string;
                    competency: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    issuedOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    expiresOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                        userName: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        competency: string;
                        competencyName: {
                            en: string;
                            ru: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        issuedOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expiresOn: string;
                        /** Format: uuid */
                        issuedByOrganisationId: string;
                        issuedByName: string;
                        courseId: string | null;
                        sessionId: string | null;
                        /** @enum {unknown} */
                        status: "valid" | "expired" | "revoked";
                        /** @description Days until expiry; negative once expired */
                        daysLeft: number;
                        revokedAt: string | null;
                        revokeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExpiringCertificates: {
        parameters: {
            query?: {
                days?: number;
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                        userName: string;
                        /** Format: uuid */
                        organisationId: string;
                        organisationName: string;
                        competency: string;
                        competencyName: {
                            en: string;
                            ru: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        issuedOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expiresOn: string;
                        /** Format: uuid */
                        issuedByOrganisationId: string;
                        issuedByName: string;
                        courseId: string | null;
                        sessionId: string | null;
                        /** @enum {unknown} */
                        status: "valid" | "expired" | "revoked";
                        /** @description Days until expiry; negative once expired */
                        daysLeft: number;
                        revokedAt: string | null;
                        revokeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrainingCoverage: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCoverage"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listServiceRequests: {
        parameters: {
            query?: {
                /** @description active: open or accepted */
                status?: "open" | "accepted" | "resolved" | "declined" | "cancelled" | "active";
                kind?: "take_over" | "specialist";
                /** @description true: a response or resolution target is missed */
                overdue?: boolean;
                operatorId?: string;
                regionId?: string;
                workOrderId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The operator asking; default: my organisation
                     */
                    organisationId?: string;
                    /** @enum {unknown} */
                    kind: "take_over" | "specialist";
                    /** Format: uuid */
                    workOrderId?: string;
                    /** Format: uuid */
                    vehicleId?: string;
                    description: string;
                    /**
                     * Format: uuid
                     * @description Needed only when several hubs could serve this
                     */
                    hubId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assigneeUserId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declineServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** Format: uuid */
                        operatorId: string;
                        operatorName: string;
                        /** Format: uuid */
                        hubId: string;
                        hubName: string;
                        /** Format: uuid */
                        agreementId: string;
                        /** @enum {unknown} */
                        kind: "take_over" | "specialist";
                        workOrderId: string | null;
                        workOrderNumber: number | null;
                        vehicleId: string | null;
                        vehicleFleetNumber: string | null;
                        description: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
                        /** Format: date-time */
                        requestedAt: string;
                        requestedByName: string | null;
                        /** Format: date-time */
                        responseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                        acceptedAt: string | null;
                        assigneeUserId: string | null;
                        assigneeName: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                        declinedAt: string | null;
                        declineReason: string | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it */
                        responseOverdue: boolean;
                        /** @description Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it */
                        resolutionOverdue: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMaintenanceProgrammes: {
        parameters: {
            query?: {
                /** @description The programmes in effect for this organisation: its own active ones and the built-ins it has not copied */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceProgramme"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMaintenanceProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Either basedOnId (copy a programme with its tasks, key kept) or key and name (a new one); the applies-to lists may be given with either. An empty list means any. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** Format: uuid */
                    basedOnId?: string;
                    /** @description Lower-case letters, digits, - and _ */
                    key?: string;
                    name?: {
                        en: string;
                        ru: string;
                    };
                    vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                    powertrains?: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                    lengthClasses?: ("up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable")[];
                    modelIds?: string[];
                    /** @description Percent of each interval past the due point before the task is overdue */
                    tolerancePercent?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMaintenanceProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMaintenanceProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        en: string;
                        ru: string;
                    };
                    vehicleTypes?: ("city_bus" | "intercity_bus" | "tractor" | "combine_harvester" | "mining_dump_truck" | "other")[];
                    powertrains?: ("diesel" | "cng" | "battery_electric" | "hybrid")[];
                    lengthClasses?: ("up_to_8m" | "8_to_10_5m" | "10_5_to_13m" | "articulated_18m" | "not_applicable")[];
                    modelIds?: string[];
                    /** @description Percent of each interval past the due point before the task is overdue */
                    tolerancePercent?: number;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adoptBuiltInMaintenanceProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addMaintenanceProgrammeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Due at whichever interval comes first (at least one); a due-soon window per interval, smaller than it. Defaults: floating, not safety-critical, no competencies. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Lower-case letters, digits, - and _ */
                    key: string;
                    name: {
                        en: string;
                        ru: string;
                    };
                    intervalKm?: number | null;
                    intervalHours?: number | null;
                    intervalDays?: number | null;
                    dueSoonKm?: number | null;
                    dueSoonHours?: number | null;
                    dueSoonDays?: number | null;
                    /**
                     * @description fixed: next due from the plan; floating: from the actual completion
                     * @enum {unknown}
                     */
                    schedule?: "fixed" | "floating";
                    /** @description Overdue holds the vehicle at the release gate */
                    safetyCritical?: boolean;
                    competencies?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeMaintenanceProgrammeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMaintenanceProgrammeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        /** @description null removes an interval or a due-soon window */
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        en: string;
                        ru: string;
                    };
                    intervalKm?: number | null;
                    intervalHours?: number | null;
                    intervalDays?: number | null;
                    dueSoonKm?: number | null;
                    dueSoonHours?: number | null;
                    dueSoonDays?: number | null;
                    /**
                     * @description fixed: next due from the plan; floating: from the actual completion
                     * @enum {unknown}
                     */
                    schedule?: "fixed" | "floating";
                    /** @description Overdue holds the vehicle at the release gate */
                    safetyCritical?: boolean;
                    competencies?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationId: string | null;
                        builtIn: boolean;
                        key: string;
                        name: {
                            en: string;
                            ru: string;
                        };
                        vehicleTypes: string[];
                        powertrains: string[];
                        lengthClasses: string[];
                        modelIds: string[];
                        basedOnId: string | null;
                        /** @description A maker's own programme; empty: any */
                        makers: string[];
                        replaces: string | null;
                        /** @description Percent of each interval past the due point before the task is overdue */
                        tolerancePercent: number;
                        active: boolean;
                        tasks: components["schemas"]["MaintenanceTask"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDueMaintenance: {
        parameters: {
            query?: {
                organisationId?: string;
                depotId?: string;
                vehicleId?: string;
                /** @description attention = overdue, due (within tolerance) and due soon */
                status?: "overdue" | "due" | "due_soon" | "ok" | "attention" | "all";
                /** @description true: only safety-critical tasks (those that hold a vehicle) */
                safetyCritical?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceDueItem"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMaintenanceCalendar: {
        parameters: {
            query: {
                depotId: string;
                /** @description YYYY-MM-DD */
                from: string;
                /** @description YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                        days: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            items: components["schemas"]["MaintenanceDueItem"][];
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVehicleMaintenance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        vehicleId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        today: string;
                        due: components["schemas"]["MaintenanceDueItem"][];
                        /** @description Newest first */
                        history: components["schemas"]["MaintenanceRecord"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordMaintenance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The meter a task is due by is required (meterKm for a task due by km, meterHours by engine hours) */
        requestBody: {
            content: {
                "application/json": {
                    programmeKey: string;
                    taskKey: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    completedOn: string;
                    meterKm?: number;
                    meterHours?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        vehicleId: string;
                        programmeKey: string;
                        taskKey: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        completedOn: string;
                        meterKm: number | null;
                        meterHours: number | null;
                        /**
                         * Format: date
                         * @description Where the next due point counts from (the plan point, for a fixed task)
                         */
                        basisDate: string;
                        basisKm: number | null;
                        basisHours: number | null;
                        workOrderId: string | null;
                        note: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMaintenanceSettings: {
        parameters: {
            query?: {
                /** @description Default: the organisation I work in */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @description A work order opens by itself for each defect found at inspection */
                        workOrdersFromDefects: boolean;
                        /** @description A work order opens by itself for each maintenance task coming due */
                        workOrdersFromDueTasks: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMaintenanceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    workOrdersFromDefects: boolean;
                    workOrdersFromDueTasks: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @description A work order opens by itself for each defect found at inspection */
                        workOrdersFromDefects: boolean;
                        /** @description A work order opens by itself for each maintenance task coming due */
                        workOrdersFromDueTasks: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOverdueMaintenanceReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueMaintenanceReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOverdueMaintenanceReportCsv: {
        parameters: {
            query?: {
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAvailabilityReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAvailabilityReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMkbfReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MkbfReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMkbfReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDefectsByCategoryReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectsByCategoryReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDefectsByCategoryReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkOrderBacklogReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderBacklogReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkOrderBacklogReportCsv: {
        parameters: {
            query?: {
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrainingCoverageReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCoverageReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrainingCoverageReportCsv: {
        parameters: {
            query?: {
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgreementTargetsReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTargetsReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgreementTargetsReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveriesReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesReportCsv: {
        parameters: {
            query?: {
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckProofReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckProofReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckProofReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckFlagsWeeklyReport: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckFlagsWeeklyReportRow"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckFlagsWeeklyReportCsv: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD, UTC), included */
                from: string;
                /** @description Last day (YYYY-MM-DD, UTC), included */
                to: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReleasePolicy: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /**
                         * @description walkaround: the driver's own pre-shift check; ru_pretrip: also a qualified controller's technical control, a medical worker's admission of the driver and documents in date (Mintrans orders No. 9/2021 and No. 390/2022)
                         * @enum {unknown}
                         */
                        policy: "walkaround" | "ru_pretrip";
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putReleasePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** @enum {unknown} */
                    policy: "walkaround" | "ru_pretrip";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /**
                         * @description walkaround: the driver's own pre-shift check; ru_pretrip: also a qualified controller's technical control, a medical worker's admission of the driver and documents in date (Mintrans orders No. 9/2021 and No. 390/2022)
                         * @enum {unknown}
                         */
                        policy: "walkaround" | "ru_pretrip";
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createComplianceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    vehicleId?: string;
                    /** Format: uuid */
                    driverUserId?: string;
                    /** @enum {unknown} */
                    kind: "osago" | "diagnostic_card" | "tachograph_skzi" | "tachograph_calibration" | "cng_cylinder_requalification" | "driving_licence" | "tachograph_card" | "medical_certificate";
                    number: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    issuedOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    expiresOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        vehicleId: string | null;
                        fleetNumber: string | null;
                        registrationPlate: string | null;
                        driverUserId: string | null;
                        driverName: string | null;
                        /** @enum {unknown} */
                        kind: "osago" | "diagnostic_card" | "tachograph_skzi" | "tachograph_calibration" | "cng_cylinder_requalification" | "driving_licence" | "tachograph_card" | "medical_certificate";
                        kindName: {
                            en: string;
                            ru: string;
                        };
                        number: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        issuedOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expiresOn: string;
                        /** @enum {unknown} */
                        state: "valid" | "expiring" | "expired";
                        /** @description Days from today to the expiry (negative: expired) */
                        daysLeft: number;
                        /** @description The newest document of its kind for its vehicle or driver (the one that counts) */
                        current: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVehicleComplianceDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocument"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComplianceCalendar: {
        parameters: {
            query: {
                depotId: string;
                /** @description Show what expires within this many days (and everything expired) */
                withinDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        today: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        until: string;
                        /** @description Expired (state expired) and expiring by `until`, soonest expiry first; only the newest document of each kind per vehicle or driver */
                        documents: components["schemas"]["ComplianceDocument"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTechnicalControl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    vehicleId: string;
                    /**
                     * Format: date-time
                     * @description Any moment of the shift it is for (default: now)
                     */
                    shiftStart?: string;
                    /**
                     * @description The shift under way at that moment, or the one after it
                     * @enum {unknown}
                     */
                    shift?: "current" | "next";
                    /** Format: uuid */
                    driverUserId: string;
                    /** @description The vehicle is fit to go out */
                    passed: boolean;
                    odometerKm: number;
                    /** @description The controller's surname and initials, e.g. "Иванов И.И." */
                    signature: string;
                    /** Format: uuid */
                    inspectionId?: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        vehicleId: string;
                        fleetNumber: string;
                        registrationPlate: string | null;
                        model: string;
                        depotId: string | null;
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        driverUserId: string | null;
                        driverName: string | null;
                        passed: boolean;
                        /** Format: date-time */
                        controlledAt: string;
                        odometerKm: number;
                        notes: string | null;
                        /** Format: uuid */
                        controllerUserId: string;
                        controllerName: string;
                        /** Format: uuid */
                        controllerOrganisationId: string;
                        signature: string;
                        inspectionId: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPretripJournal: {
        parameters: {
            query?: {
                /** @description The depot's local day (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId: string;
                        depotName: string;
                        organisationName: string;
                        timeZone: string;
                        /** Format: date */
                        date: string;
                        controls: components["schemas"]["TechnicalControl"][];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPretripJournalCsv: {
        parameters: {
            query?: {
                /** @description The depot's local day (default: today) */
                date?: string;
                /** @description Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by a semicolon in Russian and a comma in English, headers, statuses and other enumerations in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the account's locale, else Accept-Language, else English), dates as the language writes them (UTC), a decimal comma in Russian, and names beside ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 dates, raw enumeration values, commas, no byte-order mark; its columns do not change. `xlsx`: the person's file as an Excel workbook (the same columns, headers and words; numbers as number cells, dates and times as date cells in UTC; a bold, frozen header row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
                format?: "person" | "machine" | "xlsx";
                /** @description The language of the file's words: `ru` or `en`. A download link opened from the web page carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, the account's locale and Accept-Language. Any other value is refused (400, field `locale`). */
                locale?: "en" | "ru";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line; with format=xlsx an Excel workbook, its first row the headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDepotDrivers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    }[];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMedicalAdmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    driverUserId: string;
                    /** Format: uuid */
                    depotId: string;
                    /**
                     * Format: date-time
                     * @description Any moment of the shift it is for (default: now)
                     */
                    shiftStart?: string;
                    /**
                     * @description The shift under way at that moment, or the one after it
                     * @enum {unknown}
                     */
                    shift?: "current" | "next";
                    /**
                     * @description Before the trip (default) or after
                     * @enum {unknown}
                     */
                    stage?: "pre_trip" | "post_trip";
                    /** @description Admitted to drive (pre-trip) or fit after the trip */
                    admitted: boolean;
                    /** @description Optional medical details; stored apart, shown only to medical workers, every read audited (152-FZ art. 10) */
                    details?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        driverUserId: string;
                        driverName: string;
                        depotId: string | null;
                        /** @enum {unknown} */
                        stage: "pre_trip" | "post_trip";
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        admitted: boolean;
                        /** Format: date-time */
                        examinedAt: string;
                        /** Format: uuid */
                        byUserId: string;
                        byName: string;
                        /** Format: uuid */
                        byOrganisationId: string;
                        /** @description Medical details are on record (medical workers only) */
                        hasDetails: boolean;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMedicalAdmissions: {
        parameters: {
            query?: {
                /** @description The depot's local day (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalAdmission"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueWaybill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    vehicleId: string;
                    /**
                     * Format: date-time
                     * @description Any moment of the shift (default: now)
                     */
                    shiftStart?: string;
                    /** @enum {unknown} */
                    shift?: "current" | "next";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** @enum {unknown} */
                        status: "open" | "closed";
                        organisation: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        depot: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description The depot's IANA time zone: the form's dates and times are the depot's */
                            timeZone: string;
                        } | null;
                        vehicle: {
                            /** Format: uuid */
                            id: string;
                            fleetNumber: string;
                            registrationPlate: string | null;
                            model: string;
                            vin: string | null;
                        };
                        driver: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            licenceNumber: string | null;
                        };
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /** Format: date-time */
                        issuedAt: string;
                        issuedBy: {
                            id: string | null;
                            name: string;
                        };
                        preTripControl: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            passed: boolean;
                            controller: {
                                id: string | null;
                                name: string;
                            };
                            signature: string;
                        };
                        preTripMedical: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            admitted: boolean;
                            medicalWorker: {
                                id: string | null;
                                name: string;
                            };
                        };
                        return: {
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            distanceKm: number;
                            meterReadingId: string | null;
                            postTripControlPassed: boolean;
                            postTripSignature: string | null;
                            postTripNotes: string | null;
                            postTripMedical: {
                                /** Format: date-time */
                                at: string;
                                fit: boolean;
                                medicalWorker: {
                                    id: string | null;
                                    name: string;
                                };
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWaybill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** @enum {unknown} */
                        status: "open" | "closed";
                        organisation: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        depot: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description The depot's IANA time zone: the form's dates and times are the depot's */
                            timeZone: string;
                        } | null;
                        vehicle: {
                            /** Format: uuid */
                            id: string;
                            fleetNumber: string;
                            registrationPlate: string | null;
                            model: string;
                            vin: string | null;
                        };
                        driver: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            licenceNumber: string | null;
                        };
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /** Format: date-time */
                        issuedAt: string;
                        issuedBy: {
                            id: string | null;
                            name: string;
                        };
                        preTripControl: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            passed: boolean;
                            controller: {
                                id: string | null;
                                name: string;
                            };
                            signature: string;
                        };
                        preTripMedical: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            admitted: boolean;
                            medicalWorker: {
                                id: string | null;
                                name: string;
                            };
                        };
                        return: {
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            distanceKm: number;
                            meterReadingId: string | null;
                            postTripControlPassed: boolean;
                            postTripSignature: string | null;
                            postTripNotes: string | null;
                            postTripMedical: {
                                /** Format: date-time */
                                at: string;
                                fit: boolean;
                                medicalWorker: {
                                    id: string | null;
                                    name: string;
                                };
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWaybillTitles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "fleethub-waybill-titles";
                        /** @enum {number} */
                        version: 1;
                        basis: string;
                        /** Format: uuid */
                        waybillId: string;
                        number: number;
                        titles: {
                            /** @enum {unknown} */
                            title: "T1" | "T2" | "T3" | "T4" | "T5" | "T6";
                            name: {
                                en: string;
                                ru: string;
                            };
                            /** @enum {unknown} */
                            filledBy: "technical_controller" | "medical_worker";
                            /** @description Whether what the title holds was checked against a source on the FTS format */
                            contentVerified: boolean;
                            /** @enum {unknown} */
                            stage: "before_trip" | "after_trip";
                            complete: boolean;
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeWaybill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    returnOdometerKm: number;
                    /** @description The post-trip technical control found the vehicle in order */
                    postTripPassed: boolean;
                    /** @description The controller's surname and initials */
                    signature: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: number;
                        /** @enum {unknown} */
                        status: "open" | "closed";
                        organisation: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        depot: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description The depot's IANA time zone: the form's dates and times are the depot's */
                            timeZone: string;
                        } | null;
                        vehicle: {
                            /** Format: uuid */
                            id: string;
                            fleetNumber: string;
                            registrationPlate: string | null;
                            model: string;
                            vin: string | null;
                        };
                        driver: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            licenceNumber: string | null;
                        };
                        /** Format: date-time */
                        shiftStart: string;
                        /** Format: date-time */
                        shiftEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /** Format: date-time */
                        issuedAt: string;
                        issuedBy: {
                            id: string | null;
                            name: string;
                        };
                        preTripControl: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            passed: boolean;
                            controller: {
                                id: string | null;
                                name: string;
                            };
                            signature: string;
                        };
                        preTripMedical: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            admitted: boolean;
                            medicalWorker: {
                                id: string | null;
                                name: string;
                            };
                        };
                        return: {
                            /** Format: date-time */
                            at: string;
                            odometerKm: number;
                            distanceKm: number;
                            meterReadingId: string | null;
                            postTripControlPassed: boolean;
                            postTripSignature: string | null;
                            postTripNotes: string | null;
                            postTripMedical: {
                                /** Format: date-time */
                                at: string;
                                fit: boolean;
                                medicalWorker: {
                                    id: string | null;
                                    name: string;
                                };
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDepotWaybills: {
        parameters: {
            query?: {
                /** @description The depot's local day (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Waybill"][];
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMedicalAdmissionDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        admissionId: string;
                        details: string | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHomeFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What this person's home page shows, by their roles here */
                        sections: ("shift" | "workshop" | "fleet" | "requests")[];
                        shift: {
                            /** Format: uuid */
                            depotId: string;
                            depotName: string;
                            timeZone: string;
                            /** Format: date-time */
                            shiftStart: string;
                            /** Format: date-time */
                            shiftEnd: string;
                            /** @description The depot's local start time, HH:MM */
                            localStart: string;
                            total: number;
                            counts: {
                                ready: number;
                                not_checked: number;
                                held: number;
                                released: number;
                            };
                        }[] | null;
                        workshop: {
                            /** @description Open work orders that hold their vehicle off the road */
                            blockingWorkOrders: number;
                            /** @description Defects reported and not yet certified repaired (open or in repair) */
                            defectsWaiting: number;
                        } | null;
                        fleet: {
                            depots: {
                                /** Format: uuid */
                                depotId: string;
                                depotName: string;
                                /** @description Safety-critical maintenance tasks overdue at the depot */
                                overdueSafetyMaintenance: number;
                            }[];
                            /** @description Valid certificates expiring within expiringWithinDays */
                            expiringCertificates: number;
                            expiringWithinDays: number;
                        } | null;
                        requests: {
                            /** @enum {unknown} */
                            groupBy: "operator" | "region";
                            /** @description Most past target first, then most active, then by name */
                            groups: {
                                /** @description The operator or region; null for operators in no region */
                                id: string | null;
                                name: string | null;
                                active: number;
                                /** @description Active requests whose response or resolution target has passed */
                                pastTarget: number;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Every refusal has this shape */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every refusal has this shape */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
