/**
 * The browser's own store for working without a network (IndexedDB): cached vehicles
 * and checklists, and the outbox of inspections and photos waiting to be sent. Kept to
 * a few promise helpers rather than a package: three stores and plain get/put.
 */
const DB_NAME = "fleethub-offline";
const DB_VERSION = 1;
/** `cache`: fetched data by key; `outbox`: submissions waiting; `photos`: their images. */
export type StoreName = "cache" | "outbox" | "photos";

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of ["cache", "outbox", "photos"] as const) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB cannot be opened"));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  action: (objects: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(store, mode);
        const request = action(transaction.objectStore(store));
        transaction.oncomplete = () => resolve(request.result as T);
        transaction.onerror = () =>
          reject(transaction.error ?? new Error("IndexedDB transaction failed"));
        transaction.onabort = () =>
          reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
      }),
  );
}

export const idbGet = <T>(store: StoreName, key: string) =>
  run<T | undefined>(store, "readonly", (objects) => objects.get(key));
export const idbPut = (store: StoreName, key: string, value: unknown) =>
  run<IDBValidKey>(store, "readwrite", (objects) => objects.put(value, key)).then(() => undefined);
export const idbDelete = (store: StoreName, key: string) =>
  run<undefined>(store, "readwrite", (objects) => objects.delete(key));
export const idbAll = <T>(store: StoreName) =>
  run<T[]>(store, "readonly", (objects) => objects.getAll());
