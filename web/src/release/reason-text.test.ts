/**
 * What a dispatcher or a driver reads for each reason a vehicle is held, in English and
 * Russian, written out by hand: the kind of hold, the defect named as a fault with the
 * driver's words and the depot's local time, and who can clear it.
 */
import { describe, expect, it } from "vitest";
import type { ReasonDefect, ReleaseReason } from "../api/types.js";
import { en } from "../i18n/en.js";
import { ru } from "../i18n/ru.js";
import { reasonLine, reasonText, shortDateTime, timeOfDay } from "./reason-text.js";

const ENGLISH = { t: en, locale: "en" as const };
const RUSSIAN = { t: ru, locale: "ru" as const };
const MOSCOW = "Europe/Moscow";
const MECHANICS = ["mechanic", "hub_technician"];

const defect = (overrides: Partial<ReasonDefect>): ReasonDefect => ({
  id: "5a0c7a4e-2f4b-4d6e-9a51-0d6c1f1e9b01",
  itemKey: "fire_suppression",
  severity: "critical",
  fault: null,
  label: null,
  description: "",
  driverComment: null,
  // 06:12 in Sochi (Moscow time, UTC+3).
  openedAt: "2026-12-02T03:12:00.000Z",
  ...overrides,
});

const reason = (
  overrides: Partial<ReleaseReason> & Pick<ReleaseReason, "code">,
): ReleaseReason => ({
  message: "the API's English message, never shown",
  overridable: false,
  ...overrides,
});

const both = (r: ReleaseReason) => [
  reasonLine(reasonText(r, ENGLISH, MOSCOW)),
  reasonLine(reasonText(r, RUSSIAN, MOSCOW)),
];

