/**
 * The home page's words (issue #14 item 4). Each figure's label agrees with its number
 * by the language's plural rules (i18n/format.ts): "1 автобус задержан", "5 автобусов
 * задержаны".
 */
import { formatsFor, type PluralForms } from "../i18n/format.js";
import type { Messages } from "../i18n/messages.js";

const en = (forms: PluralForms) => (n: number) => formatsFor("en").plural(n, forms);
const ru = (forms: PluralForms) => (n: number) => formatsFor("ru").plural(n, forms);

export const homeEn = {
  title: "Home",
  shift: "This shift",
  shiftOf: (depot: string, start: string) => `${depot}: shift from ${start}`,
  ready: en({ one: "bus ready", other: "buses ready" }),
  notChecked: en({ one: "not yet checked", other: "not yet checked" }),
  held: en({ one: "bus held", other: "buses held" }),
  released: en({ one: "released by a manager", other: "released by a manager" }),
  workshop: "Workshop",
  blockingWorkOrders: en({
    one: "work order holds a vehicle",
    other: "work orders hold vehicles",
  }),
  defectsWaiting: en({ one: "defect waiting for repair", other: "defects waiting for repair" }),
  fleet: "Maintenance and people",
  overdueSafety: en({
    one: "safety maintenance task overdue",
    other: "safety maintenance tasks overdue",
  }),
  expiringCertificates: (days: number, n: number) =>
    en({
      one: `certificate expires within ${days} days`,
      other: `certificates expire within ${days} days`,
    })(n),
  requests: "Service requests",
  byOperator: "Requests per operator, past target first",
  byRegion: "Requests per region, past target first",
  noRegion: "No region",
  active: en({ one: "active request", other: "active requests" }),
  pastTarget: en({ one: "past target", other: "past target" }),
  noRequests: "No active service requests.",
  openList: "Open the list",
};

export const homeRu: Messages["home"] = {
  title: "Главная",
  shift: "Текущая смена",
  shiftOf: (depot, start) => `${depot}: смена с ${start}`,
  ready: ru({
    one: "автобус готов",
    few: "автобуса готовы",
    many: "автобусов готовы",
    other: "автобуса готовы",
  }),
  notChecked: ru({
    one: "ещё не проверен",
    few: "ещё не проверены",
    many: "ещё не проверены",
    other: "ещё не проверены",
  }),
  held: ru({
    one: "автобус задержан",
    few: "автобуса задержаны",
    many: "автобусов задержаны",
    other: "автобуса задержаны",
  }),
  released: ru({
    one: "выпущен руководителем",
    few: "выпущены руководителем",
    many: "выпущены руководителем",
    other: "выпущены руководителем",
  }),
  workshop: "Мастерская",
  blockingWorkOrders: ru({
    one: "наряд держит машину",
    few: "наряда держат машины",
    many: "нарядов держат машины",
    other: "наряда держат машины",
  }),
  defectsWaiting: ru({
    one: "неисправность ждёт ремонта",
    few: "неисправности ждут ремонта",
    many: "неисправностей ждут ремонта",
    other: "неисправности ждут ремонта",
  }),
  fleet: "Обслуживание и персонал",
  overdueSafety: ru({
    one: "просроченная работа по безопасности",
    few: "просроченные работы по безопасности",
    many: "просроченных работ по безопасности",
    other: "просроченной работы по безопасности",
  }),
  expiringCertificates: (days, n) =>
    ru({
      one: `удостоверение истекает в ближайшие ${days} дней`,
      few: `удостоверения истекают в ближайшие ${days} дней`,
      many: `удостоверений истекают в ближайшие ${days} дней`,
      other: `удостоверения истекают в ближайшие ${days} дней`,
    })(n),
  requests: "Заявки в сервисный центр",
  byOperator: "Заявки по перевозчикам, сначала просроченные",
  byRegion: "Заявки по регионам, сначала просроченные",
  noRegion: "Без региона",
  active: ru({
    one: "активная заявка",
    few: "активные заявки",
    many: "активных заявок",
    other: "активной заявки",
  }),
  pastTarget: ru({
    one: "просрочена",
    few: "просрочены",
    many: "просрочены",
    other: "просрочены",
  }),
  noRequests: "Активных заявок нет.",
  openList: "Открыть список",
};
