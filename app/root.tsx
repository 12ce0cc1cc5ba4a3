import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import utrechtComponents from "@utrecht/component-library-css/dist/index.css";
import utrechtTokens from "@utrecht/design-tokens/dist/theme.css";
import type { ReactNode } from "react";
import { getCurrentUser } from "./lib/services.server";
import { countMyUnread } from "./lib/notifications.server";
import { nl } from "../shared/i18n/nl";
import { canEnterAdminArea, canUseReviewQueue } from "../shared/permissions";
import { readingRoleOf } from "../shared/domain/reading-role";
import { Breadcrumbs } from "./components/layout/Breadcrumbs";
import { SiteHeader } from "./components/layout/SiteHeader";
import { NotFoundPage, ServerErrorPage } from "./components/layout/ErrorPages";
import type { RouteHandle } from "./lib/breadcrumbs";
import { useNonce } from "./lib/nonce";
import type { ErrorPayload } from "./lib/service.server";
import appStyles from "./styles/app.css";
import themeStyles from "./styles/theme.css";
import { Paragraph, SkipLink } from "@utrecht/component-library-react";

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: utrechtTokens },
  { rel: "stylesheet", href: themeStyles },
  { rel: "stylesheet", href: utrechtComponents },
  { rel: "stylesheet", href: appStyles },
];

// An error page names itself in the tab too (WCAG 2.4.2): "Pagina niet gevonden - …".
export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: nl.app.name }];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: `${notFound ? nl.errors.notFoundTitle : nl.errors.serverTitle} - ${nl.app.name}` }];
};

/** Who is signed in and which parts of the navigation they may use. */
export const loader = async ({ context: { ctx } }: LoaderFunctionArgs) => {
  const user = await getCurrentUser(ctx);
  return {
    user,
    abilities: { admin: canEnterAdminArea(ctx.actor, ctx.regionId), review: canUseReviewQueue(ctx.actor, ctx.regionId) },
    // Named on read-only pages: "U bekijkt deze agenda als lid van het expertteam".
    readingRole: ctx.actor ? readingRoleOf(ctx.actor.grants) : null,
    // The number on the notification bell; revalidated after every form post.
    unreadNotifications: user && ctx.actor ? (await countMyUnread(ctx)).unread : 0,
  };
};

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: "Flevoland", to: "/" }),
};

/** The document shell: one skip link, one header, one <main>, one footer. */
export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // Undefined while the root loader itself failed (the ErrorBoundary renders in this layout).
  const root = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme regioplan-theme utrecht-document">
        <SkipLink href="#inhoud" className="rw-skip-link">
          {nl.app.skipToContent}
        </SkipLink>
        <div className="utrecht-page rw-page">
          <SiteHeader user={root?.user ?? null} abilities={root?.abilities ?? { admin: false, review: false }} unreadNotifications={root?.unreadNotifications ?? 0} />
          <Breadcrumbs />
          <main id="inhoud" tabIndex={-1} className="utrecht-page-content rw-main">
            {children}
          </main>
          <footer className="utrecht-page-footer rw-footer">
            <Paragraph>{nl.app.footer}</Paragraph>
          </footer>
        </div>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage message={(error.data as ErrorPayload | undefined)?.message} />;
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return <ServerErrorPage title={nl.errors.serverTitle} message={(error.data as ErrorPayload | undefined)?.message} />;
  }
  return <ServerErrorPage title={nl.errors.serverTitle} message={nl.errors.serverBody} />;
}
