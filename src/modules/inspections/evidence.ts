/**
 * The evidence behind a defect, for wherever the defect is shown: the photos the driver
 * took of the failed item, and the mechanic's certification ("what was done", who).
 * A defect's photos are those attached to its item in the inspection that opened it;
 * they are served by GET /photos/{id}, to whoever may see the photo's organisation (the
 * inspection's: a submission only accepts photos of the vehicle's organisation).
 */
import { Type, type Static } from "typebox";
import type { Selectable } from "kysely";
import type { Database } from "../../db/database.js";
import type { DefectEventTable, DefectTable, InspectionResultJson } from "../../db/schema.js";
import { Uuid } from "../../server/schemas.js";

export const PhotoLink = Type.Object(
  {
    id: Uuid,
    url: Type.String({ description: "The image, under this API (GET /photos/{id})" }),
    thumbnailUrl: Type.Optional(
      Type.String({
        description: "A smaller image, when one exists; none is made today: scale the image",
      }),
    ),
  },
  { description: "A photo the driver attached to the failed item" },
);
export type TPhotoLink = Static<typeof PhotoLink>;

export const photoLink = (id: string): TPhotoLink => ({ id, url: `/api/v1/photos/${id}` });

/** The photos attached to one item of an inspection's answers. */
export function itemPhotos(results: readonly InspectionResultJson[], itemKey: string) {
  return (results.find((r) => r.itemKey === itemKey)?.photoIds ?? []).map(photoLink);
}

/**
 * The photos of many defects, by defect id, in one query: each defect's item in the
 * inspection that opened it. The defects were read in the actor's scope, and their
 * inspections belong to the same organisation.
 */
export async function photosOfDefects(
  db: Database,
  defects: readonly Pick<Selectable<DefectTable>, "id" | "inspection_id" | "item_key">[],
): Promise<Map<string, TPhotoLink[]>> {
  const inspectionIds = [
    ...new Set(defects.flatMap((d) => (d.inspection_id ? [d.inspection_id] : []))),
  ];
  const inspections = inspectionIds.length
    ? await db
        .selectFrom("inspections")
        .select(["id", "results"])
        .where("id", "in", inspectionIds)
        .execute()
    : [];
  const results = new Map(inspections.map((i) => [i.id, i.results]));
  return new Map(
    defects.map((d) => [
      d.id,
      d.inspection_id ? itemPhotos(results.get(d.inspection_id) ?? [], d.item_key) : [],
    ]),
  );
}

/**
 * The mechanic's latest certification of a defect ("repaired" or "no repair needed"):
 * its note says what was done or found. Null while nobody has certified it.
 */
export function certificationOf(
  events: readonly Pick<Selectable<DefectEventTable>, "kind" | "note" | "by_name" | "at">[],
) {
  return events.findLast((e) => e.kind === "repaired" || e.kind === "no_repair_needed") ?? null;
}
