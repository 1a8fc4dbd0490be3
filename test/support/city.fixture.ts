import { cast, identityOf, staffOf, unit } from '@lib/domain/task/testing';
import type { Principal } from '../../apps/api/src/testing';

/**
 * The city of scenarios.md as the demo organisation records it (the story kit's cast: ids, units, positions,
 * names), as the principals that act in its stories, with the roles their tokens carry. Task commands are
 * checked against that organisation.
 */
export const city = {
  chairman: { ...identityOf(cast.tranVanAn), roles: ['office_chief'] },
  binh: { ...identityOf(cast.nguyenThiBinh), roles: ['unit_head'] },
  cuong: { ...identityOf(cast.leVanCuong), roles: ['officer'] },
  dung: { ...identityOf(cast.phamMinhDung), roles: ['unit_head'] },
  en: { ...identityOf(cast.voThiEn), roles: ['officer'] },
  giang: { ...identityOf(cast.hoangVanGiang), roles: ['office_chief'] },
  qldtHead: { ...identityOf(cast.doThiHoa), roles: ['unit_head'] },
  qldtStaff: { ...identityOf(staffOf(unit.phongQldt), 'staff'), roles: ['officer'] },
  tckhHead: { ...identityOf(cast.buiVanKhanh), roles: ['unit_head'] },
  tnmtHead: { ...identityOf(cast.ngoThiLan), roles: ['unit_head'] },
  clerk: { ...identityOf(cast.phanThiMai), roles: ['clerk'] },
  inspector: { ...identityOf(cast.inspectorHa), roles: ['inspector'], jurisdictionUnitId: unit.ubndTp },
} satisfies Record<string, Principal>;
