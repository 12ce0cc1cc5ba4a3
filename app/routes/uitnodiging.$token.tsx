import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { acceptInvitation, inspectOneTimeLink, minimumPasswordLength } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { ErrorSummary, fieldError, TextField } from "../components/auth/FormParts";
import { isRefusal, refuseWith, textField } from "../components/auth/form.server";
import { AppLink } from "../components/ui/AppLink";
import { sessionCookieHeaders } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromFormService, fromService } from "../lib/service.server";
import { Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";

/** A used, expired or made-up link still gets this page (status 410) with a way on. */
export const loader = async ({ context: { ctx }, params }: LoaderFunctionArgs) => {
  const account = await fromService(inspectOneTimeLink(ctx, params.token ?? "", "invitation"));
  if (!account) return data({ account: null, minimumLength: minimumPasswordLength }, { status: 410 });
  return data({ account, minimumLength: minimumPasswordLength });
};

/** Name, organisation and password; then the person is signed in and lands on the overview. */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const name = textField(form, "name");
  const organisation = textField(form, "organisation");
  const result = await fromFormService(acceptInvitation(ctx, params.token ?? "", { name, organisation, password: textField(form, "password") }));
  if (isRefusal(result)) return refuseWith(result, { name, organisation });
  return redirect("/", { headers: sessionCookieHeaders(ctx, result.value) });
};

export const meta: MetaFunction = () => [{ title: `${nl.auth.inviteTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.auth.inviteTitle, to: `/uitnodiging/${params.token ?? ""}` }),
};

const fields = { name: nl.auth.name, organisation: nl.auth.organisation, password: nl.auth.password };

export default function InvitationPage() {
  const { account, minimumLength } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!account) {
    return (
      <>
        <Heading1>{nl.auth.inviteTitle}</Heading1>
        <Paragraph>{nl.auth.linkInvalid}</Paragraph>
        <Paragraph>
          <AppLink to="/login">{nl.auth.backToLogin}</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{nl.auth.inviteTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.auth.inviteIntro}
      </Paragraph>
      <Paragraph>{nl.auth.accountFor(account.email)}</Paragraph>
      <ErrorSummary problem={problem} fields={fields} />
      <Form method="post" noValidate className="rw-form">
        <input type="hidden" name="username" autoComplete="username" value={account.email} />
        <TextField
          name="name"
          label={nl.auth.name}
          autoComplete="name"
          defaultValue={problem?.values.name ?? account.name}
          error={fieldError(problem, "name")}
        />
        <TextField
          name="organisation"
          label={nl.auth.organisation}
          autoComplete="organization"
          defaultValue={problem?.values.organisation ?? account.organisation}
          error={fieldError(problem, "organisation")}
        />
        <TextField
          name="password"
          type="password"
          clearOn={problem}
          label={nl.auth.password}
          autoComplete="new-password"
          description={nl.auth.passwordHint(minimumLength)}
          error={fieldError(problem, "password")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {nl.auth.inviteButton}
          </PrimaryActionButton>
        </div>
      </Form>
    </>
  );
}
