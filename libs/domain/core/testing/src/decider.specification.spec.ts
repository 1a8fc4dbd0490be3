import { describe, expect, it } from '@jest/globals';
import { DomainError, type CommandContext, type Decider, type DomainCommand, type DomainEvent } from '@lib/domain/core';
import { DeciderSpecification } from './decider.specification';

class OverdrawnError extends DomainError {
  static readonly code = 'OVERDRAWN';
  constructor() {
    super(OverdrawnError.code, 'Số dư không đủ.');
  }
}

type Withdraw = DomainCommand<'Withdraw', { amount: number }>;
type Withdrawn = DomainEvent<'Withdrawn', { amount: number }>;
const ledger: Decider<Withdraw, Withdrawn, number> = {
  initialState: () => 10,
  evolve: (balance, event) => balance - event.data.amount,
  decide: (command, balance) => {
    if (command.data.amount > balance) throw new OverdrawnError();
    return [{ type: 'Withdrawn', data: { amount: command.data.amount } }];
  },
};
const context: CommandContext = {
  actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: [] },
  occurredAt: '2026-03-02T09:00:00+07:00',
  now: '2026-03-02T09:00:00+07:00',
};
const metadata = { eventId: 'e1', occurredAt: context.occurredAt, actor: context.actor };
const spec = DeciderSpecification.for(ledger);

describe('the decider specification', () => {
  const given = spec.given([{ type: 'Withdrawn', data: { amount: 4 }, metadata }]);

  it('compares the decided events after folding the history', () => {
    given.when({ type: 'Withdraw', data: { amount: 6 }, context }).then([{ type: 'Withdrawn', data: { amount: 6 } }]);
  });

  it('checks the error class and its stable code', () => {
    given.when({ type: 'Withdraw', data: { amount: 7 }, context }).thenThrows(OverdrawnError, (error) => {
      expect(error.detail).toBe('Số dư không đủ.');
    });
  });

  it('fails when the command is accepted but an error was expected', () => {
    expect(() => given.when({ type: 'Withdraw', data: { amount: 1 }, context }).thenThrows(OverdrawnError)).toThrow();
  });

  it('folds the decided events for state assertions', () => {
    given.when({ type: 'Withdraw', data: { amount: 6 }, context }).thenState((balance) => expect(balance).toBe(0));
  });
});
