import type { PatternKit } from './pattern-kit';
import { notOurMandate, transferReason } from './task-text.templates';

/** Hand-offs between units: own work pushed sideways, misassigned work sent back, late returns. */

/**
 * The lead's officer transfers work within the lead's own mandate to a neighbour unit, which
 * returns it at once or the next day (OWN_WORK_TRANSFERRED, PING_PONG; no finding on the neighbour).
 */
export function transferOwnWork(kit: PatternKit): void {
  const { leadUnitId: lead, category, otherUnitIds } = kit.setup;
  const holder = kit.open();
  const target = kit.random.pick(otherUnitIds);
  const at = Math.max(kit.script.lastOffset, kit.random.integer(1, 3));
  const targetCategory = kit.roster.organisation.mandatesOn(target, kit.script.date(at))[0];
  kit.script.push('TransferTask', { to: { unitId: target }, reason: transferReason(targetCategory) }, at, kit.as(holder, lead, at));
  const back = at + kit.random.integer(0, 1);
  if (kit.random.chance(0.5)) kit.receive(target, at);
  const name = kit.roster.unitName(target, kit.script.date(back));
  kit.script.push('ReturnTask', { reasonCode: 'not_our_mandate', reason: notOurMandate(name, category) }, back, kit.leader(target, back));
  const deadline = kit.setup.deadlineDays;
  const done = kit.random.chance(0.6) ? kit.random.integer(back + 1, Math.max(back + 1, deadline)) : deadline + kit.random.integer(1, 5);
  kit.complete(holder, lead, done);
}

/**
 * The authority assigns work to a unit without the mandate; that unit returns it at once
 * (or, as `late_return`, after several working days), and the authority reassigns it to the
 * competent unit, which completes it.
 */
export function misassigned(kit: PatternKit, returnAfter: { min: number; max: number }): void {
  const { leadUnitId: wrong, competentUnitId: right, category } = kit.setup;
  kit.assign();
  kit.receive(wrong, 0);
  const back = kit.random.integer(returnAfter.min, returnAfter.max);
  const name = kit.roster.unitName(wrong, kit.script.date(back));
  const reason = { reasonCode: 'not_our_mandate', reason: notOurMandate(name, category) };
  if (back > 1) {
    const holder = kit.delegate(wrong, Math.max(kit.script.lastOffset, 1));
    kit.script.push('ReturnTask', reason, back, kit.as(holder, wrong, back));
  } else {
    kit.script.push('ReturnTask', reason, back, kit.leader(wrong, back));
  }
  const again = back + kit.random.integer(0, 1);
  kit.reassign(right, again);
  kit.receive(right, again);
  const holder = kit.delegate(right, again + kit.random.integer(0, 1));
  const deadline = kit.setup.deadlineDays;
  const done = Math.max(kit.script.lastOffset + 1, kit.random.integer(Math.min(again + 2, deadline), deadline + (back > 1 ? 4 : 0)));
  kit.complete(holder, right, done);
}
