/**
 * The frame around every signed-in page: the organisation and its switcher, language,
 * the account menu, and the navigation the person's role allows (from `me.navigation`).
 * At phone width the navigation folds into a menu button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { errorMessage } from "../api/client.js";
import type { Me } from "../api/types.js";
import { useI18n } from "../i18n/i18n.js";
import { Link, navigate, usePath } from "../router.js";
import { useSession } from "../session.js";
import { LanguageSwitch } from "./language-switch.js";
import { NavIcon } from "./nav-icon.js";

function isCurrent(itemPath: string, path: string): boolean {
  return itemPath === "/" ? path === "/" : path === itemPath || path.startsWith(`${itemPath}/`);
}

function OrganisationSwitcher({ me }: { me: Me }) {
  const { t } = useI18n();
  const { switchOrganisation } = useSession();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (me.memberships.length < 2) {
    return <span className="org-name">{me.organisation.name}</span>;
  }
  const change = async (organisationId: string) => {
    setError(null);
    try {
      await switchOrganisation(organisationId);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <span className="org-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t.shell.switchOrganisation}
      </label>
      <select
        id={id}
        value={me.organisation.id}
        onChange={(event) => void change(event.target.value)}
        title={t.shell.switchOrganisation}
      >
        {me.memberships.map((membership) => (
          <option key={membership.organisation.id} value={membership.organisation.id}>
            {membership.organisation.name}
          </option>
        ))}
      </select>
      {error ? (
        <span className="action-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === "Escape"
          : !menuRef.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  const name = me.user?.name ?? me.organisation.name;
  const initials = name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .slice(0, 2)
    .join("")
    .toUpperCase();
  return (
    <div className="user-menu" ref={menuRef}>
      <button
        type="button"
        className="user-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        title={t.shell.userMenu}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
        <span className="user-name">{name}</span>
      </button>
      {open ? (
        <div className="menu" id={menuId}>
          <div className="menu-section">
            <div className="muted small">{t.shell.signedInAs}</div>
            <div className="strong">{name}</div>
            {me.user ? <div className="muted small">{me.user.email}</div> : null}
            <div className="menu-roles">
              {me.roles.map((role) => (
                <span key={role} className="badge badge-neutral">
                  {t.roles[role]}
                </span>
              ))}
            </div>
          </div>
          <button
            type="button"
            className="menu-item"
            onClick={() => void logout().then(() => navigate("/", { replace: true }))}
          >
            {t.shell.logout}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, navLabel } = useI18n();
  const path = usePath();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  // A new page closes the phone menu.
  useEffect(() => setMenuOpen(false), [path]);

  return (
    <div className="shell">
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpen((value) => !value)}
        >
          <span className="burger" aria-hidden="true" />
          <span className="visually-hidden">{t.shell.menu}</span>
        </button>
        <Link to="/" className="brand" aria-label={t.app.name}>
          <img src="/favicon.svg" alt="" width="26" height="26" />
          <span>{t.app.name}</span>
        </Link>
        <div className="topbar-org">
          <OrganisationSwitcher me={me} />
        </div>
        <div className="topbar-tools">
          <LanguageSwitch />
          <UserMenu me={me} />
        </div>
      </header>
      <div className="body">
        <nav
          id={navId}
          className={`sidenav${menuOpen ? " open" : ""}`}
          aria-label={t.shell.mainNavigation}
        >
          <ul>
            {me.navigation.map((item) => (
              <li key={item.key}>
                <Link
                  to={item.path}
                  data-nav={item.key}
                  aria-current={isCurrent(item.path, path) ? "page" : undefined}
                >
                  <NavIcon name={item.key} />
                  <span>{navLabel(item.key)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
