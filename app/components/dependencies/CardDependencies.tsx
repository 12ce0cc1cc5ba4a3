import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { itemHref, type DependencyData, type ItemRefData } from "./dependency-view";
import { FoundationNeeds, type FoundationNeedsData } from "./FoundationNeeds";

const t = nl.dependencyInbox;

export interface CardDependenciesData {
  incoming: DependencyData[];
  outgoing: DependencyData[];
  /** The card's risk reason; null when it is not at risk. */
  riskText: string | null;
  /** The werkgroep's Afhankelijkheden tab. */
  tabUrl: string;
  /** Per fundament a focus card names: what it needs there, or why nothing. */
  foundationNeeds: FoundationNeedsData;
}

function ItemLine({ item, link }: { item: ItemRefData; link: DependencyData }) {
  return (
    <li className={link.state === "afgewezen" || link.state === "vervallen" ? "rw-muted" : undefined}>
      <AppLink to={itemHref(item)}>{item.title}</AppLink> <span className="rw-muted">({item.owner.name})</span>{" "}
      <span className="rw-dep-chip">{link.kindLabel}</span> <span className={`rw-dep-chip rw-dep-chip--${link.state}`}>{link.stateLabel}</span>
    </li>
  );
}

/** The card panel's section: its risk with the reason, what it needs and who needs it, and the way to the tab. */
export function CardDependencies({ cardId, data, now }: { cardId: string; data: CardDependenciesData; now: number }) {
  const empty = data.incoming.length === 0 && data.outgoing.length === 0;
  return (
    <section aria-labelledby="kaart-afhankelijkheden" className="rw-panel__section">
      <Heading3 id="kaart-afhankelijkheden">{t.panelTitle}</Heading3>
      {data.riskText && (
        <Paragraph className="rw-dep-risk-text">
          <span className="rw-dep-badge rw-dep-badge--risk">{t.badgeRisk}</span> {data.riskText}
        </Paragraph>
      )}
      {empty && <Paragraph>{t.panelEmpty}</Paragraph>}
      {data.outgoing.length > 0 && (
        <>
          <p className="rw-field__label">{t.panelNeeds}</p>
          <ul className="rw-dep-panel-list">
            {data.outgoing.map((link) => (
              <ItemLine key={link.id} item={link.to} link={link} />
            ))}
          </ul>
        </>
      )}
      {data.incoming.length > 0 && (
        <>
          <p className="rw-field__label">{t.panelNeededBy}</p>
          <ul className="rw-dep-panel-list">
            {data.incoming.map((link) => (
              <ItemLine key={link.id} item={link.from} link={link} />
            ))}
          </ul>
        </>
      )}
      <FoundationNeeds cardId={cardId} data={data.foundationNeeds} now={now} />
      <Paragraph>
        <AppLink to={data.tabUrl}>{t.panelLink}</AppLink>
      </Paragraph>
    </section>
  );
}
