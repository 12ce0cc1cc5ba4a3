import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { inspectOneTimeLink, minimumPasswordLength, resetPassword } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { ErrorSummary, fieldError, TextField } from "../components/auth/FormParts";
import { isRefusal, refuseWith, textField } from "../components/auth/form.server";
import { AppLink } from "../components/ui/AppLink";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromFormService, fromService } from "../lib/service.server";
import { Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";

/** A used, expired or made-up link still gets this page (status 410) with a way on. */
export const loader = async ({ context: { ctx }, params }: LoaderFunctionArgs) => {
  const account = await fromService(inspectOneTimeLink(ctx, params.token ?? "", "password_reset"));
  if (!account) return data({ email: null, minimumLength: minimumPasswordLength }, { status: 410 });
  return data({ email: account.email, minimumLength: minimumPasswordLength });
};

export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  const password = textField(await request.formData(), "password");
  const result = await fromFormService(resetPassword(ctx, params.token ?? "", { password }));
  if (isRefusal(result)) return refuseWith(result, {});
  return redirect("/login?hersteld=1");
};

export const meta: MetaFunction = () => [{ title: `${nl.auth.resetTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.auth.resetTitle, to: `/wachtwoord-herstellen/${params.token ?? ""}` }),
};

const fields = { password: nl.auth.newPassword };

export default function ResetPasswordPage() {
  const { email, minimumLength } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!email) {
    return (
      <>
        <Heading1>{nl.auth.resetTitle}</Heading1>
        <Paragraph>{nl.auth.linkInvalid}</Paragraph>
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{nl.auth.requestNewLink}</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{nl.auth.resetTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.auth.accountFor(email)}
      </Paragraph>
      <ErrorSummary problem={problem} fields={fields} />
      {problem?.message === nl.auth.linkInvalid && (
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{nl.auth.requestNewLink}</AppLink>
        </Paragraph>
      )}
      <Form method="post" noValidate className="rw-form">
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField
          name="password"
          type="password"
          clearOn={problem}
          label={nl.auth.newPassword}
          autoComplete="new-password"
          description={nl.auth.passwordHint(minimumLength)}
          error={fieldError(problem, "password")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {nl.auth.resetButton}
          </PrimaryActionButton>
        </div>
      </Form>
    </>
  );
}
