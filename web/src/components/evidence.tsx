/**
 * The evidence behind a defect, wherever the defect is shown: the driver's photos as
 * small thumbnails that open full size, and the mechanic's note of what was done.
 * The server makes no smaller copies, so a thumbnail is the photo scaled by the browser
 * (the driver's phone already shrinks a photo before sending it).
 */
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { apiHref } from "../api/client.js";
import type { Defect } from "../api/types.js";
import { useI18n } from "../i18n/i18n.js";

export type PhotoLink = Defect["photos"][number];

/** The link of a photo known only by its id, as the API gives it (GET /photos/{id}). */
export const photoLink = (id: string): PhotoLink => ({
  id,
  url: apiHref("/api/v1/photos/{id}", { path: { id } }),
});

/** The photo full size in a modal dialog: Escape, the close button or a click outside close it. */
function PhotoDialog({
  photo,
  alt,
  onClose,
}: {
  photo: PhotoLink;
  alt: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="photo-dialog"
      aria-label={alt}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) dialog.current?.close();
      }}
    >
      <img src={photo.url} alt={alt} />
      <div className="form-actions">
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          {t.common.close}
        </button>
        <a className="button" href={photo.url} target="_blank" rel="noreferrer">
          {t.evidence.openOriginal}
        </a>
      </div>
    </dialog>
  );
}

/**
 * Thumbnails of the photos of `subject` (what was photographed, for the alt text). Each is
 * a link to the image, so it also opens in a new tab or prints as a link; a plain click
 * shows it full size over the page.
 */
export function PhotoThumbnails({ photos, subject }: { photos: PhotoLink[]; subject: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<number | null>(null);
  if (!photos.length) return null;
  const alt = (index: number) => t.evidence.photo(index + 1, subject);
  const open = (event: MouseEvent, index: number) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setShown(index);
  };
  const current = shown === null ? undefined : photos[shown];
  return (
    <>
      <ul className="photo-thumbs" aria-label={t.evidence.photos}>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <a href={photo.url} data-photo={photo.id} onClick={(event) => open(event, index)}>
              <img
                src={photo.thumbnailUrl ?? photo.url}
                alt={alt(index)}
                loading="lazy"
                decoding="async"
              />
            </a>
          </li>
        ))}
      </ul>
      {current && shown !== null ? (
        <PhotoDialog photo={current} alt={alt(shown)} onClose={() => setShown(null)} />
      ) : null}
    </>
  );
}

/**
 * What the mechanic did or found when certifying the defect, who, and when; nothing
 * while nobody has certified it. Unlabelled where a column header already says what it is.
 */
export function RepairNote({
  defect,
  labelled = true,
}: {
  defect: Pick<Defect, "repairNote" | "repairedByName" | "resolvedAt">;
  labelled?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  if (!defect.repairNote) return null;
  const by = [defect.repairedByName, defect.resolvedAt ? formatDateTime(defect.resolvedAt) : null]
    .filter(Boolean)
    .join(", ");
  return (
    <p className="repair-note" data-repair-note>
      {labelled ? <span className="muted">{t.defects.note}: </span> : null}
      {defect.repairNote}
      {by ? <span className="muted small"> — {by}</span> : null}
    </p>
  );
}
