// The dependency views' boundary (docs/decisions/006): the services behind a `.server` module,
// so none of them (nor the database code behind them) reaches the browser bundle.
export { getFoundationUrgency, getNeedsMatrix, getRegionGraph, setUrgencyOrder } from "../../../server/dependencies/views.service";
