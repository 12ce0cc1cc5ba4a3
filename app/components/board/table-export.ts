import { boardMessages } from "../../../shared/domain/messages";
import { nl } from "../../../shared/i18n/nl";
import { describeScale, namesOf, showQuarter, statusLabel, type BoardCard, type CardOptions } from "./model";

const t = nl.board;

/** The table's cards as spreadsheet rows: the table's columns, then what the panel adds. */
export function cardsToRows(cards: readonly BoardCard[], options: CardOptions): string[][] {
  const header = [
    t.titleLabel,
    t.statusLabel,
    t.focusLabel,
    t.scaleLabel,
    boardMessages.fieldLabel.startQuarter,
    boardMessages.fieldLabel.endQuarter,
    t.buildingBlocks,
    t.foundations,
    t.targetGroups,
    t.themes,
    t.responsible,
    t.descriptionLabel,
  ];
  const rows = cards.map((card) => [
    card.title,
    statusLabel(card.status),
    card.focus ? t.csvFocusYes : "",
    describeScale(card.scale, options) ?? "",
    showQuarter(card.startQuarter) ?? "",
    showQuarter(card.endQuarter) ?? "",
    namesOf(card.buildingBlockIds, options.buildingBlocks).join(", "),
    namesOf(card.foundationIds, options.foundations).join(", "),
    namesOf(card.targetGroupIds, options.targetGroups).join(", "),
    namesOf(card.themeIds, options.themes).join(", "),
    card.responsibleUserId ? namesOf([card.responsibleUserId], options.people).join("") : "",
    card.description,
  ]);
  return [header, ...rows];
}
