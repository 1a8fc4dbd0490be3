import { describe, expect, it } from '@jest/globals';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { RegisterPerson } from './org.commands';
import { OfficialCodeTakenError, OrgRequiredTextMissingError, PersonAlreadyRegisteredError } from './org.errors';
import { createPersonDecider } from './person.decider';
import { cityTimeline, context, recordedOrgEvent, registered } from './testing/org.fixture';

const spec = DeciderSpecification.for(createPersonDecider(cityTimeline()));
const register = (data: Partial<RegisterPerson['data']> = {}): RegisterPerson => ({
  type: 'RegisterPerson',
  data: { personId: 'vo-thi-en', fullName: 'Võ Thị Én', officialCode: 'DN-0005', ...data },
  context,
});

describe('a person not yet registered', () => {
  it('is registered with the full name in NFC', () => {
    spec
      .given([])
      .when(register({ fullName: 'Võ  Thị Én'.normalize('NFD') }))
      .then([{ type: 'PersonRegistered', data: { personId: 'vo-thi-en', fullName: 'Võ Thị Én', officialCode: 'DN-0005' } }]);
  });

  it('needs a name and an official code no one else holds', () => {
    spec
      .given([])
      .when(register({ fullName: '' }))
      .thenThrows(OrgRequiredTextMissingError, (error) => expect(error.field).toBe('fullName'));
    spec
      .given([])
      .when(register({ officialCode: 'DN-0003' }))
      .thenThrows(OfficialCodeTakenError, (error) => {
        expect(error.context).toEqual({ officialCode: 'DN-0003', holderPersonId: 'le-van-cuong' });
      });
  });
});

describe('a registered person', () => {
  it('is not registered twice', () => {
    spec
      .given([recordedOrgEvent(registered('vo-thi-en', 'Võ Thị Én', 'DN-0005'))])
      .when(register())
      .thenThrows(PersonAlreadyRegisteredError);
  });
});
