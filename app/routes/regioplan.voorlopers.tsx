import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { listInitiatives } from "../../server/plan/plan.service";
import { nl } from "../../shared/i18n/nl";
import { InitiativeTable } from "../components/plan/InitiativeTable";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

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
      <h1 className="utrecht-heading-1">{nl.plan.allInitiativesTitle}</h1>
      <p className="utrecht-paragraph rw-lead">{nl.plan.allInitiativesIntro}</p>

      <Form method="get" className="rw-filter">
        <div>
          <label htmlFor="gemeente" className="utrecht-form-label">
            {nl.plan.filterMunicipality}
          </label>
          <select
            id="gemeente"
            name="gemeente"
            className="utrecht-select utrecht-select--html-select"
            defaultValue={selectedMunicipality?.slug ?? ""}
          >
            <option value="">{nl.plan.filterAll}</option>
            {municipalities.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy}>
          {nl.plan.filterApply}
        </button>
      </Form>

      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {nl.plan.filterResult(initiatives.length)}
        {selectedMunicipality && ` in ${selectedMunicipality.name}`}
      </p>
      {initiatives.length > 0 ? (
        <InitiativeTable caption={nl.plan.allInitiativesTitle} initiatives={initiatives} showBuildingBlock />
      ) : (
        <p className="utrecht-paragraph">{nl.plan.noInitiativesForFilter}</p>
      )}
    </>
  );
}
