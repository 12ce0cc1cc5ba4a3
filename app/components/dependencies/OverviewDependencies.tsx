import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { dependencyTabPath, itemHref, type DependencyData } from "./dependency-view";

const t = nl.dependencyInbox;

type Owner = { kind: "werkgroep" | "fundament"; slug: string; name: string };

export interface MyDependenciesView {
  sections: Array<{ owner: Owner; member: boolean; waiting: DependencyData[] }>;
  waitingForAnswer: number;
  atRisk: Array<{ id: string; type: "card" | "item"; title: string; riskText: string | null; owner: Owner }>;
}

/**
 * On the Overzicht: the dependency requests that wait for the person's answer, per own
 * werkgroep or fundament (the projectbureau: every side with something waiting), and what of
 * their own work is at risk, with the reason.
 */
export function OverviewDependencies({ data }: { data: MyDependenciesView }) {
  const waiting = data.sections.filter((section) => section.waiting.length > 0);
  const member = data.sections.some((section) => section.member);
  if (data.sections.length === 0) return null;
  return (
    <>
      <section className="rw-section" aria-labelledby="verzoeken-wachten">
        <Heading2 id="verzoeken-wachten">
          {t.overviewTitle} <span className="rw-muted">({data.waitingForAnswer})</span>
        </Heading2>
        {waiting.length === 0 ? (
          <Paragraph>{t.overviewEmpty}</Paragraph>
        ) : (
          waiting.map((section) => (
            <div key={`${section.owner.kind}:${section.owner.slug}`} className="rw-dep-overview">
              <Heading3>{t.overviewFor(t.ownerGroup(section.owner.kind, section.owner.name))}</Heading3>
              <ul className="rw-dep-overview-list">
                {section.waiting.map((link) => (
                  <li key={link.id}>
                    <AppLink to={itemHref(link.from)}>{link.from.title}</AppLink> <span className="rw-muted">({link.from.owner.name})</span>{" "}
                    <strong>{t.kindPhrase[link.kind] ?? link.kindLabel}</strong> <AppLink to={itemHref(link.to)}>{link.to.title}</AppLink>
                  </li>
                ))}
              </ul>
              <Paragraph>
                <AppLink to={dependencyTabPath(section.owner.kind, section.owner.slug)}>{t.overviewOpen(section.owner.name)}</AppLink>
              </Paragraph>
            </div>
          ))
        )}
      </section>
      {member && (
        <section className="rw-section" aria-labelledby="loopt-risico-overzicht">
          <Heading2 id="loopt-risico-overzicht">{t.overviewRiskTitle}</Heading2>
          {data.atRisk.length === 0 ? (
            <Paragraph>{t.overviewRiskEmpty}</Paragraph>
          ) : (
            <ul className="rw-dep-list">
              {data.atRisk.map((item) => (
                <li key={item.id} className="rw-dep-item rw-dep-item--risk">
                  <AppLink to={itemHref(item)}>{item.title}</AppLink> <span className="rw-muted">({item.owner.name})</span>{" "}
                  <span className="rw-dep-badge rw-dep-badge--risk">{t.badgeRisk}</span>
                  {item.riskText && <p className="rw-dep-risk-text">{item.riskText}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
