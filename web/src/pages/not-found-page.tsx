import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";

function Message({ title, text }: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <section className="message-page">
      <h1>{title}</h1>
      <p className="muted">{text}</p>
      <Link to="/" className="button button-primary">
        {t.notFound.back}
      </Link>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return <Message title={t.notFound.title} text={t.notFound.text} />;
}

export function ForbiddenPage() {
  const { t } = useI18n();
  return <Message title={t.forbidden.title} text={t.forbidden.text} />;
}
