import type { SeededRandom } from '@lib/domain/core';

/** How each demo unit signs its documents ("56/SXD-QLXD"), and its code on the one-stop platform. */
interface UnitCode {
  code: string;
  divisions: readonly string[];
  agency: string;
}

const UNIT_CODES: Readonly<Record<string, UnitCode>> = {
  'ubnd-tp': { code: 'UBND', divisions: ['TH'], agency: '000.00.00.H17' },
  'van-phong-ubnd-tp': { code: 'VP', divisions: ['TH', 'HCTC'], agency: '000.00.01.H17' },
  'so-xay-dung': { code: 'SXD', divisions: ['QLXD', 'HTKT', 'QHKT'], agency: '000.00.12.H17' },
  'so-tnmt': { code: 'STNMT', divisions: ['QLĐĐ', 'MT', 'ĐKĐĐ'], agency: '000.00.15.H17' },
  'so-noi-vu': { code: 'SNV', divisions: ['TCBC', 'CCVC'], agency: '000.00.05.H17' },
  'thanh-tra-tp': { code: 'TTTP', divisions: ['P1', 'P2'], agency: '000.00.03.H17' },
  'so-tai-chinh': { code: 'STC', divisions: ['QLNS', 'ĐT', 'QLGCS'], agency: '000.00.07.H17' },
  'so-ke-hoach-dau-tu': { code: 'SKHĐT', divisions: ['TH', 'ĐKKD'], agency: '000.00.06.H17' },
  'so-giao-duc-dao-tao': { code: 'SGDĐT', divisions: ['KHTC', 'GDTrH'], agency: '000.00.10.H17' },
  'so-y-te': { code: 'SYT', divisions: ['NVY', 'KHTC'], agency: '000.00.11.H17' },
  'so-van-hoa-the-thao': { code: 'SVHTT', divisions: ['QLVH', 'TDTT'], agency: '000.00.13.H17' },
  'so-nong-nghiep': { code: 'SNN', divisions: ['KHTC', 'TL'], agency: '000.00.08.H17' },
  'so-cong-thuong': { code: 'SCT', divisions: ['QLTM', 'QLCN'], agency: '000.00.09.H17' },
  'so-giao-thong-van-tai': { code: 'SGTVT', divisions: ['QLGT', 'QLVT'], agency: '000.00.14.H17' },
  'trung-tam-phuc-vu-hcc': { code: 'TTPVHCC', divisions: ['TNTKQ'], agency: '000.00.02.H17' },
  'ban-qlda-dan-dung': { code: 'BQLDA', divisions: ['KH', 'KT'], agency: '000.00.20.H17' },
  'ubnd-quan-hai-chau': { code: 'UBND', divisions: [], agency: '000.00.21.H17' },
  'van-phong-hai-chau': { code: 'VP', divisions: [], agency: '000.21.01.H17' },
  'phong-quan-ly-do-thi': { code: 'QLĐT', divisions: [], agency: '000.21.02.H17' },
  'phong-tai-chinh-ke-hoach': { code: 'TCKH', divisions: [], agency: '000.21.03.H17' },
  'phong-tnmt-hai-chau': { code: 'TNMT', divisions: [], agency: '000.21.04.H17' },
  'phong-noi-vu-hai-chau': { code: 'NV', divisions: [], agency: '000.21.05.H17' },
  'thanh-tra-quan-hai-chau': { code: 'TTr', divisions: [], agency: '000.21.06.H17' },
  'ubnd-phuong-thach-thang': { code: 'UBND', divisions: [], agency: '000.21.21.H17' },
  'ubnd-phuong-hai-chau-1': { code: 'UBND', divisions: [], agency: '000.21.22.H17' },
  'ubnd-phuong-binh-hien': { code: 'UBND', divisions: [], agency: '000.21.23.H17' },
  'ubnd-quan-son-tra': { code: 'UBND', divisions: [], agency: '000.00.22.H17' },
  'phong-quan-ly-do-thi-son-tra': { code: 'QLĐT', divisions: [], agency: '000.22.02.H17' },
  'phong-tnmt-son-tra': { code: 'TNMT', divisions: [], agency: '000.22.04.H17' },
  'ubnd-phuong-an-hai-bac': { code: 'UBND', divisions: [], agency: '000.22.21.H17' },
};

/** UBND TP's documents carry the city office's division by field ("UBND-ĐTĐT" for urban affairs). */
const CITY_DIVISIONS: Readonly<Record<string, string>> = {
  construction: 'ĐTĐT',
  land: 'ĐTĐT',
  environment: 'ĐTĐT',
  transport: 'ĐTĐT',
  public_works: 'ĐTĐT',
  budget: 'KT',
  investment: 'KT',
  industry_trade: 'KT',
  agriculture: 'KT',
  education: 'KGVX',
  health: 'KGVX',
  culture: 'KGVX',
  home_affairs: 'NC',
  inspection: 'NC',
};

function codeOf(unitId: string): UnitCode {
  return UNIT_CODES[unitId] ?? { code: 'VB', divisions: [], agency: '000.99.99.H17' };
}

/** What follows the slash on an assigning document: "UBND-TH" (city, by division), "UBND-QLĐT" (district, by office). */
export function assignmentSuffix(authorityUnitId: string, leadUnitId: string, category: string): string {
  if (authorityUnitId === 'ubnd-tp') return `UBND-${CITY_DIVISIONS[category] ?? 'TH'}`;
  const authority = codeOf(authorityUnitId);
  const lead = codeOf(leadUnitId).code;
  if (authorityUnitId === leadUnitId) return authority.code;
  // A ward's work is prepared by the district's office ("UBND-VP"), not signed with the ward's code.
  return `${authority.code}-${lead === 'UBND' ? 'VP' : lead}`;
}

/** What follows the slash on a unit's own output: a report ("BC-SXD") or a letter ("SXD-QLXD", "QLĐT"). */
export function outputSuffix(unitId: string, isReport: boolean, random: SeededRandom): string {
  const unit = codeOf(unitId);
  if (isReport) return `BC-${unit.code}`;
  return unit.divisions.length === 0 ? unit.code : `${unit.code}-${random.pick(unit.divisions)}`;
}

export function agencyCode(unitId: string): string {
  return codeOf(unitId).agency;
}
