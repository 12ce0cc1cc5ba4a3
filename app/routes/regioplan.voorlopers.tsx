import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { listInitiatives } from "../lib/services.server";
import { nl } from "../../shared/i18n/nl";
import { InitiativeTable } from "../components/plan/InitiativeTable";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { FormLabel, Heading1, Paragraph, PrimaryActionButton, Select, SelectOption } from "@utrecht/component-library-react";

export const loader = ({ context, request }: LoaderFunctionArgs) =>
  fromService(listInitiatives(context.ctx, { municipality: new URL(request.url).searchParams.get("gemeente") || undefined }));

export const meta: MetaFunction = () => [{ title: `${nl.plan.allInitiativesTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.plan.initiatives, to: "/regioplan/voorlopers" }),
};

/** Every voorloper, filterable by gemeente; the filter is a plain GET form (works without JavaScript). */
export default function InitiativesPage() {
  const { municipalities, selectedMunicipality, initiatives } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location?.pathname === "/regioplan/voorlopers";
  return (
    <>
      <Heading1>{nl.plan.allInitiativesTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">{nl.plan.allInitiativesIntro}</Paragraph>

      <Form method="get" className="rw-filter">
        <div>
          <FormLabel htmlFor="gemeente">{nl.plan.filterMunicipality}</FormLabel>
          <Select id="gemeente" name="gemeente" defaultValue={selectedMunicipality?.slug ?? ""}>
            <SelectOption value="">{nl.plan.filterAll}</SelectOption>
            {municipalities.map((m) => (
              <SelectOption key={m.slug} value={m.slug}>
                {m.name}
              </SelectOption>
            ))}
          </Select>
        </div>
        <PrimaryActionButton type="submit" busy={busy}>
          {nl.plan.filterApply}
        </PrimaryActionButton>
      </Form>

      <Paragraph role="status" aria-live="polite">
        {nl.plan.filterResult(initiatives.length)}
        {selectedMunicipality && ` in ${selectedMunicipality.name}`}
      </Paragraph>
      {initiatives.length > 0 ? (
        <InitiativeTable caption={nl.plan.allInitiativesTitle} initiatives={initiatives} showBuildingBlock />
      ) : (
        <Paragraph>{nl.plan.noInitiativesForFilter}</Paragraph>
      )}
    </>
  );
}
