import type { ServiceContext } from "../../../server/request-context";
import { toBoardCard } from "./model";
import { getBoard, listCardOptions } from "./services.server";
import { filterCards, readTableQuery, sortCards } from "./table";

/** The werkgroep's cards as the Tabel shows them: filtered and sorted as the URL says (page and CSV alike). */
export async function loadCardTable(ctx: ServiceContext, slug: string | undefined, searchParams: URLSearchParams) {
  const query = readTableQuery(searchParams);
  const [board, options] = await Promise.all([getBoard(ctx, { slug }), listCardOptions(ctx)]);
  const all = board.cards.map(toBoardCard);
  const cards = sortCards(filterCards(all, query.filters, options), query.sort, query.direction);
  return { group: { id: board.group.id, slug: board.group.slug, name: board.group.name }, cards, total: all.length, options, query };
}
