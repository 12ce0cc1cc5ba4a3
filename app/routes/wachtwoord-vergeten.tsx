import type { ActionFunctionArgs, HeadersFunction, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { requestPasswordReset } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { ErrorSummary, fieldError, TextField } from "../components/auth/FormParts";
import { isRefusal, passRetryAfter, refuseWith, textField } from "../components/auth/form.server";
import { AppLink } from "../components/ui/AppLink";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromFormService } from "../lib/service.server";
import { Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";

/** The same answer for known and unknown addresses; only a bad address or 429 is an error. */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  const email = textField(await request.formData(), "email");
  const result = await fromFormService(requestPasswordReset(ctx, { email }));
  if (isRefusal(result)) return refuseWith(result, { email });
  return { ok: true as const };
};

/** A 429 keeps its Retry-After on the page response. */
export const headers: HeadersFunction = passRetryAfter;

export const meta: MetaFunction = () => [{ title: `${nl.auth.forgotTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.auth.forgotTitle, to: "/wachtwoord-vergeten" }),
};

const fields = { email: nl.auth.email };

export default function ForgotPasswordPage() {
  const result = useActionData<typeof action>();
  const problem = result && !result.ok ? result : undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading1>{nl.auth.forgotTitle}</Heading1>
      {result?.ok ? (
        <>
          <div role="status" className="rw-success">
            <Paragraph>{nl.auth.forgotSent}</Paragraph>
          </div>
          <Paragraph>
            <AppLink to="/login">{nl.auth.backToLogin}</AppLink>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph appearance="lead" className="rw-lead">
            {nl.auth.forgotIntro}
          </Paragraph>
          <ErrorSummary problem={problem} fields={fields} />
          <Form method="post" noValidate className="rw-form">
            <TextField
              name="email"
              type="email"
              label={nl.auth.email}
              autoComplete="email"
              defaultValue={problem?.values.email}
              error={fieldError(problem, "email")}
            />
            <div>
              <PrimaryActionButton type="submit" busy={busy}>
                {nl.auth.forgotButton}
              </PrimaryActionButton>
            </div>
          </Form>
          <Paragraph className="rw-section">
            <AppLink to="/login">{nl.auth.backToLogin}</AppLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
