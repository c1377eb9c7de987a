/**
 * The demo network: a manufacturer, a hub in Krasnodar serving operators in Krasnodar,
 * Sochi, Novorossiysk and the neighbouring Republic of Adygea (and an agricultural
 * holding), and a hub in St. Petersburg serving the city's operator. Every role has a
 * user; all demo users share one password, printed at start-up.
 */
import type { OrganisationKind, Role } from "../../core/roles.js";
import type { SERVICES } from "../../modules/agreements/agreements.js";

export const DEMO_PASSWORD = "fleethub-demo";

export const DEMO_REGIONS = [
  { key: "moscow", country: "Russia", name: "Moscow" },
  { key: "krasnodar", country: "Russia", name: "Krasnodar Krai" },
  { key: "adygea", country: "Russia", name: "Republic of Adygea" },
  { key: "spb", country: "Russia", name: "Saint Petersburg" },
] as const;
type RegionKey = (typeof DEMO_REGIONS)[number]["key"];

interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  region: RegionKey;
  parent?: string;
  /** Depots; buses go out at 05:00 and 13:00 Moscow time unless `shiftStarts` says otherwise. */
  depots?: { name: string; address: string; shiftStarts?: string[] }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: "maker", kind: "manufacturer", name: "Vector Motors", region: "moscow" },
  {
    key: "hubKrd",
    kind: "hub",
    name: "Vector Service Hub Krasnodar",
    region: "krasnodar",
    parent: "maker",
  },
  {
    key: "hubSpb",
    kind: "hub",
    name: "Vector Service Hub St. Petersburg",
    region: "spb",
    parent: "maker",
  },
  {
    key: "krasnodar",
    kind: "operator",
    name: "Krasnodar City Bus",
    region: "krasnodar",
    depots: [
      { name: "Depot No. 1 Severnaya", address: "Krasnodar, Severnaya St. 520" },
      { name: "Depot No. 3 Kalinina", address: "Krasnodar, Kalinina St. 350" },
    ],
  },
  {
    key: "sochi",
    kind: "operator",
    name: "Sochi Autotrans",
    region: "krasnodar",
    depots: [
      { name: "Sochi Central Depot", address: "Sochi, Transportnaya St. 76" },
      { name: "Adler Depot", address: "Sochi, Adler, Kirova St. 4" },
    ],
  },
  {
    key: "novorossiysk",
    kind: "operator",
    name: "Novorossiysk Passenger Transport",
    region: "krasnodar",
    depots: [{ name: "Novorossiysk Depot", address: "Novorossiysk, Sukhumskoye Hwy 14" }],
  },
  {
    key: "adygea",
    kind: "operator",
    name: "Adygea Bus Lines",
    region: "adygea",
    depots: [{ name: "Maykop Depot", address: "Maykop, Promyshlennaya St. 9" }],
  },
  {
    key: "agro",
    kind: "operator",
    name: "Kuban Agro Holding",
    region: "krasnodar",
    depots: [
      {
        name: "Ust-Labinsk Machinery Yard",
        address: "Ust-Labinsk, Krasnaya St. 301",
        shiftStarts: ["07:00"],
      },
    ],
  },
  {
    key: "spbCity",
    kind: "operator",
    name: "St. Petersburg City Transport",
    region: "spb",
    depots: [
      { name: "Bus Park No. 1", address: "St. Petersburg, Sikeyrosa St. 12" },
      { name: "Bus Park No. 6", address: "St. Petersburg, Kubinskaya St. 90" },
    ],
  },
];

type Service = (typeof SERVICES)[number];
export const DEMO_AGREEMENTS: {
  hub: string;
  operator: string;
  from: string;
  to: string | null;
  regions: RegionKey[];
  services: Service[];
  responseHours: number;
  resolutionHours: number;
}[] = [
  {
    hub: "hubKrd",
    operator: "krasnodar",
    from: "2024-01-01",
    to: null,
    regions: ["krasnodar"],
    services: ["maintenance", "specialist_visit", "training", "parts_supply", "warranty"],
    responseHours: 4,
    resolutionHours: 48,
  },
  {
    hub: "hubKrd",
    operator: "sochi",
    from: "2024-03-01",
    to: null,
    regions: ["krasnodar"],
    services: ["maintenance", "specialist_visit", "training", "warranty"],
    responseHours: 8,
    resolutionHours: 72,
  },
  {
    hub: "hubKrd",
    operator: "novorossiysk",
    from: "2025-01-01",
    to: null,
    regions: ["krasnodar"],
    services: ["specialist_visit", "training", "warranty"],
    responseHours: 12,
    resolutionHours: 96,
  },
  {
    hub: "hubKrd",
    operator: "adygea",
    from: "2025-06-01",
    to: null,
    regions: ["adygea"],
    services: ["maintenance", "specialist_visit", "training"],
    responseHours: 12,
    resolutionHours: 96,
  },
  {
    hub: "hubKrd",
    operator: "agro",
    from: "2024-02-01",
    to: null,
    regions: ["krasnodar"],
    services: ["maintenance", "specialist_visit", "parts_supply", "warranty"],
    responseHours: 24,
    resolutionHours: 120,
  },
  {
    hub: "hubSpb",
    operator: "spbCity",
    from: "2023-09-01",
    to: null,
    regions: ["spb"],
    services: ["maintenance", "specialist_visit", "training", "parts_supply", "warranty"],
    responseHours: 4,
    resolutionHours: 48,
  },
  // Ended: the St. Petersburg hub covered Novorossiysk's warranty work before the
  // Krasnodar hub opened. It shows that visibility follows agreements in force only.
  {
    hub: "hubSpb",
    operator: "novorossiysk",
    from: "2023-01-01",
    to: "2024-12-31",
    regions: ["krasnodar"],
    services: ["warranty"],
    responseHours: 24,
    resolutionHours: 168,
  },
];

