import { useState, type FormEvent } from "react";
import { errorMessage } from "../api/client.js";
import { LanguageSwitch } from "../components/language-switch.js";
import { ErrorMessage } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useSession } from "../session.js";

export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <div className="login-top">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t.app.name}</span>
        </span>
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <h1>{t.login.title}</h1>
        <p className="muted">{t.login.subtitle}</p>
        <form onSubmit={(event) => void submit(event)} className="login-form">
          <div className="field">
            <label htmlFor="login-email">{t.login.email}</label>
            <input
              id="login-email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t.login.password}</label>
            <input
              id="login-password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <ErrorMessage message={error} />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </main>
      <p className="login-foot muted small">{t.app.tagline}</p>
    </div>
  );
}
