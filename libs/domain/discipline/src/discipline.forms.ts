/**
 * Forms of discipline of Decree 172/2025/NĐ-CP (replacing 112/2020 and 71/2023) as domain.md lists them:
 * for civil servants reprimand, warning, dismissal from post (leaders only) and forced termination; for
 * elected cadres also removal from office.
 */
export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'buoc_thoi_viec', 'bai_nhiem'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const DISCIPLINE_FORM_LABELS: Readonly<Record<DisciplineForm, string>> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
  bai_nhiem: 'Bãi nhiệm',
};

/** Who the case is about, as the organisation and the proposer state it on the day of the step. */
export interface CaseSubjectStanding {
  /** An elected cadre ("cán bộ dân cử"): removal from office is open to them. */
  electedCadre: boolean;
  /** Holds a head or deputy post on the day of the step: dismissal from post is open to them. */
  holdsLeadership: boolean;
}

export type FormRestriction = 'elected_cadres_only' | 'leaders_only';

/** Why a form cannot be applied to this person, or null when it can. */
export function formRestrictionFor(form: DisciplineForm, standing: CaseSubjectStanding): FormRestriction | null {
  if (form === 'bai_nhiem' && !standing.electedCadre) return 'elected_cadres_only';
  if (form === 'cach_chuc' && !standing.holdsLeadership) return 'leaders_only';
  return null;
}

/**
 * Statute of limitations ("thời hiệu xử lý kỷ luật", Law on Cadres and Civil Servants Art. 80 as Decree
 * 172/2025 applies it): 5 years for conduct at the level of a reprimand, 10 years for more serious conduct.
 */
export function limitationYearsOf(form: DisciplineForm): 5 | 10 {
  return form === 'khien_trach' ? 5 : 10;
}
