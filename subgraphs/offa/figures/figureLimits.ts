/**
 * The limits of one figure request (modelling choices, issue 11 "cap the number of cells and say so").
 *
 * MAX_FIGURE_CELLS bounds the cells a request MAY produce, estimated before any provider is asked as
 * measures × periods × the product of each split dimension's number of values (the filter's count when `where`
 * names the dimension; common vocabularies for trades, contract types and end reasons; 12 for tracks, which have
 * no common list). 50 000 cells is a national overview by month over 10 years (3 providers × 120 months × 6 levels
 * × 4 regions = 8 640) with room, while a split by trade × province × age band × month over 20 years (about 70
 * million) is refused: such a table is no dashboard, and its groups would travel through federation for nothing.
 */
export const MAX_FIGURE_CELLS = 50_000;

/** Cells counting fewer than this are suppressed (domain.md §9: fewer than 10 learners, tunable). */
export const SUPPRESSION_THRESHOLD = 10;
