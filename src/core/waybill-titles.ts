/**
 * The electronic waybill's data organised by the titles of the Federal Tax Service format
 * (order ЕД-7-26/116@ of 17 Feb 2023), as documented JSON: fleethub does not write the
 * format's XML, because its schema (XSD) could not be found and checked.
 *
 * What is known of the titles, and from where:
 * - the electronic waybill is six exchange files (titles), each signed by the person who
 *   fills it; T1 "circumstances and features of the trip" is signed by the person
 *   responsible for the technical condition of the vehicles, T2 "results of the pre-shift,
 *   pre-trip medical examination" by the medical worker who made it, T3 "the odometer when
 *   the vehicle leaves its parking place" by the person authorised to record it
 *   (kub-consalt.ru, "Форматы электронных путевых листов в 2023 году", summarising the
 *   order); the file of T1 has the prefix ON_PTLSSOBTS (the order's description of the
 *   exchange file, as quoted by consultant.ru);
 * - the operator of electronic transport documents Taxcom assigns T1, T3, T4 and T5 to the
 *   mechanic or controller and T2 and T6 to the medical worker, four titles before the
 *   trip (taxcom.ru/epd/taxcom-transport/o-servise).
 * Which of T4, T5, T6 carries what (here: T4 the pre-trip technical control, T5 the return
 * with the odometer and the post-trip control, T6 the post-trip medical examination) is
 * inferred from those two sources and NOT verified against the order's text: each title
 * below says whether it was verified.
 */

export interface WaybillForTitles {
  id: string;
  number: number;
  organisation: { name: string };
  vehicle: {
    fleetNumber: string;
    registrationPlate: string | null;
    model: string;
    vin: string | null;
  };
  driver: { name: string; licenceNumber: string | null };
  shiftStart: string;
  shiftEnd: string;
  validFrom: string;
  issuedAt: string;
  issuedBy: { name: string };
  preTripControl: {
    at: string;
    odometerKm: number;
    passed: boolean;
    controller: { name: string };
    signature: string;
  };
  preTripMedical: { at: string; admitted: boolean; medicalWorker: { name: string } };
  return: {
    at: string;
    odometerKm: number;
    distanceKm: number;
    postTripControlPassed: boolean;
    postTripSignature: string | null;
    postTripNotes: string | null;
    postTripMedical: { at: string; fit: boolean; medicalWorker: { name: string } } | null;
  } | null;
}

export type TitleFiller = "technical_controller" | "medical_worker";

export interface WaybillTitle {
  title: "T1" | "T2" | "T3" | "T4" | "T5" | "T6";
  name: { en: string; ru: string };
  filledBy: TitleFiller;
  /** Whether what this title holds was checked against a source describing the format. */
  contentVerified: boolean;
  /** When the title is filled: before the trip or at return; null while it cannot be yet. */
  stage: "before_trip" | "after_trip";
  complete: boolean;
  fields: Record<string, string | number | boolean | null>;
}

export interface WaybillTitles {
  format: "fleethub-waybill-titles";
  version: 1;
  basis: string;
  waybillId: string;
  number: number;
  titles: WaybillTitle[];
}

export function waybillTitles(w: WaybillForTitles): WaybillTitles {
  const r = w.return;
  return {
    format: "fleethub-waybill-titles",
    version: 1,
    basis:
      "Mintrans order No. 390 of 28 Sep 2022 (waybill details); FTS order ЕД-7-26/116@ of 17 Feb 2023 (titles T1–T6); JSON, not the FTS XML",
    waybillId: w.id,
    number: w.number,
    titles: [
      {
        title: "T1",
        name: {
          en: "Circumstances and features of the trip",
          ru: "Сведения об обстоятельствах и особенностях рейса",
        },
        filledBy: "technical_controller",
        contentVerified: true,
        stage: "before_trip",
        complete: true,
        fields: {
          waybillNumber: w.number,
          validFrom: w.validFrom,
          shiftStart: w.shiftStart,
          shiftEnd: w.shiftEnd,
          carrier: w.organisation.name,
          vehicleModel: w.vehicle.model,
          registrationPlate: w.vehicle.registrationPlate,
          vin: w.vehicle.vin,
          fleetNumber: w.vehicle.fleetNumber,
          driverName: w.driver.name,
          driverLicenceNumber: w.driver.licenceNumber,
          issuedAt: w.issuedAt,
          issuedBy: w.issuedBy.name,
        },
      },
      {
        title: "T2",
        name: {
          en: "Pre-trip medical examination",
          ru: "Сведения о результатах предрейсового медицинского осмотра",
        },
        filledBy: "medical_worker",
        contentVerified: true,
        stage: "before_trip",
        complete: true,
        fields: {
          driverName: w.driver.name,
          examinedAt: w.preTripMedical.at,
          admitted: w.preTripMedical.admitted,
          medicalWorkerName: w.preTripMedical.medicalWorker.name,
        },
      },
      {
        title: "T3",
        name: {
          en: "Odometer when leaving the parking place",
          ru: "Показания одометра при выезде с парковки",
        },
        filledBy: "technical_controller",
        contentVerified: true,
        stage: "before_trip",
        complete: true,
        fields: { odometerKm: w.preTripControl.odometerKm, recordedAt: w.preTripControl.at },
      },
      {
        title: "T4",
        name: {
          en: "Pre-trip technical control",
          ru: "Сведения о предрейсовом контроле технического состояния",
        },
        filledBy: "technical_controller",
        contentVerified: false,
        stage: "before_trip",
        complete: true,
        fields: {
          controlledAt: w.preTripControl.at,
          odometerKm: w.preTripControl.odometerKm,
          passed: w.preTripControl.passed,
          controllerName: w.preTripControl.controller.name,
          controllerSignature: w.preTripControl.signature,
        },
      },
      {
        title: "T5",
        name: {
          en: "Return: odometer and post-trip technical control",
          ru: "Показания одометра при заезде и послерейсовый контроль технического состояния",
        },
        filledBy: "technical_controller",
        contentVerified: false,
        stage: "after_trip",
        complete: r !== null,
        fields: {
          returnedAt: r?.at ?? null,
          odometerKm: r?.odometerKm ?? null,
          distanceKm: r?.distanceKm ?? null,
          postTripControlPassed: r?.postTripControlPassed ?? null,
          controllerSignature: r?.postTripSignature ?? null,
          notes: r?.postTripNotes ?? null,
        },
      },
      {
        title: "T6",
        name: {
          en: "Post-trip medical examination",
          ru: "Сведения о результатах послерейсового медицинского осмотра",
        },
        filledBy: "medical_worker",
        contentVerified: false,
        stage: "after_trip",
        complete: r?.postTripMedical != null,
        fields: {
          examinedAt: r?.postTripMedical?.at ?? null,
          fit: r?.postTripMedical?.fit ?? null,
          medicalWorkerName: r?.postTripMedical?.medicalWorker.name ?? null,
        },
      },
    ],
  };
}
