package id.banyuwangi.kampung.warehouse.internal.disclosure;

/**
 * One published indicator cell and the measure cells its public fields show (numerator,
 * denominator, cell count): hiding the cell hides them all, and a measure cell hidden under one
 * indicator is hidden under every indicator that shows it.
 *
 * @param primary below the small-cell threshold (the contract's rule)
 */
record IndicatorCell(String indicator, String domain, CellKey grain, boolean primary, int[] measureCells) {}
