/**
 * SQL (TypeORM named parameter `:${parameter}`, a text array) true when the task touched one of the units:
 * its lead, its assigning unit, or a unit that held or handled it. Same rule as the API's `assertTaskVisible`.
 */
export function taskTouchesUnitsSql(taskIdColumn: string, parameter: string): string {
  return `EXISTS (SELECT 1 FROM rm_task jt WHERE jt.task_id = ${taskIdColumn} AND (jt.lead_unit_id = ANY(:${parameter}) OR jt.assigning_unit_id = ANY(:${parameter})
    OR EXISTS (SELECT 1 FROM rm_task_party jp WHERE jp.task_id = jt.task_id AND jp.unit_id = ANY(:${parameter}))))`;
}
