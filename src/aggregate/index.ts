// Target plans, aggregation and progress. Re-exports only.

export type { Aggregate, AggregateOptions, MetricCount, RowTally } from './aggregate.js';
export { aggregate, createEmptyAggregate } from './aggregate.js';
export type {
  CalendarMilestone,
  MilestoneStatus,
  ReportDeadline,
  ReportingCalendar,
  ReportingCalendarOptions,
} from './calendar.js';
export { buildReportingCalendar } from './calendar.js';
export type { LoadPlanOptions, LoadPlanResult } from './loadPlan.js';
export { loadPlan, safeLoadPlan } from './loadPlan.js';
export { mergeAggregates } from './merge.js';
export type { RowPredicate } from './metricRule.js';
export type { Placement, UnitsOn } from './placeOn.js';
export { placeOn } from './placeOn.js';
export type { MetricDefinition, MetricRow, Plan, PlanMetric } from './plan.js';
export type {
  MetricProgress,
  ProgressOptions,
  ProgressReport,
  ProgressStatus,
  UnitProgress,
} from './progress.js';
export { computeProgress } from './progress.js';
export { formatCount, formatShare } from './progressMessage.js';
export type { PopulationTotals, RolledUpCounts } from './rollUp.js';
export { rollUp, rollUpPopulation } from './rollUp.js';
export type { CollectiveRowView, MembershipView, RowView } from './rowView.js';
export { buildRowView } from './rowView.js';
export type { Baseline } from './targetPath.js';
export { expectedShare, peopleGap, targetInForce } from './targetPath.js';
export type { UnitPlacementError, UnitStep } from './unitKey.js';
export { formatUnitKey, parseUnitKey, placementMessage, placeUnit, unitAncestors } from './unitKey.js';
export { compareUnitKeys } from './unitOrder.js';
