import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { login } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { ErrorSummary, fieldError, TextField } from "../components/auth/FormParts";
import { isRefusal, passRetryAfter, refuseWith, textField } from "../components/auth/form.server";
import { AppLink } from "../components/ui/AppLink";
import { safeRedirectTarget, sessionCookieHeaders } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromFormService } from "../lib/service.server";
import { Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";

/** Someone already signed in has nothing to do here. */
export const loader = ({ context, request }: LoaderFunctionArgs) => {
  if (context.ctx.actor) throw redirect("/");
  const query = new URL(request.url).searchParams;
  return { naar: query.get("naar") ?? "", resetDone: query.get("hersteld") === "1" };
};

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const email = textField(form, "email");
  const naar = textField(form, "naar") || new URL(request.url).searchParams.get("naar") || "";
  const result = await fromFormService(login(ctx, { email, password: textField(form, "password") }));
  if (isRefusal(result)) return refuseWith(result, { email, naar });
  return redirect(safeRedirectTarget(naar), { headers: sessionCookieHeaders(ctx, result.value) });
};

/** A 429 keeps its Retry-After on the page response. */
export const headers: HeadersFunction = passRetryAfter;

export const meta: MetaFunction = () => [{ title: `${nl.auth.loginTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.auth.loginTitle, to: "/login" }),
};

const fields = { email: nl.auth.email, password: nl.auth.password };

export default function LoginPage() {
  const loaded = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  // After a refused POST without JavaScript the URL has lost ?naar=; the action kept it.
  const naar = problem?.values.naar || loaded.naar;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading1>{nl.auth.loginTitle}</Heading1>
      {loaded.resetDone && !problem && (
        <div role="status" className="rw-success">
          <Paragraph>{nl.auth.resetDone}</Paragraph>
        </div>
      )}
      <Paragraph appearance="lead" className="rw-lead">
        {naar ? nl.auth.signInRequired : nl.auth.loginIntro}
      </Paragraph>
      <ErrorSummary problem={problem} fields={fields} />
      <Form method="post" noValidate className="rw-form">
        <input type="hidden" name="naar" value={naar} />
        <TextField
          name="email"
          type="email"
          label={nl.auth.email}
          autoComplete="email"
          defaultValue={problem?.values.email}
          error={fieldError(problem, "email")}
        />
        <TextField
          name="password"
          type="password"
          clearOn={problem}
          label={nl.auth.password}
          autoComplete="current-password"
          error={fieldError(problem, "password")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {nl.auth.loginButton}
          </PrimaryActionButton>
        </div>
      </Form>
      <Paragraph className="rw-section">
        <AppLink to="/wachtwoord-vergeten">{nl.auth.forgotLink}</AppLink>
      </Paragraph>
    </>
  );
}
