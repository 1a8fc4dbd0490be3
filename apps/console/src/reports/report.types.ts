import type { operations } from '../api/schema';

/**
 * The report bodies (GET /reports/persons/{id}, /reports/units/{id}, /reports/rankings), named from the schemas the
 * API's OpenAPI document declares for them (generated into ../api/schema.d.ts).
 */
export type PersonReport = operations['ReportsController_person']['responses'][200]['content']['application/json'];
export type UnitReport = operations['ReportsController_unit']['responses'][200]['content']['application/json'];
export type Rankings = operations['ReportsController_rankings']['responses'][200]['content']['application/json'];
export type RankingEntry = Rankings['items'][number];
export type PeriodView = PersonReport['period'];
export type SubjectFigures = PersonReport['figures'];
export type FindingStatusCounts = SubjectFigures['findings']['responsible']['total'];
export type FindingStatus = keyof FindingStatusCounts;

/** A node of GET /org/units (today's tree of units), which the console reads for its unit chooser. */
export interface UnitTreeNode {
  unitId: string;
  name: string;
  children: UnitTreeNode[];
}
