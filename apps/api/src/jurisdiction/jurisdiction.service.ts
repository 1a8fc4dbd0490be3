import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { problem } from '../http/problem-details.filter';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { coversUnit, jurisdictionOf, jurisdictionRootOf, type Jurisdiction } from './jurisdiction';

/**
 * Object-level read checks. A task is visible when it touched the jurisdiction: its lead unit, its
 * assigning unit, or any unit that held or handled it (rm_task, rm_task_party) lies in the subtree.
 * Unknown ids are 404; known ids outside the jurisdiction are 403 (the inspectorate needs to know the
 * difference to ask the right colleague).
 */
@Injectable()
export class JurisdictionService {
  constructor(
    private readonly organisation: OrganisationReadModel,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Subtrees by root unit, for the organisation revision they were computed at (a walk over every unit each). */
  private subtrees: { revision: number; byRoot: Map<string, Jurisdiction> } = { revision: -1, byRoot: new Map() };

  of(principal: Principal): Jurisdiction {
    const organisation = this.organisation.current;
    if (principal.roles.includes('admin')) return jurisdictionOf(principal, organisation);
    const revision = this.organisation.revision;
    if (this.subtrees.revision !== revision) this.subtrees = { revision, byRoot: new Map() };
    const root = jurisdictionRootOf(principal);
    let jurisdiction = this.subtrees.byRoot.get(root);
    if (jurisdiction === undefined) {
      jurisdiction = jurisdictionOf(principal, organisation);
      this.subtrees.byRoot.set(root, jurisdiction);
    }
    return jurisdiction;
  }

  /** The units (in the subtree) a task touched; empty when none. Throws 404 when the task is unknown. */
  async assertTaskVisible(principal: Principal, taskId: string): Promise<void> {
    const jurisdiction = this.of(principal);
    const units = await this.unitsOfTask(taskId);
    if (units === null)
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy nhiệm vụ ${taskId}.`, { taskId }));
    if (jurisdiction.all || units.some((unitId) => coversUnit(jurisdiction, unitId))) return;
    throw outside(principal, jurisdiction, { taskId });
  }

  /**
   * For reads served from the task's own stream (no projection lag): visible when any unit named by the
   * events — the recording officials' units or any unit id in their data (lead, assigning authority,
   * holders, consulted and coordinating units) — lies in the jurisdiction.
   */
  assertStreamVisible(
    principal: Principal,
    taskId: string,
    events: ReadonlyArray<{ data: unknown; metadata: { actor: { unitId: string }; onBehalfOf?: { unitId: string } } }>,
  ): void {
    const jurisdiction = this.of(principal);
    if (jurisdiction.all) return;
    const touches = (value: unknown): boolean => {
      if (typeof value === 'string') return jurisdiction.unitIds.has(value);
      if (Array.isArray(value)) return value.some(touches);
      if (value !== null && typeof value === 'object') return Object.values(value).some(touches);
      return false;
    };
    const visible = events.some(
      (event) =>
        jurisdiction.unitIds.has(event.metadata.actor.unitId) ||
        (event.metadata.onBehalfOf !== undefined && jurisdiction.unitIds.has(event.metadata.onBehalfOf.unitId)) ||
        touches(event.data),
    );
    if (!visible) throw outside(principal, jurisdiction, { taskId });
  }

  assertUnitVisible(principal: Principal, unitId: string): void {
    const jurisdiction = this.of(principal);
    if (!coversUnit(jurisdiction, unitId)) throw outside(principal, jurisdiction, { unitId });
  }

  /** A person is visible when any unit they were ever appointed to lies in the jurisdiction. */
  assertPersonVisible(principal: Principal, personId: string): void {
    const jurisdiction = this.of(principal);
    if (jurisdiction.all) return;
    const organisation = this.organisation.current;
    if (!organisation.hasPerson(personId))
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy cán bộ ${personId}.`, { personId }));
    if (organisation.appointmentsOf(personId).some((appointment) => coversUnit(jurisdiction, appointment.unitId))) return;
    throw outside(principal, jurisdiction, { personId });
  }

  /** Lead, assigning and every party unit of a task; null when the read model has no such task. */
  async unitsOfTask(taskId: string): Promise<string[] | null> {
    const rows: Array<{ units: string[] | null }> = await this.dataSource.query(
      `SELECT array_remove(array_cat(ARRAY[t.lead_unit_id, t.assigning_unit_id], ARRAY(SELECT p.unit_id FROM rm_task_party p WHERE p.task_id = t.task_id)), NULL) AS units
         FROM rm_task t WHERE t.task_id = $1`,
      [taskId],
    );
    return rows.length === 0 ? null : (rows[0]!.units ?? []);
  }
}

function outside(principal: Principal, jurisdiction: Jurisdiction, context: Record<string, string>): ForbiddenException {
  return new ForbiddenException(
    problem('outside-jurisdiction', 'Outside jurisdiction', 403, 'Nội dung này nằm ngoài phạm vi quản lý của bạn.', {
      ...context,
      personId: principal.personId,
      jurisdictionUnitId: jurisdiction.rootUnitId,
    }),
  );
}