describe("a release reason as a person reads it", () => {
  it("names a critical defect as a fault, with the driver's words, the depot's time and who can clear it", () => {
    const fire = reason({
      code: "CRITICAL_DEFECT_OPEN",
      clearedBy: MECHANICS,
      defects: [
        defect({
          fault: {
            en: "Fire suppression system not ready or showing a fault",
            ru: "Система пожаротушения не в готовности или показывает неисправность",
          },
          label: {
            en: "Fire detection and suppression system ready, no fault shown",
            ru: "Система обнаружения и тушения пожара в готовности, неисправностей нет",
          },
          description: "Fire detection and suppression system ready: panel shows a fault",
          driverComment: "Panel shows a fault on the engine-bay sensor",
        }),
      ],
    });
    expect(both(fire)).toEqual([
      "Critical defect: Fire suppression system not ready or showing a fault — “Panel shows a fault on the engine-bay sensor” (reported 2 Dec, 06:12). Who can clear it: mechanic or hub technician",
      "Критическая неисправность: Система пожаротушения не в готовности или показывает неисправность — «Panel shows a fault on the engine-bay sensor» (выявлена 2 дек., 06:12). Кто может снять запрет: механик или техник сервисного центра",
    ]);
    expect(reasonText(fire, RUSSIAN, MOSCOW)).toMatchObject({
      kind: "Критическая неисправность",
      detail: null,
      defects: [
        {
          fault: "Система пожаротушения не в готовности или показывает неисправность",
          driverWords: "«Panel shows a fault on the engine-bay sensor»",
          reported: "выявлена 2 дек., 06:12",
        },
      ],
    });
  });

  it("names an item without a fault wording as a failed check, and lists each defect", () => {
    const ramp = reason({
      code: "MAJOR_DEFECT_OPEN",
      overridable: true,
      clearedBy: [...MECHANICS, "operator_manager"],
      defects: [
        defect({
          itemKey: "ramp",
          severity: "major",
          label: { en: "Ramp deploys and stows", ru: "Аппарель выдвигается и убирается" },
          description: "Ramp deploys and stows",
          // 23:40 the evening before, in Sochi.
          openedAt: "2026-12-01T20:40:00.000Z",
        }),
        defect({
          id: "5a0c7a4e-2f4b-4d6e-9a51-0d6c1f1e9b02",
          itemKey: "wipers",
          severity: "major",
          fault: {
            en: "Wiper blade worn or torn",
            ru: "Щётка стеклоочистителя изношена или порвана",
          },
          driverComment: "Left blade torn",
        }),
      ],
    });
    expect(both(ramp)).toEqual([
      "Major defect: Failed check: Ramp deploys and stows (reported 1 Dec, 23:40); Wiper blade worn or torn — “Left blade torn” (reported 2 Dec, 06:12). Who can clear it: mechanic, hub technician or operator manager",
      "Существенная неисправность: Не пройдена проверка: Аппарель выдвигается и убирается (выявлена 1 дек., 23:40); Щётка стеклоочистителя изношена или порвана — «Left blade torn» (выявлена 2 дек., 06:12). Кто может снять запрет: механик, техник сервисного центра или руководитель перевозчика",
    ]);
  });

  it("falls back to the stored description, which already holds the driver's words", () => {
    const custom = reason({
      code: "MINOR_DEFECT_OPEN",
      overridable: true,
      defects: [
        defect({
          itemKey: "destination_sign",
          severity: "minor",
          description: "Destination sign: two letters dark",
          driverComment: "two letters dark",
        }),
      ],
    });
    expect(both(custom)).toEqual([
      "Minor defect: Destination sign: two letters dark (reported 2 Dec, 06:12)",
      "Незначительная неисправность: Destination sign: two letters dark (выявлена 2 дек., 06:12)",
    ]);
  });

  it("says a repair waits for the driver's review", () => {
    const review = reason({
      code: "REPAIR_NOT_REVIEWED",
      overridable: true,
      clearedBy: ["driver", "operator_manager"],
      defects: [
        defect({
          fault: { en: "Horn does not sound", ru: "Не работает звуковой сигнал" },
          driverComment: "Silent",
        }),
      ],
    });
    expect(both(review)).toEqual([
      "Repair not yet reviewed by the driver: Horn does not sound — “Silent” (reported 2 Dec, 06:12). Who can clear it: driver or operator manager",
      "Ремонт ещё не проверен водителем: Не работает звуковой сигнал — «Silent» (выявлена 2 дек., 06:12). Кто может снять запрет: водитель или руководитель перевозчика",
    ]);
  });

  it("says a vehicle was not checked before the shift, and how long before a check counts", () => {
    expect(
      both(
        reason({
          code: "NO_PRE_SHIFT_INSPECTION",
          params: { windowHours: 24 },
          clearedBy: ["driver"],
        }),
      ),
    ).toEqual([
      "Not checked before the shift: a check counts from 24 h before the shift. Who can clear it: driver",
      "Нет предрейсового осмотра: осмотр засчитывается за 24 ч до начала смены. Кто может снять запрет: водитель",
    ]);
  });

  it("names overdue maintenance tasks and an open work order in the reader's language", () => {
    expect(
      both(
        reason({
          code: "MAINTENANCE_OVERDUE",
          params: {
            tasksEn: "TO-1 service; CNG cylinder inspection",
            tasksRu: "ТО-1; Осмотр баллонов КПГ",
          },
          clearedBy: MECHANICS,
        }),
      ),
    ).toEqual([
      "Safety maintenance overdue: TO-1 service; CNG cylinder inspection. Who can clear it: mechanic or hub technician",
      "Просрочено ТО, важное для безопасности: ТО-1; Осмотр баллонов КПГ. Кто может снять запрет: механик или техник сервисного центра",
    ]);
    expect(
      both(
        reason({
          code: "WORK_ORDER_OPEN",
          params: { number: 12, title: "Replace the brake pads", status: "in_progress" },
          clearedBy: MECHANICS,
        }),
      ),
    ).toEqual([
      "Open work order: WO-12 “Replace the brake pads”, in progress. Who can clear it: mechanic or hub technician",
      "Открыт заказ-наряд: ЗН-12 «Replace the brake pads», в работе. Кто может снять запрет: механик или техник сервисного центра",
    ]);
  });

  it("says a vehicle is not in service, with its status", () => {
    expect(
      both(
        reason({
          code: "VEHICLE_NOT_ACTIVE",
          params: { status: "in_repair" },
          clearedBy: ["operator_manager"],
        }),
      ),
    ).toEqual([
      "Vehicle not in service: in repair. Who can clear it: operator manager",
      "ТС не в работе: в ремонте. Кто может снять запрет: руководитель перевозчика",
    ]);
  });

  it("words a reason from a server that sends no params or roles by its kind alone", () => {
    expect(both(reason({ code: "MAINTENANCE_OVERDUE" }))).toEqual([
      "Safety maintenance overdue",
      "Просрочено ТО, важное для безопасности",
    ]);
  });
});

describe("times at the depot", () => {
  it("reads a moment as a short date and time, or a time of day, in the depot's zone", () => {
    const moment = "2026-12-02T02:00:00.000Z";
    expect(shortDateTime(moment, "en", MOSCOW)).toBe("2 Dec, 05:00");
    expect(shortDateTime(moment, "ru", MOSCOW)).toBe("2 дек., 05:00");
    expect(timeOfDay(moment, "ru", MOSCOW)).toBe("05:00");
    expect(timeOfDay("2026-12-01T21:00:00.000Z", "en", MOSCOW)).toBe("00:00");
  });
});
