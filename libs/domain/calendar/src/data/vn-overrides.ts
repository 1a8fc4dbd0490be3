import type { YearOverrides } from '../calendar-data.types';
import { VN_2025_OVERRIDES } from './vn-2025.overrides';
import { VN_2026_OVERRIDES } from './vn-2026.overrides';

/** Every year with official data. A year missing here falls back to date-holidays and says so. */
export const VN_OVERRIDES: readonly YearOverrides[] = [VN_2025_OVERRIDES, VN_2026_OVERRIDES];
