import { nl } from "../../../shared/i18n/nl";
import type { BadgeData } from "./dependency-view";

const t = nl.dependencyInbox;

/**
 * The badges on a board card or werkagenda item: how many items need it, how many it needs,
 * and "Risico" with the reason (as a tooltip, and in words for screen readers). Nothing when
 * the item has no live links and no risk.
 */
export function DependencyBadges({ badge }: { badge: BadgeData | undefined }) {
  if (!badge || (badge.incoming === 0 && badge.outgoing === 0 && !badge.atRisk)) return null;
  return (
    <p className="rw-dep-badges">
      {badge.atRisk && (
        <span className="rw-dep-badge rw-dep-badge--risk" title={badge.riskText ?? undefined} data-at-risk="true">
          {t.badgeRisk}
          {badge.riskText && <span className="rw-visually-hidden">: {badge.riskText}</span>}
        </span>
      )}
      {badge.outgoing > 0 && (
        <span className="rw-dep-badge" title={t.badgeOutgoingLong(badge.outgoing)}>
          <span aria-hidden="true">{t.badgeOutgoing(badge.outgoing)}</span>
          <span className="rw-visually-hidden">{t.badgeOutgoingLong(badge.outgoing)}.</span>
        </span>
      )}
      {badge.incoming > 0 && (
        <span className="rw-dep-badge" title={t.badgeIncomingLong(badge.incoming)}>
          <span aria-hidden="true">{t.badgeIncoming(badge.incoming)}</span>
          <span className="rw-visually-hidden">{t.badgeIncomingLong(badge.incoming)}.</span>
        </span>
      )}
    </p>
  );
}