export const DEMO_USERS: {
  email: string;
  name: string;
  locale: "en" | "ru";
  memberships: [string, Role][];
}[] = [
  {
    email: "admin@fleethub.demo",
    name: "Andrei Sokolov",
    locale: "en",
    memberships: [["maker", "network_admin"]],
  },
  {
    email: "trainer@fleethub.demo",
    name: "Natalia Orlova",
    locale: "ru",
    memberships: [
      ["maker", "trainer"],
      ["hubKrd", "trainer"],
    ],
  },
  {
    email: "planner@fleethub.demo",
    name: "Pavel Lebedev",
    locale: "en",
    memberships: [
      ["maker", "planner"],
      ["sochi", "planner"],
      ["krasnodar", "planner"],
    ],
  },
  {
    email: "hub.krasnodar@fleethub.demo",
    name: "Sergei Kuznetsov",
    locale: "ru",
    memberships: [["hubKrd", "hub_manager"]],
  },
  {
    email: "tech.krasnodar@fleethub.demo",
    name: "Dmitry Popov",
    locale: "ru",
    memberships: [["hubKrd", "hub_technician"]],
  },
  {
    email: "hub.spb@fleethub.demo",
    name: "Elena Vasilieva",
    locale: "ru",
    memberships: [["hubSpb", "hub_manager"]],
  },
  {
    email: "tech.spb@fleethub.demo",
    name: "Ivan Morozov",
    locale: "ru",
    memberships: [["hubSpb", "hub_technician"]],
  },
  {
    email: "manager.krasnodar@fleethub.demo",
    name: "Olga Novikova",
    locale: "ru",
    memberships: [["krasnodar", "operator_manager"]],
  },
  {
    email: "dispatcher.krasnodar@fleethub.demo",
    name: "Marina Fedorova",
    locale: "ru",
    memberships: [["krasnodar", "dispatcher"]],
  },
  {
    email: "mechanic.krasnodar@fleethub.demo",
    name: "Alexei Volkov",
    locale: "ru",
    memberships: [["krasnodar", "mechanic"]],
  },
  {
    email: "driver.krasnodar@fleethub.demo",
    name: "Nikolai Smirnov",
    locale: "ru",
    memberships: [["krasnodar", "driver"]],
  },
  {
    email: "manager.sochi@fleethub.demo",
    name: "Tatiana Pavlova",
    locale: "ru",
    memberships: [["sochi", "operator_manager"]],
  },
  {
    email: "dispatcher.sochi@fleethub.demo",
    name: "Yulia Semenova",
    locale: "ru",
    memberships: [["sochi", "dispatcher"]],
  },
  {
    email: "mechanic.sochi@fleethub.demo",
    name: "Roman Golubev",
    locale: "ru",
    memberships: [["sochi", "mechanic"]],
  },
  {
    email: "driver.sochi@fleethub.demo",
    name: "Artur Ashba",
    locale: "ru",
    memberships: [["sochi", "driver"]],
  },
  // Pre-trip control (issue #11): Sochi and Krasnodar release under the Russian policy.
  {
    email: "driver2.sochi@fleethub.demo",
    name: "Denis Kovalenko",
    locale: "ru",
    memberships: [["sochi", "driver"]],
  },
  {
    email: "controller.sochi@fleethub.demo",
    name: "Gennady Kuznetsov",
    locale: "ru",
    memberships: [["sochi", "technical_controller"]],
  },
  {
    email: "medic.sochi@fleethub.demo",
    name: "Olga Morozova",
    locale: "ru",
    memberships: [["sochi", "medical_worker"]],
  },
  {
    email: "controller.krasnodar@fleethub.demo",
    name: "Sergei Volkov",
    locale: "ru",
    memberships: [["krasnodar", "technical_controller"]],
  },
  {
    email: "medic.krasnodar@fleethub.demo",
    name: "Irina Lebedeva",
    locale: "ru",
    memberships: [["krasnodar", "medical_worker"]],
  },
  {
    email: "manager.novorossiysk@fleethub.demo",
    name: "Viktor Belov",
    locale: "ru",
    memberships: [["novorossiysk", "operator_manager"]],
  },
  {
    email: "manager.adygea@fleethub.demo",
    name: "Aslan Khuazhev",
    locale: "ru",
    memberships: [["adygea", "operator_manager"]],
  },
  {
    email: "driver.adygea@fleethub.demo",
    name: "Murat Tlekhas",
    locale: "ru",
    memberships: [["adygea", "driver"]],
  },
  {
    email: "manager.agro@fleethub.demo",
    name: "Galina Zaitseva",
    locale: "ru",
    memberships: [["agro", "operator_manager"]],
  },
  {
    email: "mechanic.agro@fleethub.demo",
    name: "Yuri Kovalenko",
    locale: "ru",
    memberships: [["agro", "mechanic"]],
  },
  {
    email: "driver.agro@fleethub.demo",
    name: "Stepan Lysenko",
    locale: "ru",
    memberships: [["agro", "driver"]],
  },
  {
    email: "manager.spb@fleethub.demo",
    name: "Maria Kozlova",
    locale: "en",
    memberships: [["spbCity", "operator_manager"]],
  },
  {
    email: "dispatcher.spb@fleethub.demo",
    name: "Anna Egorova",
    locale: "ru",
    memberships: [["spbCity", "dispatcher"]],
  },
  {
    email: "driver.spb@fleethub.demo",
    name: "Boris Nikitin",
    locale: "ru",
    memberships: [["spbCity", "driver"]],
  },
];
