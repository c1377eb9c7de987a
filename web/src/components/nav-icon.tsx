/** Simple line icons for the navigation; unknown keys get a neutral dot. */
const PATHS: Record<string, string> = {
  dashboard: "M4 13h6V4H4zM14 20h6v-9h-6zM4 20h6v-4H4zM14 4v4h6V4z",
  organisations: "M4 20V6l6-2v16M10 20V9l10 3v8M4 20h16M7 9v.01M7 13v.01M14 14v.01M17 14v.01",
  depots: "M3 20V9l9-5 9 5v11M7 20v-6h10v6M7 17h10",
  agreements: "M7 3h8l4 4v14H7zM14 3v5h5M10 12h6M10 16h6",
  users:
    "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M17 11a3 3 0 1 0 0-6M22 21a5 5 0 0 0-4-5",
  regions: "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14M15 6v14",
  apiTokens: "M15 7a4 4 0 1 1-3.9 5H4v3h3v3h3v-3h1.1A4 4 0 0 1 15 7zM16 11h.01",
  audit: "M12 8v4l3 2M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5",
};

export function NavIcon({ name }: { name: string }) {
  const d = PATHS[name];
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {d ? <path d={d} /> : <circle cx="12" cy="12" r="3" />}
    </svg>
  );
}
