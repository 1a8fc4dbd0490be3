import type { Actor, Official } from '@lib/domain/core';
import { DEMO_ORGANISATION } from '@lib/domain/org';

/** The units of the demo city (scenarios S1–S5), as the demo organisation names them. */
export const unit = {
  ubndTp: 'ubnd-tp',
  soXayDung: 'so-xay-dung',
  soTnmt: 'so-tnmt',
  soTaiChinh: 'so-tai-chinh',
  soKhdt: 'so-ke-hoach-dau-tu',
  ubndHaiChau: 'ubnd-quan-hai-chau',
  phongQldt: 'phong-quan-ly-do-thi',
  phongTckh: 'phong-tai-chinh-ke-hoach',
  phongTnmt: 'phong-tnmt-hai-chau',
  thanhTraTp: 'thanh-tra-tp',
} as const;

const actor = (personId: string, unitId: string, position: Official['position'], roles: Actor['roles']): Actor => ({
  personId,
  unitId,
  position,
  roles,
});

/** The people of the stories, as they were in March 2026: who they are, where, in what position, with what roles. */
export const cast = {
  tranVanAn: actor('tran-van-an', unit.ubndTp, 'head', ['unit_head']),
  nguyenThiBinh: actor('nguyen-thi-binh', unit.soXayDung, 'head', ['unit_head']),
  leVanCuong: actor('le-van-cuong', unit.soXayDung, 'staff', ['officer']),
  /** The clerk of Sở Xây dựng, who records entries on the officials' behalf. */
  phanThiMai: actor('phan-thi-mai', unit.soXayDung, 'clerk', ['clerk']),
  phamMinhDung: actor('pham-minh-dung', unit.soTnmt, 'head', ['unit_head']),
  voThiEn: actor('vo-thi-en', unit.soTnmt, 'staff', ['officer']),
  hoangVanGiang: actor('hoang-van-giang', unit.ubndHaiChau, 'head', ['unit_head']),
  doThiHoa: actor('do-thi-hoa', unit.phongQldt, 'head', ['unit_head']),
  truongVanSon: actor('truong-van-son', unit.phongQldt, 'staff', ['officer']),
  buiVanKhanh: actor('bui-van-khanh', unit.phongTckh, 'head', ['unit_head']),
  ngoThiLan: actor('ngo-thi-lan', unit.phongTnmt, 'head', ['unit_head']),
  /** Deputy of UBND TP's office acting for Sở Xây dựng while its head is away. */
  dangVanPhuc: { ...actor('dang-van-phuc', unit.ubndTp, 'staff', ['officer']), actingForUnitIds: [unit.soXayDung] } as Actor,
  lyThiNga: actor('ly-thi-nga', unit.ubndTp, 'clerk', ['clerk']),
  inspectorHa: actor('vu-thu-ha', unit.thanhTraTp, 'staff', ['inspector']),
} as const;

export type CastMember = keyof typeof cast;

/** The official (person in unit) of an actor: what events carry and findings name. */
const officialOf = (who: Official): Official => ({ personId: who.personId, unitId: who.unitId });

/** The cast as officials only (person and unit), for fixtures whose events and findings name no position or role. */
export const officials = Object.fromEntries(Object.entries(cast).map(([name, who]) => [name, officialOf(who)])) as Record<
  CastMember,
  Official
>;

/** Heads of the cast's units as in March 2026; a unit not listed has no head. */
export const HEADS: Readonly<Record<string, string>> = {
  [unit.ubndTp]: cast.tranVanAn.personId,
  [unit.soXayDung]: cast.nguyenThiBinh.personId,
  [unit.soTnmt]: cast.phamMinhDung.personId,
  [unit.ubndHaiChau]: cast.hoangVanGiang.personId,
  [unit.phongQldt]: cast.doThiHoa.personId,
  [unit.phongTckh]: cast.buiVanKhanh.personId,
  [unit.phongTnmt]: cast.ngoThiLan.personId,
};

/** The first staff member the demo city appointed to a unit (generated names). */
export function staffOf(unitId: string): Official {
  const entry = DEMO_ORGANISATION.find(
    (candidate) =>
      candidate.event.type === 'PersonAppointed' && candidate.event.data.unitId === unitId && candidate.event.data.position === 'staff',
  );
  if (entry?.event.type !== 'PersonAppointed') throw new Error(`no staff in ${unitId}`);
  return { personId: entry.event.data.personId, unitId };
}

/** A person's full name as the demo organisation registers it. */
function nameOf(personId: string): string {
  const entry = DEMO_ORGANISATION.find(
    (candidate) => candidate.event.type === 'PersonRegistered' && candidate.event.data.personId === personId,
  );
  if (entry?.event.type !== 'PersonRegistered') throw new Error(`${personId} is not registered in the demo city`);
  return entry.event.data.fullName;
}

/** Who a member of the city is, without roles: person, unit, position and name (each tier grants its own roles). */
export function identityOf(who: Official & { position?: Official['position'] }, position: Official['position'] = who.position ?? 'staff') {
  return { personId: who.personId, unitId: who.unitId, position, name: nameOf(who.personId) };
}
